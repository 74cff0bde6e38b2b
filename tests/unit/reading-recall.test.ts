// Step 1 of 5, recall: general rules found by grouping the misses on the tuning half by cause. Every sentence here
// is the team's own; none comes from an article.
import { EMPTY_DICTIONARY, readArticle, type Extraction } from '../../src/reading';

async function read(text: string): Promise<Extraction> {
  return readArticle({ title: 'Test', text }, EMPTY_DICTIONARY);
}

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('actors the reader did not recognise', () => {
  it('reads an armed movement named after a state as one organization, with its short name', async () => {
    const x = await read('The Chad National Liberation Front (CNLF) seized a town. CNLF spokesman Ali Moussa confirmed it.');
    const front = x.entities.find((e) => e.name === 'Chad National Liberation Front');
    expect(front?.kind).toBe('ORGANIZATION');
    expect(front?.aliases).toContain('CNLF');
    expect(triples(x)).toContain(`ali-moussa MEMBER_OF ${front?.id}`);
  });

  it('makes a state’s junta an organization that leads the state, and a later bare "junta" the same one', async () => {
    const x = await read('Mali’s junta closed the border. Later, junta spokesman Amadou Diallo denied the report.');
    expect(triples(x)).toEqual(expect.arrayContaining(['mali-junta LEADS mali', 'amadou-diallo MEMBER_OF mali-junta']));
    expect(x.entities.filter((e) => e.id.endsWith('junta'))).toHaveLength(1);
  });
});
