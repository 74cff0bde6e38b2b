// The eval:extract scoring: entity mapping by id or name (never the reader's own aliases), one count per mapped
// triple, the evidence rule (a predicted quote inside the gold quote's sentence), disputes apart, the fixed split,
// the evaluation's own sentence splitter, and the graph figures' definitions.
import { halfOf } from '../../eval/corpus';
import { descriptiveReason, duplicateEvents, duplicatePeople, isShortFormOf } from '../../eval/graphFigures';
import { byStance, mapEntities, prf, scoreFacts, type GoldFact, type PredictedFact } from '../../eval/score';
import { sentenceSpans } from '../../eval/sentences';
import { scoreExtraction } from '../../eval/scoring';

/** A predicted fact whose quote is `quote`'s first occurrence in `text`. */
function predicted(text: string, from: string, type: string, to: string, quote: string, stance?: 'SUPPORTS' | 'DISPUTES'): PredictedFact {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { from, type, to, span: { start, end: start + quote.length }, ...(stance ? { stance } : {}) };
}

const TEXT = 'Norway hosted talks in Oslo on Monday. The Oslo talks ended without a deal. Later Norway struck a deal with Chile.';

describe('entity mapping', () => {
  it('maps by the extracted id or name against the gold id, name or aliases', () => {
    const gold = [{ id: 'united-states', name: 'United States', aliases: ['U.S.'] }, { id: 'turkey', name: 'Turkey', aliases: ['Türkiye'] }];
    const ids = mapEntities([
      { id: 'usa', name: 'U.S.' },
      { id: 'turkiye', name: 'Turkiye' },
      { id: 'united-states', name: 'Whatever' },
      { id: 'mars', name: 'Mars' },
    ], gold);
    expect(ids.get('usa')).toBe('united-states');
    expect(ids.get('turkiye')).toBe('turkey');
    expect(ids.get('united-states')).toBe('united-states');
    expect(ids.get('mars')).toBe('x:mars');
  });

  it('never maps through the extracted entity\'s descriptive aliases: "the talks" names no gold event', () => {
    const gold = [{ id: 'oslo-talks', name: 'Oslo talks', aliases: ['the talks'] }];
    const extracted = [{ id: 'some-event', name: 'Some event', aliases: ['the talks', 'Oslo talks'] }];
    expect(mapEntities(extracted, gold).get('some-event')).toBe('x:some-event');
  });

  it('maps through a proper-name alias of the extracted entity when its id and name match nothing', () => {
    const gold = [{ id: 'isil', name: 'ISIL' }, { id: 'norway', name: 'Norway' }];
    const extracted = [{ id: 'islamic-state', name: 'Islamic State', aliases: ['ISIS', 'ISIL'] }, { id: 'norway', name: 'Norway', aliases: ['ISIL'] }];
    const ids = mapEntities(extracted, gold);
    expect(ids.get('islamic-state')).toBe('isil');
    expect(ids.get('norway')).toBe('norway');
  });
});

describe('scoring facts', () => {
  const gold: GoldFact[] = [
    { from: 'norway', type: 'HOSTS', to: 'oslo-talks', quote: 'Norway hosted talks in Oslo' },
    { from: 'norway', type: 'AGREES_WITH', to: 'chile', quote: 'Norway struck a deal with Chile' },
  ];

  it('counts a triple whose quote lies in the gold quote\'s sentence as a true positive', () => {
    const c = scoreFacts([predicted(TEXT, 'norway', 'HOSTS', 'oslo-talks', 'hosted talks in Oslo on Monday')], gold, TEXT);
    expect([c.tp, c.fp, c.fn]).toEqual([1, 0, 1]);
  });

  it('counts the right triple quoted from another sentence as a false positive, and the gold one stays a miss', () => {
    const c = scoreFacts([predicted(TEXT, 'norway', 'HOSTS', 'oslo-talks', 'The Oslo talks ended')], gold, TEXT);
    expect([c.tp, c.fp, c.fn]).toEqual([0, 1, 2]);
    expect(c.fpKeys).toEqual(['norway HOSTS oslo-talks (quote outside the gold\'s sentence)']);
  });

  it('refuses a quote that starts in the gold sentence but runs on into the next', () => {
    const c = scoreFacts([predicted(TEXT, 'norway', 'HOSTS', 'oslo-talks', 'Norway hosted talks in Oslo on Monday. The Oslo talks')], gold, TEXT);
    expect(c.tp).toBe(0);
  });

  it('accepts the sentence of any of the gold\'s quotes for a triple', () => {
    const twice: GoldFact[] = [...gold, { from: 'norway', type: 'HOSTS', to: 'oslo-talks', quote: 'The Oslo talks' }];
    const c = scoreFacts([predicted(TEXT, 'norway', 'HOSTS', 'oslo-talks', 'Oslo talks ended without a deal')], twice, TEXT);
    expect([c.tp, c.fp, c.fn]).toEqual([1, 0, 1]);
  });

  it('counts a many-to-one match once: two extracted entities mapped to one gold entity make one triple', () => {
    const ids = mapEntities([{ id: 'norway', name: 'Norway' }, { id: 'kingdom-of-norway', name: 'Norway' }, { id: 'oslo-talks', name: 'Oslo talks' }],
      [{ id: 'norway', name: 'Norway' }, { id: 'oslo-talks', name: 'Oslo talks' }]);
    const facts = [
      predicted(TEXT, ids.get('norway') ?? '', 'HOSTS', 'oslo-talks', 'Norway hosted talks'),
      predicted(TEXT, ids.get('kingdom-of-norway') ?? '', 'HOSTS', 'oslo-talks', 'hosted talks in Oslo'),
    ];
    const c = scoreFacts(facts, gold, TEXT);
    expect([c.tp, c.fp, c.fn]).toEqual([1, 0, 1]);
  });

  it('counts a triple the gold does not have as a false positive, and sums into precision and recall', () => {
    const c = scoreFacts([
      predicted(TEXT, 'norway', 'HOSTS', 'oslo-talks', 'Norway hosted talks'),
      predicted(TEXT, 'norway', 'STRUCK', 'chile', 'Norway struck'),
    ], gold, TEXT);
    expect([c.tp, c.fp, c.fn]).toEqual([1, 1, 1]);
    expect(prf(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores a disputed relation apart: it is not a reported fact', () => {
    const text = 'Chile struck Peru at dawn. Bolivia denied that it struck Peru.';
    const goldFacts = byStance<GoldFact>([{ from: 'chile', type: 'STRUCK', to: 'peru', quote: 'Chile struck Peru' }, { from: 'bolivia', type: 'STRUCK', to: 'peru', quote: 'Bolivia denied that it struck Peru', stance: 'DISPUTES' }]);
    const predictions = byStance([predicted(text, 'chile', 'STRUCK', 'peru', 'Chile struck Peru', 'SUPPORTS'), predicted(text, 'bolivia', 'STRUCK', 'peru', 'denied that it struck Peru', 'DISPUTES')]);
    const supports = scoreFacts(predictions.supports, goldFacts.supports, text);
    const disputes = scoreFacts(predictions.disputes, goldFacts.disputes, text);
    expect([supports.tp, supports.fp, supports.fn]).toEqual([1, 0, 0]);
    expect([disputes.tp, disputes.fp, disputes.fn]).toEqual([1, 0, 0]);
  });
});

describe('the evaluation\'s sentence splitter', () => {
  const slices = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

  it('ends sentences at stops before a capital and at blank lines', () => {
    expect(slices('One thing happened. Another followed!\n\nA third "Quote." Then more?')).toEqual(['One thing happened.', 'Another followed!', 'A third "Quote."', 'Then more?']);
  });

  it('does not end a sentence at an initialism, an initial or a title', () => {
    expect(slices('The U.S. Navy sailed. Gen. Ada Lind and John F. Doe spoke.')).toEqual(['The U.S. Navy sailed.', 'Gen. Ada Lind and John F. Doe spoke.']);
  });
});

describe('the fixed split', () => {
  it('puts an article in the test half when the first hex digit of SHA-256(url) is even', () => {
    // SHA-256 of these addresses starts with b, 3 (odd) and 8, e (even).
    expect(['a', 'c', 'b', 'd'].map((p) => halfOf(`https://example.org/${p}`))).toEqual(['tuning', 'tuning', 'test', 'test']);
  });
});

describe('graph figures', () => {
  it('finds short forms of a person\'s name, initials included, and not different people sharing a word', () => {
    expect(isShortFormOf('Tamim', 'Tamim bin Hamad Al Thani')).toBe(true);
    expect(isShortFormOf('K. Dmitriev', 'Kirill Dmitriev')).toBe(true);
    expect(isShortFormOf('Hunter Biden', 'Joe Biden')).toBe(false);
    expect(isShortFormOf('S', 'Steve Witkoff')).toBe(false);
    const people = [
      { id: 'tamim', kind: 'PERSON', name: 'Tamim', aliases: [] },
      { id: 'tamim-bin-hamad-al-thani', kind: 'PERSON', name: 'Tamim bin Hamad Al Thani', aliases: [] },
      { id: 'ada-lind', kind: 'PERSON', name: 'Ada Lind', aliases: [] },
      { id: 'a-lind', kind: 'PERSON', name: 'A Lind', aliases: [] },
    ];
    expect(duplicatePeople(people, []).map((d) => `${d.a} ${d.b}`)).toEqual(['tamim tamim-bin-hamad-al-thani', 'a-lind ada-lind']);
  });

  it('finds events whose ids differ by a -2 suffix or that map to one gold event', () => {
    const events = [
      { id: 'oslo-talks', kind: 'EVENT', name: 'Oslo talks', aliases: [] },
      { id: 'oslo-talks-2', kind: 'EVENT', name: 'Oslo talks', aliases: [] },
      { id: 'norway-chile-talks', kind: 'EVENT', name: 'Norway–Chile talks', aliases: [] },
      { id: 'g20-summit', kind: 'EVENT', name: 'G20 summit', aliases: [] },
    ];
    const gold = [{ id: 'oslo-talks', name: 'Oslo talks' }, { id: 'norway-chile-negotiations', name: 'Norway–Chile negotiations', aliases: ['Norway–Chile talks'] }];
    expect(duplicateEvents(events, gold).map((d) => `${d.a} ${d.b}`)).toEqual(['oslo-talks oslo-talks-2']);
  });

  it('calls an alias descriptive when it starts with a determiner or lowercase word, or holds lowercase content words', () => {
    expect(descriptiveReason('the talks')).toMatch(/determiner/);
    expect(descriptiveReason('a ceasefire')).toMatch(/determiner/);
    expect(descriptiveReason('efforts to reach a ceasefire between Israel and Hamas')).toMatch(/lowercase word/);
    expect(descriptiveReason('Kremlin spokesman')).toMatch(/spokesman/);
    for (const name of ['U.S.', 'Khalil al-Hayya', 'Tamim bin Hamad Al Thani', 'Bosnia and Herzegovina', 'Democratic Republic of the Congo', 'Türkiye', 'al-Sisi']) {
      expect({ name, why: descriptiveReason(name) }).toEqual({ name, why: null });
    }
  });
});

describe('misses by cause', () => {
  it('counts each missed fact once: an end never found, no such fact between found ends, or another sentence', () => {
    const set = {
      id: 'causes', url: null, half: 'tuning' as const, article: { title: 'Causes', text: TEXT },
      entities: [{ id: 'norway', name: 'Norway' }, { id: 'chile', name: 'Chile' }, { id: 'oslo', name: 'Oslo' }, { id: 'peru', name: 'Peru' }],
      relationships: [
        { from: 'norway', type: 'AGREES_WITH', to: 'chile', quote: 'Norway struck a deal with Chile' },
        { from: 'norway', type: 'HOSTS', to: 'peru', quote: 'Norway hosted talks' },
        { from: 'norway', type: 'VISITS', to: 'oslo', quote: 'Norway hosted talks in Oslo' },
        { from: 'chile', type: 'MEETS_WITH', to: 'norway', quote: 'Norway struck a deal with Chile' },
      ],
    };
    const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
    const score = scoreExtraction(set, {
      sourceId: 'causes',
      entities: [{ id: 'norway', name: 'Norway' }, { id: 'chile', name: 'Chile' }, { id: 'oslo', name: 'Oslo' }] as never,
      relationships: [
        { type: 'AGREES_WITH', from: 'norway', to: 'chile', quote: 'Norway struck a deal with Chile', span: span('Norway struck a deal with Chile'), confidence: 0.9, rule: 't', stance: 'SUPPORTS' },
        { type: 'VISITS', from: 'norway', to: 'oslo', quote: 'The Oslo talks', span: span('The Oslo talks'), confidence: 0.9, rule: 't', stance: 'SUPPORTS' },
      ],
    });
    expect(score.supports.tp).toBe(1);
    expect(score.misses).toEqual({ endNotFound: 1, noFact: 1, otherSentence: 1 });
  });
});
