// The facts document path: validation with JSON paths, one transaction, idempotency.
import { loadFacts } from '../../src/facts/load';
import { BadUserInputError } from '../../src/errors';
import { graphCounts, type Harness, startHarness } from '../fixtures/harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const source = { id: 'test-source', title: 'A test source' };

async function problemsOf(doc: unknown): Promise<Array<{ path: string; message: string }>> {
  try {
    await loadFacts(h.db, doc);
  } catch (error) {
    if (error instanceof BadUserInputError) return error.problems;
    throw error;
  }
  throw new Error('expected the document to be rejected');
}

test('a document with one bad relationship writes nothing and names the bad path', async () => {
  const before = await graphCounts(h.db);
  const problems = await problemsOf({
    source,
    entities: [{ id: 'new-person', kind: 'PERSON', name: 'New Person' }],
    relationships: [
      { type: 'ENVOY_OF', from: 'new-person', to: 'qatar', quote: 'fine' },
      { type: 'ENVOY_OF', from: 'new-person', to: 'atlantis', quote: 'points nowhere' },
    ],
  });
  expect(problems).toEqual([{ path: '$.relationships[1].to', message: expect.stringContaining('unknown entity "atlantis"') }]);
  expect(await graphCounts(h.db)).toEqual(before);
});

test('every schema problem is listed with its JSON path', async () => {
  const problems = await problemsOf({
    source: { id: 'Bad Slug', title: '' },
    entities: [{ id: 'x', kind: 'PLANET', name: 'X' }],
    relationships: [{ type: 'LIKES', from: 'x', to: 'qatar', quote: '', confidence: 2, since: '2024-02-30' }],
  });
  const paths = problems.map((p) => p.path).sort();
  expect(paths).toEqual(expect.arrayContaining([
    '$.source.id', '$.source.title', '$.entities[0].kind', '$.relationships[0].type',
    '$.relationships[0].quote', '$.relationships[0].confidence', '$.relationships[0].since',
  ]));
});

test('duplicate entity ids and self-loops are rejected', async () => {
  const problems = await problemsOf({
    source,
    entities: [{ id: 'dup', kind: 'GROUP', name: 'A' }, { id: 'dup', kind: 'GROUP', name: 'B' }],
    relationships: [{ type: 'ACCUSES', from: 'qatar', to: 'qatar', quote: 'q' }],
  });
  expect(problems.map((p) => p.path)).toEqual(['$.entities[1].id', '$.relationships[0].to']);
});

test('a new source confirming an existing fact adds provenance, not a second relationship', async () => {
  const before = await graphCounts(h.db);
  const result = await loadFacts(h.db, {
    source: { id: 'second-report', title: 'Second report', publishedAt: '2025-07-25' },
    entities: [],
    relationships: [{ type: 'STRUCK', from: 'united-states', to: 'iran', quote: 'the U.S. struck Iran' }],
  });
  expect(result.relationships).toEqual({ created: 0, updated: 1, unchanged: 0 });
  const res = await h.gql(`{ relationships(types: [STRUCK], from: "united-states", to: "iran") { totalCount edges { node { sources { quote source { id publishedAt } } } } } }`);
  expect(res.data?.relationships.totalCount).toBe(1);
  expect(res.data?.relationships.edges[0].node.sources.map((s: { source: { id: string } }) => s.source.id).sort()).toEqual(['internewscast-us-withdraws-gaza-negotiators', 'second-report']);
  const after = await graphCounts(h.db);
  expect(after.nodes).toBe(before.nodes + 1); // only the new Source node
});

test('loading the same document twice reports everything unchanged the second time', async () => {
  const doc = {
    source: { id: 'idempotent-source', title: 'Idempotent' },
    entities: [{ id: 'some-group', kind: 'GROUP', name: 'Some Group', aliases: ['SG'] }],
    relationships: [{ type: 'ACCUSES', from: 'some-group', to: 'hamas', quote: 'some quote', since: '2024-01-02', confidence: 0.5 }],
  };
  const first = await loadFacts(h.db, doc);
  expect(first.entities.created).toBe(1);
  expect(first.relationships.created).toBe(1);
  const counts = await graphCounts(h.db);
  const second = await loadFacts(h.db, doc);
  expect(second.entities).toEqual({ created: 0, updated: 0, unchanged: 1 });
  expect(second.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
  expect(await graphCounts(h.db)).toEqual(counts);
  const res = await h.gql(`{ entity(id: "some-group") { relationships(direction: OUTGOING) { edges { node { since confidence } } } } }`);
  expect(res.data?.entity.relationships.edges[0].node).toEqual({ since: '2024-01-02', confidence: 0.5 });
});
