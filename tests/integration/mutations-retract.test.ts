// retractRelationship: the fact stays with its provenance, marked who/when/why, hidden unless includeRetracted.
import { authConfig, bearer } from '../fixtures/auth';
import { graphCounts, type Harness, startHarness } from '../fixtures/harness';
import { pathsOf, RETRACT } from '../fixtures/mutations';

let h: Harness;
let editor: Record<string, string>;
const ID = 'united-states--struck--iran';
beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'carol' });
});
afterAll(async () => { await h.close(); });

test('a retraction records who, when and why and keeps the quotes', async () => {
  const before = await graphCounts(h.db);
  const started = Date.now();
  const res = await h.gql(RETRACT, { id: ID, reason: 'misread the source' }, editor);
  expect(res.errors).toBeUndefined();
  const rel = res.data?.retractRelationship;
  expect(rel).toMatchObject({ id: ID, retraction: { by: 'carol', reason: 'misread the source' } });
  expect(rel.sources.length).toBeGreaterThan(0);
  expect(Date.parse(rel.retraction.at)).toBeGreaterThanOrEqual(started - 5000);
  expect(await graphCounts(h.db)).toEqual(before); // nothing deleted
});

test('reads hide it by default and show it with includeRetracted', async () => {
  const res = await h.gql(`{
    hidden: relationship(id: "${ID}") { id }
    shown: relationship(id: "${ID}", includeRetracted: true) { id retraction { by reason } }
    list: relationships(types: [STRUCK], from: "united-states") { totalCount }
    listAll: relationships(types: [STRUCK], from: "united-states", includeRetracted: true) { totalCount edges { node { id retraction { by } } } }
    entity(id: "united-states") {
      standing: relationships(types: [STRUCK]) { totalCount }
      all: relationships(types: [STRUCK], includeRetracted: true) { totalCount edges { node { id retraction { reason } } } }
    }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.hidden).toBeNull();
  expect(res.data?.shown).toEqual({ id: ID, retraction: { by: 'carol', reason: 'misread the source' } });
  expect(res.data?.list.totalCount).toBe(0);
  expect(res.data?.listAll).toEqual({ totalCount: 1, edges: [{ node: { id: ID, retraction: { by: 'carol' } } }] });
  expect(res.data?.entity.standing.totalCount).toBe(0);
  expect(res.data?.entity.all.edges).toEqual([{ node: { id: ID, retraction: { reason: 'misread the source' } } }]);
});

test('standing relationships have a null retraction', async () => {
  const res = await h.gql(`{ relationship(id: "steve-witkoff--envoy-of--united-states") { retraction { by } } }`);
  expect(res.data?.relationship).toEqual({ retraction: null });
});

test('retracting again, an unknown id or an empty reason is BAD_USER_INPUT', async () => {
  expect(pathsOf(await h.gql(RETRACT, { id: ID, reason: 'again' }, editor))).toEqual(['id']);
  expect(pathsOf(await h.gql(RETRACT, { id: 'nobody--struck--nothing', reason: 'x' }, editor))).toEqual(['id']);
  expect(pathsOf(await h.gql(RETRACT, { id: 'steve-witkoff--envoy-of--united-states', reason: '   ' }, editor))).toEqual(['reason']);
  expect(pathsOf(await h.gql(RETRACT, { id: 'steve-witkoff--envoy-of--united-states', reason: 'r'.repeat(2001) }, editor))).toEqual(['reason']);
});

test('re-ingesting the retracted fact does not bring it back', async () => {
  const res = await h.gql(`mutation($s: ID!) { addRelationship(source: $s, input: { type: "STRUCK", from: "united-states", to: "iran", quote: "a new quote" }) { status relationship { retraction { by } } } }`,
    { s: 'internewscast-us-withdraws-gaza-negotiators' }, editor);
  expect(res.data?.addRelationship).toEqual({ status: 'UPDATED', relationship: { retraction: { by: 'carol' } } });
});
