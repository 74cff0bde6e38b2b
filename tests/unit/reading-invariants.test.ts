// The reader's contract on every team-written test article and the seed: quotes are exact slices, ends exist, no self-loops
// or duplicate triples, types from the vocabulary, slug ids, and the same text always reads the same.
import { isEntityKind, isRelationshipType } from '../../src/graph/vocabulary';
import { EMPTY_DICTIONARY, readArticle, type Article } from '../../src/reading';
import { readingTestArticles } from '../fixtures/teamArticles';

// The team's own reports (tests/fixtures/articles/) and the seed article.
const articles: Article[] = readingTestArticles();

describe.each(articles.map((a) => [a.title, a] as const))('reading "%s"', (_title, article) => {
  it('gives quotes that are exactly the text at their spans, between entities of the extraction', async () => {
    const x = await readArticle(article, EMPTY_DICTIONARY);
    expect(x.relationships.length).toBeGreaterThan(0);
    const ids = new Set(x.entities.map((e) => e.id));
    for (const r of x.relationships) {
      expect(r.quote).toBe(article.text.slice(r.span.start, r.span.end));
      expect(r.quote.length).toBeGreaterThan(0);
      expect(ids.has(r.from)).toBe(true);
      expect(ids.has(r.to)).toBe(true);
      expect(r.from).not.toBe(r.to);
      expect(isRelationshipType(r.type)).toBe(true);
      expect(r.rule).toMatch(/^[a-z-]+:/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(['SUPPORTS', 'DISPUTES']).toContain(r.stance);
    }
  });

  it('never repeats a (from, type, to) triple of one stance', async () => {
    const x = await readArticle(article, EMPTY_DICTIONARY);
    const keys = x.relationships.map((r) => `${r.from} ${r.type} ${r.to} ${r.stance}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives slug ids, known kinds and mentions that lie inside the text', async () => {
    const x = await readArticle(article, EMPTY_DICTIONARY);
    for (const e of x.entities) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(isEntityKind(e.kind)).toBe(true);
      expect(e.existing).toBe(false);
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(article.text.length);
        expect(m.end).toBeGreaterThan(m.start);
      }
    }
  });

  it('reads the same text the same way twice', async () => {
    const a = await readArticle(article, EMPTY_DICTIONARY);
    const b = await readArticle({ ...article }, EMPTY_DICTIONARY);
    expect(b).toEqual(a);
  });
});
