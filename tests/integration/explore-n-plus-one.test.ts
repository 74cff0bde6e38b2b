// The N+1 problem, solved: a nested query costs a round trip per GraphQL level, however many nodes a level has.
// The count comes from `extensions.roundTrips` (every db.read/db.write of the request).
import { loadFacts } from '../../src/facts/load';
import { type Harness, startHarness, testConfig } from '../fixtures/harness';
import { generatedFacts } from '../fixtures/explore';

let h: Harness;
// These queries are deliberately huge (50 × 20 × 20 … rows) to show batching; they are far over the default
// operation limits, which production-limits.test.ts covers, so this server lifts them.
beforeAll(async () => { h = await startHarness({ config: { limits: { ...testConfig().limits, maxDepth: 30, maxCost: 100_000_000 } } }); });
afterAll(async () => { await h.close(); });

const NESTED = (first: number) => `{ entities(first: ${first}) { edges { node { id relationships { edges { node { to { id relationships { edges { node { to { name } } } } } } } } } } } }`;

interface Level2 { to: { id: string; relationships: { edges: Array<{ node: { to: { name: string } } }> } } }
interface Level1 { id: string; relationships: { edges: Array<{ node: Level2 }> } }

function shape(data: { entities: { edges: Array<{ node: Level1 }> } } | undefined) {
  const top = data?.entities.edges.map((e) => e.node) ?? [];
  const second = top.flatMap((e) => e.relationships.edges.map((r) => r.node.to));
  return {
    entities: top.length,
    secondLevelEntities: new Set(second.map((e) => e.id)).size,
    secondLevelNames: second.flatMap((e) => e.relationships.edges.map((r) => r.node.to.name)).length,
  };
}

async function nested(first: number) {
  const res = await h.gql(NESTED(first));
  expect(res.errors).toBeUndefined();
  return { roundTrips: res.extensions?.roundTrips as number, ...shape(res.data as never) };
}

test('W1 of the benchmark (an entity, a page of its relationships, both ends of each) takes one round trip', async () => {
  const res = await h.gql(`query W1($id: ID!) { entity(id: $id) { id name kind relationships(first: 100) { edges { node {
    id type since until confidence from { id name kind } to { id name kind } } } } } }`, { id: 'steve-witkoff' });
  expect(res.errors).toBeUndefined();
  expect(res.data?.entity.relationships.edges.length).toBe(3);
  expect(res.extensions?.roundTrips).toBe(1);
});

test('on the seed, the nested query takes at most 4 round trips however many entities it starts from', async () => {
  const few = await nested(5);
  const all = await nested(50);
  expect(all.entities).toBe(19);
  expect(few.roundTrips).toBeLessThanOrEqual(4);
  expect(all.roundTrips).toBeLessThanOrEqual(4);
  // Not equal here: with all 19 seed entities on the first level, the second level is all cached. Hence the next test.
  expect([few.roundTrips, all.roundTrips]).toEqual([3, 2]);
});

test('with 50 entities whose neighbours are all new, first: 50 costs the same round trips as first: 5', async () => {
  // 100 more entities: a-gen-NN (sorting before the seed) each MEMBER_OF z-gen-NN, the z-gen in a ring. So the
  // second level really loads 5 or 50 entities' relationships no earlier level has fetched.
  await loadFacts(h.db, generatedFacts(50), 'test');
  const few = await nested(5);
  const many = await nested(50);
  expect(few).toEqual({ roundTrips: 3, entities: 5, secondLevelEntities: 5, secondLevelNames: 15 });
  expect(many).toEqual({ roundTrips: 3, entities: 50, secondLevelEntities: 50, secondLevelNames: 150 });
});

test('a third level costs one more round trip, and nothing when its entities are already loaded', async () => {
  // The third level's ends are z-gen entities the second level already loaded with the same arguments: cached.
  const cached = await h.gql(`{ entities(first: 50) { edges { node { relationships { edges { node { to { relationships { edges { node { to {
    relationships { edges { node { from { name } to { name } } } }
  } } } } } } } } } } } }`);
  expect(cached.errors).toBeUndefined();
  expect(cached.extensions?.roundTrips).toBe(3);
  // Other arguments make other loader keys, so the third level is fetched: in one batch for all of it.
  const fresh = await h.gql(`{ entities(first: 50) { edges { node { relationships { edges { node { to { relationships { edges { node { to {
    relationships(direction: OUTGOING) { edges { node { from { name } to { name } } } }
  } } } } } } } } } } } }`);
  expect(fresh.errors).toBeUndefined();
  expect(fresh.extensions?.roundTrips).toBe(4);
});

test('provenance of every relationship on two levels adds one round trip per level', async () => {
  const res = await h.gql(`{ entities(first: 50) { edges { node { relationships { edges { node { sources { quote source { title } } to {
    relationships { edges { node { sources { quote source { title } } to { name } } } }
  } } } } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.roundTrips).toBe(5);
});

test('depth-3 neighbourhood and a path with all their ends and provenance: two round trips each', async () => {
  const sub = await h.gql(`{ neighborhood(id: "z-gen-00", depth: 3, limit: 500) { nodes { name } edges { from { name } to { name } sources { quote source { title } } } } }`);
  expect(sub.errors).toBeUndefined();
  expect(sub.data?.neighborhood.nodes).toHaveLength(12); // z-gen-00; a-gen-00, z-gen-01, z-gen-49; then 4 more per ring
  expect(sub.extensions?.roundTrips).toBe(2);
  const path = await h.gql(`{ path(from: "a-gen-00", to: "a-gen-03", maxHops: 6) { nodes { name } steps { start { name } end { name } relationship { from { name } to { name } sources { quote source { title } } } } } }`);
  expect(path.errors).toBeUndefined();
  expect(path.data?.path[0].steps).toHaveLength(5);
  expect(path.extensions?.roundTrips).toBe(2);
});
