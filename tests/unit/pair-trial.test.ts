// The learned-stage trial (eval/pairs/): the reader's observe hook, the pair features, and the trainer. The trial's
// result is in docs/reading.md; these check that its parts do what it says they do.
import { EMPTY_DICTIONARY, readArticle, type ReadingView } from '../../src/reading';
import { pairInstances, learnedPairs } from '../../eval/pairs/learnedPairs';
import { bestType, classProbabilities, NONE } from '../../eval/pairs/pairModel';
import { trainPairModel, type Example } from '../../eval/pairs/trainer';

const TEXT = 'Norway mediated between Chile and Peru on Monday. Later, Brazil praised Argentina at a dinner.';

async function viewOf(text: string): Promise<{ view: ReadingView; facts: string[] }> {
  let view: ReadingView | undefined;
  const x = await readArticle({ title: 'Test', text }, EMPTY_DICTIONARY, { observe: (v) => { view = v; } });
  if (!view) throw new Error('observe was not called');
  return { view, facts: x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort() };
}

describe('the observe hook', () => {
  it('shows the sentences, their actors and the rules’ candidates, and leaves the reading as it was', async () => {
    const { view, facts } = await viewOf(TEXT);
    expect(view.sentences).toHaveLength(2);
    expect(view.mentions[0]?.map((m) => m.entityId)).toEqual(expect.arrayContaining(['norway', 'chile', 'peru']));
    expect(view.candidates.length).toBeGreaterThan(0);
    const plain = await readArticle({ title: 'Test', text: TEXT }, EMPTY_DICTIONARY);
    expect(plain.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort()).toEqual(facts);
  });
});

describe('pair instances and features', () => {
  it('makes one instance per ordered pair of distinct actors in a sentence, with the lexicon’s act type between them', async () => {
    const { view } = await viewOf(TEXT);
    const pairs = pairInstances(view);
    const second = pairs.filter((p) => p.sentence === 1);
    expect(second.map((p) => `${p.from}>${p.to}`).sort()).toEqual(['argentina>brazil', 'brazil>argentina']);
    const forward = second.find((p) => p.from === 'brazil');
    expect(forward?.features).toEqual(expect.arrayContaining(['kinds:COUNTRY>COUNTRY', 'order:fwd', 'w:praised']));
    expect(forward?.features.some((f) => f.startsWith('act:'))).toBe(true);
    expect(second.find((p) => p.from === 'argentina')?.features).toContain('order:rev');
  });
});

describe('the trainer', () => {
  const examples: Example[] = [];
  for (let i = 0; i < 40; i++) {
    examples.push({ features: ['bias', 'act:CRITICIZES', `noise:${i % 5}`], label: 'CRITICIZES' });
    examples.push({ features: ['bias', 'act:VISITS', `noise:${i % 7}`], label: 'VISITS' });
    examples.push({ features: ['bias', `noise:${i % 3}`], label: NONE });
  }

  it('learns a separable problem and gives each class its probability', () => {
    const model = trainPairModel(examples, 0.5);
    expect(model.classes).toEqual([NONE, 'CRITICIZES', 'VISITS']);
    expect(bestType(model, ['bias', 'act:CRITICIZES'])?.type).toBe('CRITICIZES');
    expect(bestType(model, ['bias', 'act:VISITS'])?.type).toBe('VISITS');
    expect(bestType(model, ['bias'])).toBeNull();
    const p = classProbabilities(model, ['bias', 'act:VISITS']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('is deterministic: one set of examples gives one model', () => {
    expect(trainPairModel(examples, 0.5)).toEqual(trainPairModel(examples, 0.5));
  });

  it('keeps a pair model’s fact only for pairs no rule related, one way round', async () => {
    const { view } = await viewOf('Brazil praised Argentina at a dinner.');
    const pairs = pairInstances(view).map((p) => ({ ...p, covered: false }));
    const model = trainPairModel(pairs.map((p) => ({ features: p.features, label: p.from === 'brazil' ? 'CRITICIZES' : NONE })), 0.5);
    const found = learnedPairs(pairs, model);
    expect(found.map((c) => `${c.from} ${c.type} ${c.to}`)).toEqual(['brazil CRITICIZES argentina']);
    expect(learnedPairs(pairs.map((p) => ({ ...p, covered: true })), model)).toEqual([]);
  });
});
