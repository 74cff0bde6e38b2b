// The benchmark generator: the same seed gives the same graph, every document is a valid facts document
// whose quotes appear verbatim in its source's text, and degrees follow a power law (hubs and a long tail).
import { generateSources } from '../../bench/generator';
import { validateFactsDocument } from '../../src/facts/validate';

const small = { entities: 400, seed: 7 };

test('the same seed yields the same documents and texts; another seed yields others', () => {
  const a = JSON.stringify([...generateSources(small)]);
  const b = JSON.stringify([...generateSources(small)]);
  const c = JSON.stringify([...generateSources({ ...small, seed: 8 })]);
  expect(a).toBe(b);
  expect(c).not.toBe(a);
});

test('every document is valid, quotes are verbatim in the text, and each declares the entities it mentions', () => {
  const declared = new Set<string>();
  let documents = 0;
  for (const { document, text } of generateSources(small)) {
    documents++;
    expect(validateFactsDocument(document).problems).toEqual([]);
    const here = new Set(document.entities.map((e) => e.id));
    for (const r of document.relationships) {
      expect(text).toContain(r.quote);
      expect(here.has(r.from) && here.has(r.to)).toBe(true);
    }
    for (const id of here) declared.add(id);
  }
  expect(documents).toBeGreaterThan(20);
  expect(declared.size).toBe(small.entities);
});

test('degrees are heavy-tailed: the top hub has many times the median degree; about five relationships per entity', () => {
  const degree = new Map<string, number>();
  const facts = new Set<string>();
  for (const { document } of generateSources({ entities: 2000, seed: 3 })) {
    for (const r of document.relationships) {
      const id = `${r.type}|${r.from}|${r.to}`;
      if (facts.has(id)) continue;
      facts.add(id);
      for (const end of [r.from, r.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
  }
  const sorted = [...degree.values()].sort((x, y) => y - x);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  expect(sorted[0]).toBeGreaterThan(50 * median);
  expect(facts.size / 2000).toBeGreaterThan(4);
  expect(facts.size / 2000).toBeLessThanOrEqual(5);
});
