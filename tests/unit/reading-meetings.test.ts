// Meetings, visits, places, office-holders, pledges and backing told in the shapes news uses for them. Every
// sentence here is the team's own; none comes from an article.
import { EMPTY_DICTIONARY, readArticle, type Extraction } from '../../src/reading';

async function read(text: string, title = 'Test'): Promise<Extraction> {
  return readArticle({ title, text }, EMPTY_DICTIONARY);
}

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('whom a meeting was with', () => {
  it('reaches a person named after a description of a newly taken office', async () => {
    const x = await read('Chile held talks with the newly elected president of Peru, Ana Torres, on Monday.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile MEETS_WITH ana-torres', 'ana-torres MEETS_WITH chile', 'ana-torres LEADS peru']));
  });

  it('adds the partners of a second "with" phrase ("and, by video link, with Y")', async () => {
    const x = await read('Chile met with Peruvian President Ana Torres and, by video link, with Luis Vega.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile MEETS_WITH luis-vega', 'luis-vega MEETS_WITH chile', 'chile MEETS_WITH ana-torres']));
  });

  it('reads the second phrase after a pronoun meeting and an apposed name', async () => {
    const x = await read('Ana Torres and Luis Vega shook hands as they met with Bolivia’s leader, Juan Perez, and later with Chile.');
    expect(triples(x)).toEqual(expect.arrayContaining(['ana-torres MEETS_WITH chile', 'luis-vega MEETS_WITH chile', 'chile MEETS_WITH luis-vega']));
  });

  it('does not take a name after "and" without "with" as a second partner of the meeting', async () => {
    const x = await read('Chile met with Peruvian President Ana Torres and Bolivia criticized Luis Vega.');
    expect(triples(x).filter((t) => t.includes('MEETS_WITH') && t.includes('luis-vega'))).toEqual([]);
  });
});
