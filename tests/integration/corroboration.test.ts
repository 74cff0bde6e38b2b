// Many sources, one picture: corroboration counts, asOf answers before, between and after reports, disputes.
// Four small documents report one negotiation on different days from three publishers; a fourth disputes it.
import { authConfig, bearer } from '../fixtures/auth';
import { graphCounts, type Harness, startHarness } from '../fixtures/harness';
import { ADD_RELATIONSHIP, INGEST, MERGE, pathsOf, RETRACT } from '../fixtures/mutations';

let h: Harness;
let editor: Record<string, string>;
let admin: Record<string, string>;
const TALKS = 'alpha-land--negotiates--beta-land';
const THREAT = 'beta-land--threatens--gamma-group';

const ENTITIES = [
  { id: 'alpha-land', kind: 'COUNTRY', name: 'Alpha Land' },
  { id: 'beta-land', kind: 'COUNTRY', name: 'Beta Land' },
  { id: 'gamma-group', kind: 'GROUP', name: 'Gamma Group' },
];

function doc(id: string, publisher: string, publishedAt: string, relationships: object[], url?: string) {
  return { source: { id, title: `Report ${id}`, publisher, publishedAt, ...(url ? { url } : {}) }, entities: ENTITIES, relationships };
}
const talks = (quote: string, confidence: number, extra: object = {}) => ({ type: 'NEGOTIATES', from: 'alpha-land', to: 'beta-land', quote, confidence, ...extra });

async function ingest(document: object) {
  const res = await h.gql(INGEST, { document }, editor);
  expect(res.errors).toBeUndefined();
  return res.data?.ingestFacts;
}

const RELATIONSHIP = `query($id: ID!) { relationship(id: $id) {
  sourceCount publisherCount firstReported lastReported combinedConfidence
  sources { quote stance source { id } } disputedBy { quote stance source { id } }
} }`;

beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'dana' });
  admin = await bearer(['editor', 'admin'], { subject: 'root' });
  await ingest(doc('wire-a-1', 'Wire A', '2025-07-10', [talks('Alpha Land negotiated with Beta Land', 0.8)]));
  await ingest(doc('daily-b-1', 'Daily B', '2025-07-25', [
    talks('talks between Alpha and Beta', 0.6),
    { type: 'THREATENS', from: 'beta-land', to: 'gamma-group', quote: 'Beta Land threatened the Gamma Group', confidence: 0.7 },
  ]));
  // The same publisher again (another case, another day): a third source but no new publisher.
  await ingest(doc('wire-a-2', 'wire a', '2025-07-26', [talks('Alpha and Beta negotiators met again', 0.5)], 'https://wire-a.example/2'));
  const disputed = await ingest(doc('gazette-d-1', 'Gazette D', '2025-07-27', [talks('Beta Land denied negotiating with Alpha Land', 0.9, { stance: 'DISPUTES' })]));
  expect(disputed.relationships).toEqual({ created: 0, updated: 0, unchanged: 0 });
}, 120_000);
afterAll(async () => { await h.close(); });

test('a fact counts its distinct sources and independent publishers, and combines their confidences', async () => {
  const res = await h.gql(RELATIONSHIP, { id: TALKS });
  expect(res.errors).toBeUndefined();
  const rel = res.data?.relationship;
  expect(rel).toMatchObject({ sourceCount: 3, publisherCount: 2, firstReported: '2025-07-10', lastReported: '2025-07-26' });
  expect(rel.sources.map((s: { source: { id: string } }) => s.source.id)).toEqual(['daily-b-1', 'wire-a-1', 'wire-a-2']);
  expect(rel.sources.every((s: { stance: string }) => s.stance === 'SUPPORTS')).toBe(true);
  expect(rel.disputedBy).toEqual([{ quote: 'Beta Land denied negotiating with Alpha Land', stance: 'DISPUTES', source: { id: 'gazette-d-1' } }]);
  // support = 1 − (1 − 0.8)(1 − 0.6) = 0.92 (Wire A's best quote, Daily B's); against = 0.9; 0.92 × (1 − 0.45).
  expect(rel.combinedConfidence).toBeCloseTo(0.92 * 0.55, 6);
});

test('asOf answers differ before, between and after the reports', async () => {
  const query = `query($asOf: Date) {
    relationships(types: [NEGOTIATES, THREATENS], from: "alpha-land", asOf: $asOf) {
      totalCount edges { node { id sourceCount publisherCount lastReported sources { source { id } } disputedBy { source { id } } } }
    }
    threats: relationships(types: [THREATENS], from: "beta-land", asOf: $asOf) { totalCount }
    entity(id: "alpha-land", asOf: $asOf) { id relationships { totalCount } }
  }`;
  const before = await h.gql(query, { asOf: '2025-07-09' });
  expect(before.errors).toBeUndefined();
  expect(before.data?.relationships.totalCount).toBe(0);
  expect(before.data?.threats.totalCount).toBe(0);
  expect(before.data?.entity).toBeNull();

  const between = await h.gql(query, { asOf: '2025-07-20' });
  expect(between.data?.relationships.edges).toEqual([{ node: {
    // A view as of a day has an id of its own (client caches key by it); its slug is the fact's id.
    id: `${TALKS}@2025-07-20`, sourceCount: 1, publisherCount: 1, lastReported: '2025-07-10', sources: [{ source: { id: 'wire-a-1' } }], disputedBy: [],
  } }]);
  expect(between.data?.threats.totalCount).toBe(0);
  expect(between.data?.entity).toEqual({ id: 'alpha-land@2025-07-20', relationships: { totalCount: 1 } });

  const after = await h.gql(query, { asOf: '2025-07-31' });
  expect(after.data?.relationships.edges[0].node).toMatchObject({ sourceCount: 3, publisherCount: 2, lastReported: '2025-07-26' });
  expect(after.data?.relationships.edges[0].node.disputedBy).toEqual([{ source: { id: 'gazette-d-1' } }]);
  expect(after.data?.threats.totalCount).toBe(1);
});

test('minSources filters on the count as of the day asked', async () => {
  const res = await h.gql(`{
    now: relationships(from: "alpha-land", minSources: 2) { totalCount edges { node { id } } }
    early: relationships(from: "alpha-land", minSources: 2, asOf: "2025-07-24") { totalCount }
    later: relationships(from: "alpha-land", minSources: 3, asOf: "2025-07-26") { totalCount }
    entity(id: "beta-land") { relationships(minSources: 2) { totalCount } }
    neighborhood(id: "beta-land", minSources: 2) { nodes { id } }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.now).toEqual({ totalCount: 1, edges: [{ node: { id: TALKS } }] });
  expect(res.data?.early.totalCount).toBe(0); // one source by then: Daily B reported on 25 July
  expect(res.data?.later.totalCount).toBe(1);
  expect(res.data?.entity.relationships.totalCount).toBe(1);
  expect(res.data?.neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['alpha-land', 'beta-land']);
  const bad = await h.gql('{ relationships(minSources: 0) { totalCount } }');
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('relationships sort by source count and by first report', async () => {
  const res = await h.gql(`{
    byCount: relationships(orderBy: {field: SOURCE_COUNT, direction: DESC}, first: 5) { edges { node { id sourceCount } } }
    byFirst: relationships(orderBy: {field: FIRST_REPORTED}, first: 2) { edges { node { id firstReported } } }
    page1: relationships(orderBy: {field: SOURCE_COUNT, direction: DESC}, first: 1) { pageInfo { endCursor } }
  }`);
  expect(res.errors).toBeUndefined();
  const counts = res.data?.byCount.edges.map((e: { node: { sourceCount: number } }) => e.node.sourceCount);
  expect(res.data?.byCount.edges[0].node).toEqual({ id: TALKS, sourceCount: 3 });
  expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  expect(res.data?.byFirst.edges).toEqual([
    { node: { id: TALKS, firstReported: '2025-07-10' } },
    { node: { id: THREAT, firstReported: '2025-07-25' } },
  ]);
  const next = await h.gql(`query($after: String) { relationships(orderBy: {field: SOURCE_COUNT, direction: DESC}, first: 1, after: $after) { edges { node { id sourceCount } } } }`, { after: res.data?.page1.pageInfo.endCursor });
  expect(next.data?.relationships.edges[0].node.id).not.toBe(TALKS);
});

test('neighbourhood, path and timeline answer as of a day', async () => {
  const query = `query($asOf: Date) {
    neighborhood(id: "beta-land", asOf: $asOf) { nodes { id } edges { id sourceCount } }
    path(from: "alpha-land", to: "gamma-group", asOf: $asOf) { length }
    timeline(id: "beta-land", asOf: $asOf) { entries { relationship { id } } }
  }`;
  const between = await h.gql(query, { asOf: '2025-07-20' });
  expect(between.errors).toBeUndefined();
  expect(between.data?.neighborhood.edges).toEqual([{ id: `${TALKS}@2025-07-20`, sourceCount: 1 }]);
  expect(between.data?.path).toEqual([]);
  expect(between.data?.timeline.entries).toEqual([{ relationship: { id: `${TALKS}@2025-07-20` } }]);
  const after = await h.gql(query, { asOf: '2025-07-31' });
  expect(after.data?.neighborhood.edges).toEqual([{ id: `${TALKS}@2025-07-31`, sourceCount: 3 }, { id: `${THREAT}@2025-07-31`, sourceCount: 1 }]);
  expect(after.data?.path).toEqual([{ length: 2 }]);
  expect(after.data?.timeline.entries).toHaveLength(2);
});

test('a retraction is in effect only as of the day it was made', async () => {
  const retracted = await h.gql(RETRACT, { id: THREAT, reason: 'misattributed' }, editor);
  expect(retracted.errors).toBeUndefined();
  const today = new Date().toISOString().slice(0, 10);
  const res = await h.gql(`query($today: Date) {
    now: relationships(types: [THREATENS], from: "beta-land") { totalCount }
    then: relationships(types: [THREATENS], from: "beta-land", asOf: "2025-07-31") { totalCount edges { node { retraction { by } } } }
    today: relationships(types: [THREATENS], from: "beta-land", asOf: $today) { totalCount }
  }`, { today });
  expect(res.errors).toBeUndefined();
  expect(res.data?.now.totalCount).toBe(0);
  expect(res.data?.then).toEqual({ totalCount: 1, edges: [{ node: { retraction: null } }] });
  expect(res.data?.today.totalCount).toBe(0);
});

test('a dispute of a fact no source supports is refused and writes nothing', async () => {
  const before = await graphCounts(h.db);
  const res = await h.gql(INGEST, { document: doc('gazette-d-2', 'Gazette D', '2025-07-28', [
    { type: 'SANCTIONS', from: 'alpha-land', to: 'gamma-group', quote: 'Alpha Land denied sanctioning the group', stance: 'DISPUTES' },
  ]) }, editor);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(pathsOf(res)).toEqual(['document.relationships[0].stance']);
  expect(await graphCounts(h.db)).toEqual(before);
  const bad = await h.gql(INGEST, { document: doc('gazette-d-3', 'Gazette D', '2025-07-28', [talks('Beta denied it', 0.5, { stance: 'MAYBE' })]) }, editor);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(pathsOf(bad)).toEqual(['document.relationships[0].stance']);
});

test('addRelationship records a dispute once, against an existing fact only', async () => {
  const input = talks('Alpha Land officials called the talks a fabrication', 0.7, { stance: 'DISPUTES' });
  const first = await h.gql(ADD_RELATIONSHIP, { source: 'daily-b-1', input }, editor);
  expect(first.errors).toBeUndefined();
  expect(first.data?.addRelationship.status).toBe('UPDATED');
  const again = await h.gql(ADD_RELATIONSHIP, { source: 'daily-b-1', input }, editor);
  expect(again.data?.addRelationship.status).toBe('UNCHANGED');
  const rel = (await h.gql(RELATIONSHIP, { id: TALKS })).data?.relationship;
  expect(rel.disputedBy.map((d: { source: { id: string } }) => d.source.id)).toEqual(['daily-b-1', 'gazette-d-1']);
  expect(rel.sourceCount).toBe(3); // a disputing quote is not a supporting source
  const unknown = await h.gql(ADD_RELATIONSHIP, { source: 'daily-b-1', input: { ...input, type: 'STRUCK' } }, editor);
  expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('a merge keeps every quote with its day, so counts as of a day do not change', async () => {
  await ingest({
    source: { id: 'herald-e-1', title: 'Report herald-e-1', publisher: 'Herald E', publishedAt: '2025-08-01' },
    entities: [{ id: 'alpha-republic', kind: 'COUNTRY', name: 'Republic of Alpha' }, ENTITIES[1]],
    relationships: [{ type: 'NEGOTIATES', from: 'alpha-republic', to: 'beta-land', quote: 'the Republic of Alpha negotiated with Beta Land', confidence: 0.9 }],
  });
  const merged = await h.gql(MERGE, { keep: 'alpha-land', duplicate: 'alpha-republic' }, admin);
  expect(merged.errors).toBeUndefined();
  const res = await h.gql(`{
    now: relationship(id: "${TALKS}") { sourceCount publisherCount lastReported }
    then: relationships(from: "alpha-land", types: [NEGOTIATES], asOf: "2025-07-20") { edges { node { sourceCount } } }
    sorted: relationships(from: "alpha-land", minSources: 4) { totalCount }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.now).toEqual({ sourceCount: 4, publisherCount: 3, lastReported: '2025-08-01' });
  expect(res.data?.then.edges).toEqual([{ node: { sourceCount: 1 } }]);
  expect(res.data?.sorted.totalCount).toBe(1); // the stored count followed the merge
});
