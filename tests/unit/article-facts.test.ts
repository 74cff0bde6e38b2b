// The pure parts of ingesting articles: the input checks, ids settled against the graph's claims, and the
// facts document an extraction becomes (quotes held to their spans by the facts schema).
import { articleFactsDocument, candidateIds, settleExtraction } from '../../src/facts/articleFacts';
import { articleProblems } from '../../src/facts/articleInput';
import { validateFactsDocument } from '../../src/facts/validate';
import type { IdClaim } from '../../src/graph/entityIdClaims';
import type { ExtractedEntity, Extraction } from '../../src/reading/types';

const TEXT = 'Jordan met Qatari mediators in Doha. Jordan said Qatar would host the talks.';
const entity = (id: string, name: string, kind: ExtractedEntity['kind'], existing = false): ExtractedEntity =>
  ({ id, name, kind, aliases: [], existing, mentions: [{ start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length }], roles: [] });
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

const extraction: Extraction = {
  sourceId: 'doha-test',
  entities: [entity('jordan', 'Jordan', 'PERSON'), entity('qatar', 'Qatar', 'COUNTRY', true)],
  relationships: [
    { type: 'MEETS_WITH', from: 'jordan', to: 'qatar', quote: 'Jordan met Qatari mediators', span: span('Jordan met Qatari mediators'), confidence: 0.8, rule: 'verb:active', stance: 'SUPPORTS' },
    { type: 'HOSTS', from: 'qatar', to: 'qatar', quote: 'Qatar would host', span: span('Qatar would host'), confidence: 0.7, rule: 'verb:active', stance: 'SUPPORTS' },
  ],
};
const free: IdClaim = { holder: null, keys: [] };

test('article input: every problem with its path; bytes, not characters, against the limit', () => {
  expect(articleProblems({ title: ' ', text: '\n', url: 'javascript:alert(1)', publishedAt: '2025-02-30', extra: 1 }, 100).map((p) => p.path).sort())
    .toEqual(['article.extra', 'article.publishedAt', 'article.text', 'article.title', 'article.url']);
  expect(articleProblems({ title: 'ok', text: 'é'.repeat(60) }, 100)).toEqual([{ path: 'article.text', message: expect.stringContaining('got 120') }]);
  expect(articleProblems({ title: 'ok', text: 'fine', url: 'https://example.org/a', publishedAt: '2024-02-29', id: null }, 100)).toEqual([]);
  expect(articleProblems('text', 100, '$')).toEqual([{ path: '$', message: expect.any(String) }]);
});

test('a new entity whose id another entity holds gets the next free id; self-loops are dropped', () => {
  const claims = new Map([['jordan', { holder: { id: 'jordan', name: 'Jordan', kind: 'COUNTRY' as const }, keys: ['jordan'] }], ['jordan-2', free]]);
  const settled = settleExtraction(extraction, claims);
  expect(settled.entities.map((e) => [e.id, e.existing])).toEqual([['jordan-2', false], ['qatar', true]]);
  expect(settled.relationships).toEqual([expect.objectContaining({ from: 'jordan-2', to: 'qatar', type: 'MEETS_WITH' })]);
});

test('an id held by an entity of the same name and kind is that entity (re-reading is idempotent)', () => {
  const claims = new Map([
    ['jordan', { holder: { id: 'jordan', name: 'Jordan', kind: 'COUNTRY' as const }, keys: ['jordan'] }],
    ['jordan-2', { holder: { id: 'jordan-2', name: 'Jordan', kind: 'PERSON' as const }, keys: ['jordan'] }],
  ]);
  const settled = settleExtraction(extraction, claims);
  expect(settled.entities[0]).toMatchObject({ id: 'jordan-2', existing: true });
});

test('candidate ids stay within the slug length', () => {
  expect(candidateIds(`${'a'.repeat(119)}b`).every((id) => id.length <= 120)).toBe(true);
});

test('the facts document of an extraction is valid, with the text and each quote at its span', () => {
  const doc = articleFactsDocument({ title: 'Doha', text: TEXT, url: 'https://example.org/doha' }, settleExtraction(extraction, new Map([['jordan', free]])));
  expect(validateFactsDocument(doc).problems).toEqual([]);
  expect(doc.source).toEqual({ id: 'doha-test', title: 'Doha', url: 'https://example.org/doha', text: TEXT });
  const shifted = { ...doc, relationships: doc.relationships.map((r) => ({ ...r, span: { start: r.span!.start + 1, end: r.span!.end + 1 } })) };
  expect(validateFactsDocument(shifted).problems).toEqual([{ path: '$.relationships[0].quote', message: expect.stringContaining('must equal source.text') }]);
  const outside = { ...doc, relationships: doc.relationships.map((r) => ({ ...r, span: { start: 0, end: TEXT.length + 5 } })) };
  expect(validateFactsDocument(outside).problems).toEqual([{ path: '$.relationships[0].span.end', message: expect.stringContaining('length') }]);
  const unspanned = { ...doc, relationships: doc.relationships.map(({ span: _s, ...r }) => ({ ...r, quote: 'not in the text' })) };
  expect(validateFactsDocument(unspanned).problems).toEqual([{ path: '$.relationships[0].quote', message: 'must appear verbatim in source.text' }]);
});
