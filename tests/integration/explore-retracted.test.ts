// A retracted relationship is gone from every exploring query: neighbourhood, path, timeline, stats, mentions,
// filtered lists.
import { type Harness, startHarness } from '../fixtures/harness';
import { ids, nodes, retract } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await retract(h.db, 'steve-witkoff--accuses--hamas');
});
afterAll(async () => { await h.close(); });

test('Witkoff\'s neighbourhood loses Hamas and the accusation', async () => {
  const res = await h.gql(`{ neighborhood(id: "steve-witkoff") { nodes { id } edges { id } } }`);
  expect(ids(res.data?.neighborhood.nodes)).toEqual(['steve-witkoff', 'gaza-ceasefire-talks', 'united-states']);
  expect(ids(res.data?.neighborhood.edges)).not.toContain('steve-witkoff--accuses--hamas');
});

test('the path from Witkoff to Hamas goes round the retracted accusation', async () => {
  const res = await h.gql(`{ path(from: "steve-witkoff", to: "hamas") { nodes { id } steps { relationship { id } } } }`);
  expect(res.data?.path).toEqual([{
    nodes: [{ id: 'steve-witkoff' }, { id: 'gaza-ceasefire-talks' }, { id: 'hamas' }],
    steps: [{ relationship: { id: 'steve-witkoff--withdrew-from--gaza-ceasefire-talks' } }, { relationship: { id: 'hamas--participates-in--gaza-ceasefire-talks' } }],
  }]);
});

test('timeline, stats, mentions and lists leave it out', async () => {
  const res = await h.gql(`{
    timeline(id: "steve-witkoff") { entries { relationship { id } } }
    stats { relationshipCount relationshipsByType { type count } mostConnected(first: 2) { degree entity { id } } }
    entity(id: "steve-witkoff") { mentions { count } }
    relationships(types: [ACCUSES], first: 10) { totalCount edges { node { id } } }
    entities(source: "internewscast-us-withdraws-gaza-negotiators", first: 100) { totalCount }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.timeline.entries.map((e: { relationship: { id: string } }) => e.relationship.id)).toEqual([
    'steve-witkoff--envoy-of--united-states', 'steve-witkoff--withdrew-from--gaza-ceasefire-talks',
  ]);
  expect(res.data?.stats.relationshipCount).toBe(34);
  expect(res.data?.stats.relationshipsByType).toContainEqual({ type: 'ACCUSES', count: 2 });
  expect(res.data?.stats.mostConnected).toEqual([{ degree: 13, entity: { id: 'israel' } }, { degree: 10, entity: { id: 'hamas' } }]);
  expect(res.data?.entity.mentions).toEqual([{ count: 2 }]);
  expect(ids(nodes(res.data?.relationships))).toEqual(['hamas--accuses--israel', 'israel--accuses--hamas']);
  expect(res.data?.entities.totalCount).toBe(19); // Witkoff and Hamas still have other facts in the source
});

test('search still finds the entities themselves', async () => {
  const res = await h.gql(`{ search(text: "Witkoff") { entity { id } } }`);
  expect(res.data?.search[0].entity.id).toBe('steve-witkoff');
});
