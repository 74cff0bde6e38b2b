// Re-reading is stable: an article read against the graph its own first reading made (every entity's name and
// aliases as dictionary keys) gives the same entities and the same (from, type, to) triples, so ingesting an
// article twice changes nothing. And against the graph of the whole folder, no article makes an entity whose
// name the graph already holds under another id.
import { nameKey } from '../../src/graph/vocabulary';
import { EMPTY_DICTIONARY, readArticle, type Article, type EntityDictionary, type Extraction, type KnownEntity } from '../../src/reading';
import { readingTestArticles } from '../fixtures/teamArticles';

// The team's own reports (tests/fixtures/articles/) and the seed article.
const articles: Article[] = readingTestArticles();

/** The graph after ingesting these extractions, as a dictionary: a key naming two entities is left out. */
function graphOf(extractions: readonly Extraction[]): Map<string, KnownEntity> {
  const byKey = new Map<string, KnownEntity | null>();
  for (const x of extractions) {
    for (const e of x.entities) {
      for (const name of [e.name, ...e.aliases]) {
        const key = nameKey(name);
        if (key === '') continue;
        const prev = byKey.get(key);
        if (prev === undefined) byKey.set(key, { id: e.id, name: e.name, kind: e.kind });
        else if (prev !== null && prev.id !== e.id) byKey.set(key, null);
      }
    }
  }
  const out = new Map<string, KnownEntity>();
  for (const [key, e] of byKey) if (e) out.set(key, e);
  return out;
}

function dictionaryOf(graph: ReadonlyMap<string, KnownEntity>): EntityDictionary {
  return async (keys) => new Map(keys.flatMap((k) => {
    const e = graph.get(k);
    return e ? [[k, e] as const] : [];
  }));
}

const triples = (x: Extraction): string[] => x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort();
const ids = (x: Extraction): string[] => x.entities.map((e) => e.id).sort();

describe.each(articles.map((a) => [a.title, a] as const))('re-reading "%s"', (_title, article) => {
  it('against the graph of its own first reading gives the same entities and triples', async () => {
    const first = await readArticle(article, EMPTY_DICTIONARY);
    const again = await readArticle(article, dictionaryOf(graphOf([first])));
    expect(ids(again)).toEqual(ids(first));
    expect(triples(again)).toEqual(triples(first));
    // Events are named by the reader after the one dictionary call, so only the others can be looked up.
    expect(again.entities.filter((e) => e.kind !== 'EVENT' && !e.existing).map((e) => e.id)).toEqual([]);
  });
});

describe('re-reading against the graph of the whole folder', () => {
  it('makes no entity whose name the graph holds under another id', async () => {
    const firsts = await Promise.all(articles.map((a) => readArticle(a, EMPTY_DICTIONARY)));
    const graph = graphOf(firsts);
    const clashes: string[] = [];
    for (const article of articles) {
      const again = await readArticle(article, dictionaryOf(graph));
      for (const e of again.entities) {
        for (const name of [e.name, ...e.aliases]) {
          const held = graph.get(nameKey(name));
          if (held && held.id !== e.id) clashes.push(`${article.title}: ${e.id} "${name}" is ${held.id} in the graph`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
