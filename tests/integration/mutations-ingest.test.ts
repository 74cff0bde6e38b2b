// ingestFacts: the facts document over GraphQL, one transaction, counts, idempotency, every problem reported.
import { seedDocuments } from '../../src/facts/seed';
import { authConfig, bearer } from '../fixtures/auth';
import { graphCounts, type Harness, startHarness } from '../fixtures/harness';
import { INGEST, pathsOf, problemsOf } from '../fixtures/mutations';
import { testCypher } from '../fixtures/testCypher';

let h: Harness;
let editor: Record<string, string>;
beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig(), maxWriteItems: 10 } });
  editor = await bearer(['editor'], { subject: 'ingest-bot' });
});
afterAll(async () => { await h.close(); });

const document = {
  source: { id: 'mutation-test-source', title: 'Doha talks resume (test)', publisher: 'Test Wire', url: 'https://example.org/doha', publishedAt: '2025-08-01' },
  entities: [
    { id: 'test-mediator', kind: 'PERSON', name: 'Test Mediator', aliases: ['T. Mediator'], roles: ['Envoy'] },
    { id: 'qatar', kind: 'COUNTRY', name: 'Qatar' },
  ],
  relationships: [
    { type: 'ENVOY_OF', from: 'test-mediator', to: 'qatar', quote: 'the Qatari envoy', since: '2025-01-01', confidence: 0.8 },
    { type: 'MEDIATES', from: 'test-mediator', to: 'gaza-ceasefire-talks', quote: 'who mediates the talks' },
  ],
};

test('a document creates its source, entities and relationships, and reports the counts', async () => {
  const res = await h.gql(INGEST, { document }, editor);
  expect(res.errors).toBeUndefined();
  expect(res.data?.ingestFacts).toEqual({
    sourceId: 'mutation-test-source',
    source: { created: 1, updated: 0, unchanged: 0 },
    entities: { created: 1, updated: 0, unchanged: 1 },
    relationships: { created: 2, updated: 0, unchanged: 0 },
  });
  const read = await h.gql(`{ relationship(id: "test-mediator--envoy-of--qatar") { since confidence sources { quote source { id publishedAt } } } }`);
  expect(read.data?.relationship).toEqual({ since: '2025-01-01', confidence: 0.8, sources: [{ quote: 'the Qatari envoy', source: { id: 'mutation-test-source', publishedAt: '2025-08-01' } }] });
  const [audit] = await h.db.readText(testCypher('entity-audit'), { id: 'test-mediator' });
  expect(audit?.createdBy).toBe('ingest-bot');
});

test('the same document again changes nothing: all unchanged', async () => {
  const before = await graphCounts(h.db);
  const res = await h.gql(INGEST, { document }, editor);
  expect(res.data?.ingestFacts).toEqual({
    sourceId: 'mutation-test-source',
    source: { created: 0, updated: 0, unchanged: 1 },
    entities: { created: 0, updated: 0, unchanged: 2 },
    relationships: { created: 0, updated: 0, unchanged: 2 },
  });
  expect(await graphCounts(h.db)).toEqual(before);
});

test('a changed field is counted as updated', async () => {
  const changed = { ...document, entities: [{ ...document.entities[0], description: 'A mediator (test).' }, document.entities[1]] };
  const res = await h.gql(INGEST, { document: changed }, editor);
  expect(res.data?.ingestFacts.entities).toEqual({ created: 0, updated: 1, unchanged: 1 });
});

test('every problem is listed with its argument path in one BAD_USER_INPUT error, and nothing is written', async () => {
  const before = await graphCounts(h.db);
  const res = await h.gql(INGEST, {
    document: {
      source: { id: 'Bad Slug!', title: 'x'.repeat(501) },
      entities: [{ id: 'ok-entity', kind: 'PLANET', name: 'n'.repeat(201) }],
      relationships: [{ type: 'LIKES', from: 'ok-entity', to: 'qatar', quote: '  ', since: '2025-02-30', confidence: 1.5 }],
    },
  }, editor);
  expect(pathsOf(res)).toEqual([
    'document.entities[0].kind', 'document.entities[0].name', 'document.relationships[0].confidence', 'document.relationships[0].quote',
    'document.relationships[0].since', 'document.relationships[0].type', 'document.source.id', 'document.source.title',
  ]);
  expect(await graphCounts(h.db)).toEqual(before);
});

test('unknown entity ids are reported with their paths after the schema passes', async () => {
  const res = await h.gql(INGEST, {
    document: { source: { id: 'unknown-ends', title: 'Unknown ends' }, entities: [], relationships: [
      { type: 'ACCUSES', from: 'atlantis', to: 'qatar', quote: 'q' },
      { type: 'ACCUSES', from: 'qatar', to: 'el-dorado', quote: 'q' },
    ] },
  }, editor);
  expect(problemsOf(res)).toEqual([
    { path: 'document.relationships[0].from', message: expect.stringContaining('unknown entity "atlantis"') },
    { path: 'document.relationships[1].to', message: expect.stringContaining('unknown entity "el-dorado"') },
  ]);
  expect((await h.gql(`{ source(id: "unknown-ends") { id } }`)).data?.source).toBeNull();
});

test('more items than MAX_WRITE_ITEMS in one request is refused', async () => {
  const entities = Array.from({ length: 11 }, (_, i) => ({ id: `bulk-${i}`, kind: 'GROUP', name: `Bulk ${i}` }));
  const res = await h.gql(INGEST, { document: { source: { id: 'too-many', title: 'Too many' }, entities, relationships: [] } }, editor);
  expect(problemsOf(res)).toEqual([{ path: 'document', message: expect.stringContaining('at most 10') }]);
});

test('the seed article loads through the same mutation, already all unchanged', async () => {
  const [seed] = seedDocuments();
  const big = await startHarness({ seed: true, config: { auth: authConfig() } });
  try {
    const res = await big.gql(INGEST, { document: seed?.document }, editor);
    expect(res.errors).toBeUndefined();
    expect(res.data?.ingestFacts.entities.created + res.data?.ingestFacts.entities.updated).toBe(0);
    expect(res.data?.ingestFacts.relationships).toEqual({ created: 0, updated: 0, unchanged: 35 });
  } finally {
    await big.close();
  }
});
