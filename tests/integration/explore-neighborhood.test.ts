// Neighbourhoods: breadth first from one entity, capped, with only the relationships among the nodes returned.
import { type Harness, startHarness } from '../fixtures/harness';
import { ids } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

interface Subgraph {
  truncated: boolean;
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; from: { id: string }; to: { id: string } }>;
}

async function neighborhood(args: string): Promise<Subgraph | null> {
  const res = await h.gql<{ neighborhood: Subgraph | null }>(`{ neighborhood(${args}) { truncated nodes { id } edges { id from { id } to { id } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data?.neighborhood ?? null;
}

test('depth 1 around Witkoff: him first, his neighbours by id, and every relationship among them', async () => {
  const sub = await neighborhood('id: "steve-witkoff"');
  expect(sub?.truncated).toBe(false);
  expect(ids(sub?.nodes ?? [])).toEqual(['steve-witkoff', 'gaza-ceasefire-talks', 'hamas', 'united-states']);
  expect(ids(sub?.edges ?? [])).toEqual([
    'hamas--participates-in--gaza-ceasefire-talks',
    'steve-witkoff--accuses--hamas',
    'steve-witkoff--envoy-of--united-states',
    'steve-witkoff--withdrew-from--gaza-ceasefire-talks',
    'united-states--mediates--gaza-ceasefire-talks',
    'united-states--withdrew-from--gaza-ceasefire-talks',
  ]);
});

test('edges are only relationships whose both ends are among the nodes', async () => {
  const sub = await neighborhood('id: "donald-trump", depth: 2');
  const nodeIds = new Set(ids(sub?.nodes ?? []));
  expect((sub?.edges ?? []).length).toBeGreaterThan(0);
  for (const edge of sub?.edges ?? []) expect([nodeIds.has(edge.from.id), nodeIds.has(edge.to.id)]).toEqual([true, true]);
});

test('depth 3 around the United States reaches everything but the Russia–Ukraine pair', async () => {
  const sub = await neighborhood('id: "united-states", depth: 3');
  expect(sub?.truncated).toBe(false);
  expect(ids(sub?.nodes ?? [])).toEqual([
    'united-states',
    'doha', 'donald-trump', 'gaza-ceasefire-talks', 'iran', 'steve-witkoff',
    'gaza-strip', 'gaza-war', 'hamas', 'israel', 'qatar', 'russia-ukraine-peace-deal', 'united-states-military',
    'humanitarian-groups', 'israeli-campaign-against-iran', 'israeli-hostages', 'palestinian-detainees',
  ]);
  expect(sub?.edges).toHaveLength(34); // all 35 seed relationships but russia--in-conflict-with--ukraine
});

test('direction OUTGOING follows relationships along their direction only', async () => {
  const sub = await neighborhood('id: "steve-witkoff", depth: 2, direction: OUTGOING');
  expect(ids(sub?.nodes ?? [])).toEqual([
    'steve-witkoff', 'gaza-ceasefire-talks', 'hamas', 'united-states',
    'doha', 'gaza-war', 'iran', 'israel', 'israeli-hostages',
  ]);
  const incoming = await neighborhood('id: "united-states", direction: INCOMING');
  expect(ids(incoming?.nodes ?? [])).toEqual(['united-states', 'donald-trump', 'steve-witkoff']);
});

test('types restrict both the walk and the edges', async () => {
  const sub = await neighborhood('id: "steve-witkoff", depth: 3, types: [ENVOY_OF]');
  expect(ids(sub?.nodes ?? [])).toEqual(['steve-witkoff', 'united-states']);
  expect(ids(sub?.edges ?? [])).toEqual(['steve-witkoff--envoy-of--united-states']);
});

test('the node cap keeps the nearest nodes and says it cut', async () => {
  const capped = await neighborhood('id: "steve-witkoff", depth: 2, limit: 5');
  expect(capped?.truncated).toBe(true);
  expect(ids(capped?.nodes ?? [])).toEqual(['steve-witkoff', 'gaza-ceasefire-talks', 'hamas', 'united-states', 'doha']);
  const exact = await neighborhood('id: "steve-witkoff", limit: 4');
  expect([exact?.truncated, exact?.nodes.length]).toEqual([false, 4]);
  const cut = await neighborhood('id: "steve-witkoff", limit: 3');
  expect([cut?.truncated, ids(cut?.nodes ?? [])]).toEqual([true, ['steve-witkoff', 'gaza-ceasefire-talks', 'hamas']]);
  expect(ids(cut?.edges ?? [])).toEqual(['hamas--participates-in--gaza-ceasefire-talks', 'steve-witkoff--accuses--hamas', 'steve-witkoff--withdrew-from--gaza-ceasefire-talks']);
  const alone = await neighborhood('id: "steve-witkoff", limit: 1');
  expect([alone?.truncated, ids(alone?.nodes ?? []), alone?.edges]).toEqual([true, ['steve-witkoff'], []]);
});

test('an unknown id gives null', async () => {
  expect(await neighborhood('id: "atlantis", depth: 3')).toBeNull();
});

test('a depth-3 neighbourhood with every end is one round trip; with provenance, two', async () => {
  const drawn = await h.gql(`{ neighborhood(id: "united-states", depth: 3) { nodes { id name kind } edges { type from { name } to { name } } } }`);
  expect(drawn.errors).toBeUndefined();
  expect(drawn.extensions?.roundTrips).toBe(1);
  const sourced = await h.gql(`{ neighborhood(id: "united-states", depth: 3) { nodes { name } edges { from { name } to { name } sources { quote source { title } } } } }`);
  expect(sourced.errors).toBeUndefined();
  expect(sourced.data?.neighborhood.edges.every((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
  expect(sourced.extensions?.roundTrips).toBe(2);
});
