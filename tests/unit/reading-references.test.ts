// References that need one sure antecedent (src/reading/references.ts, pairs.ts): a state's organs named bare, the
// plural pronoun "they", and references to a pair. Every sentence here is the team's own; none comes from an article.
import { readText as read, supportedTriples as triples } from '../fixtures/reading';

describe('a state’s organs named bare', () => {
  it('reads "law enforcement personnel" as the one state named just before', async () => {
    const facts = await triples('Peru closed its northern border on Monday. Later, law enforcement personnel exchanged fire with armed smugglers near the river.');
    expect(facts).toEqual(expect.arrayContaining(['peru IN_CONFLICT_WITH armed-smugglers', 'armed-smugglers IN_CONFLICT_WITH peru']));
  });

  it('reads "the military" as no one when two states were named', async () => {
    const facts = await triples('Peru accused Chile of moving troops to the border. The military exchanged fire with armed smugglers.');
    expect(facts.filter((f) => f.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it('does not read a state named only as a place, or an organ word that modifies a noun', async () => {
    const facts = await triples('The convoy drove along the highway to Chile. The military exchanged fire with armed smugglers. A police officer exchanged fire with armed smugglers.');
    expect(facts.filter((f) => f.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it('quotes the sentence that tells the fact, not the one that names the state', async () => {
    const x = await read('Peru closed its northern border on Monday. Later, law enforcement personnel exchanged fire with armed smugglers near the river.');
    const fact = x.relationships.find((r) => r.from === 'peru' && r.type === 'IN_CONFLICT_WITH');
    expect(fact?.quote).toMatch(/^law enforcement personnel exchanged fire with armed smugglers/);
  });
});

describe('the plural pronoun "they"', () => {
  it('reads "they" as the one collective of its clause', async () => {
    const facts = await triples('Officials in Peru said the armed gunmen had hidden in a church, where they engaged in heavy fighting with Peruvian police.');
    expect(facts).toEqual(expect.arrayContaining(['armed-gunmen IN_CONFLICT_WITH peru', 'peru IN_CONFLICT_WITH armed-gunmen']));
  });

  it('reads "they" after two coordinated names as both, so a mutual act is read both ways', async () => {
    const facts = await triples('Armenia and Azerbaijan met in Geneva on Monday. They agreed to a ceasefire.');
    expect(facts).toEqual(expect.arrayContaining(['armenia CEASEFIRE_WITH azerbaijan', 'azerbaijan CEASEFIRE_WITH armenia']));
  });

  it('reads "they" as no one when two collectives were named', async () => {
    const facts = await triples('Armed gunmen entered the village as protesters gathered in the square. They exchanged fire with Peruvian police.');
    expect(facts.filter((f) => f.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it('leaves "they" inside a quotation alone', async () => {
    const facts = await triples('Armed gunmen entered the village. A farmer said: "They exchanged fire with Peruvian police all night."');
    expect(facts.filter((f) => f.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });
});

describe('references to a pair', () => {
  it('reads "the two sides" as the pair named before, both ways', async () => {
    const facts = await triples('Armenia and Azerbaijan held talks in Geneva. The two sides agreed to a ceasefire.');
    expect(facts).toEqual(expect.arrayContaining(['armenia CEASEFIRE_WITH azerbaijan', 'azerbaijan CEASEFIRE_WITH armenia']));
  });

  it('reads "both sides" as no pair after a list of three', async () => {
    const facts = await triples('Armenia, Azerbaijan and Georgia held talks in Geneva. Both sides agreed to a ceasefire.');
    expect(facts.filter((f) => f.includes('CEASEFIRE_WITH'))).toEqual([]);
  });

  it('reads "the latter" as the second of the pair and "the former" as the first', async () => {
    expect(await triples('Israel and Hamas fought in Gaza for weeks. The latter struck Israel on Friday.')).toContain('hamas STRUCK israel');
    expect(await triples('Israel and Hamas fought in Gaza for weeks. The former struck Lebanon on Friday.')).toContain('israel STRUCK lebanon');
  });

  it('does not read "the former" before a noun, a title of someone else', async () => {
    const facts = await triples('Israel and Hamas fought in Gaza for weeks. The former commander struck Lebanon on Friday.');
    expect(facts).not.toContain('israel STRUCK lebanon');
    expect(facts).not.toContain('hamas STRUCK lebanon');
  });
});
