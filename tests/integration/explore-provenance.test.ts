// Provenance from the entity's side: which sources mention it, and how many of their facts involve it.
import { type Harness, startHarness } from '../fixtures/harness';
import { DATED_SOURCE, SEED_SOURCE, ids, loadDatedFacts, nodes } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

async function mentions(id: string, args = ''): Promise<Array<{ count: number; source: { id: string } }>> {
  const res = await h.gql(`{ entity(id: "${id}") { mentions${args} { count source { id } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data?.entity.mentions;
}

test('on the seed, each entity is mentioned by the one article, with the number of its facts there', async () => {
  expect(await mentions('steve-witkoff')).toEqual([{ count: 3, source: { id: SEED_SOURCE } }]);
  expect(await mentions('israel')).toEqual([{ count: 13, source: { id: SEED_SOURCE } }]);
});

test('a second source appears with its own count, most facts first', async () => {
  await loadDatedFacts(h.db);
  expect(await mentions('steve-witkoff')).toEqual([
    { count: 5, source: { id: DATED_SOURCE } }, // four new facts and one that re-reports a seed fact
    { count: 3, source: { id: SEED_SOURCE } },
  ]);
  expect(await mentions('steve-witkoff', '(first: 1)')).toEqual([{ count: 5, source: { id: DATED_SOURCE } }]);
  expect(await mentions('cairo-talks')).toEqual([{ count: 1, source: { id: DATED_SOURCE } }]);
});

test('mentions of a whole page of entities cost one round trip, their sources none', async () => {
  const res = await h.gql(`{ entities(first: 100) { edges { node { id mentions { count source { id title } } } } } }`);
  expect(res.errors).toBeUndefined();
  const byId = Object.fromEntries(nodes<{ id: string; mentions: Array<{ count: number; source: { id: string } }> }>(res.data?.entities).map((e) => [e.id, e.mentions.map((m) => `${m.source.id}:${m.count}`)]));
  expect(Object.keys(byId)).toHaveLength(20);
  expect(byId.hamas).toEqual([`${SEED_SOURCE}:11`, `${DATED_SOURCE}:2`]);
  expect(res.extensions?.roundTrips).toBe(2);
});

test('a source lists the facts it supports', async () => {
  const res = await h.gql(`{ source(id: "${DATED_SOURCE}") { facts { totalCount edges { node { id } } } } }`);
  expect(res.data?.source.facts.totalCount).toBe(5);
  expect(ids(nodes(res.data?.source.facts))).toEqual([
    'hamas--accuses--steve-witkoff',
    'steve-witkoff--mediates--gaza-ceasefire-talks',
    'steve-witkoff--negotiates--hamas',
    'steve-witkoff--participates-in--cairo-talks',
    'steve-witkoff--withdrew-from--gaza-ceasefire-talks',
  ]);
});
