// mergeEntities: relationships move or combine (sources merged), names become aliases, the old id resolves,
// later documents naming the old id land on the kept entity.
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { SEED_SOURCE } from '../fixtures/explore';
import { INGEST, MERGE, pathsOf } from '../fixtures/mutations';

let h: Harness;
let admin: Record<string, string>;
beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  admin = await bearer(['admin'], { subject: 'dana' });
  const res = await h.gql(INGEST, { document: {
    source: { id: 'duplicate-source', title: 'A wire story naming the USA differently (test)' },
    entities: [{ id: 'usa', kind: 'COUNTRY', name: 'USA', aliases: ['Uncle Sam'], externalIds: { gdelt: 'USA' } }],
    relationships: [
      { type: 'STRUCK', from: 'usa', to: 'iran', quote: 'the USA struck Iran' },
      { type: 'ACCUSES', from: 'usa', to: 'hamas', quote: 'the USA accused Hamas' },
      { type: 'NEGOTIATES', from: 'united-states', to: 'usa', quote: 'a confused sentence' },
      { type: 'ENVOY_OF', from: 'steve-witkoff', to: 'usa', quote: 'the USA envoy' },
    ],
  } }, admin);
  expect(res.errors).toBeUndefined();
});
afterAll(async () => { await h.close(); });

test('an editor may not merge', async () => {
  const res = await h.gql(MERGE, { keep: 'united-states', duplicate: 'usa' }, await bearer(['editor']));
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('bad merges are BAD_USER_INPUT with their paths', async () => {
  expect(pathsOf(await h.gql(MERGE, { keep: 'usa', duplicate: 'usa' }, admin))).toEqual(['duplicate']);
  expect(pathsOf(await h.gql(MERGE, { keep: 'atlantis', duplicate: 'Not A Slug' }, admin))).toEqual(['duplicate']);
  expect(pathsOf(await h.gql(MERGE, { keep: 'atlantis', duplicate: 'el-dorado' }, admin))).toEqual(['duplicate', 'keep']);
});

test('merging moves, combines and retracts relationships and deletes the duplicate', async () => {
  const res = await h.gql(MERGE, { keep: 'united-states', duplicate: 'usa' }, admin);
  expect(res.errors).toBeUndefined();
  expect(res.data?.mergeEntities).toMatchObject({
    mergedId: 'usa', relationshipsMoved: 1, relationshipsCombined: 2, relationshipsRetracted: 1,
    entity: { id: 'united-states', name: 'United States' },
  });
  expect(res.data?.mergeEntities.entity.aliases).toEqual(expect.arrayContaining(['U.S.', 'USA', 'Uncle Sam']));
});

test('the old id resolves to the kept entity, and lookups by its names find it', async () => {
  const res = await h.gql(`{ entity(id: "usa") { id externalIds } lookup(name: "uncle sam") { id } }`);
  expect(res.data?.entity).toEqual({ id: 'united-states', externalIds: { wikidata: 'Q30', gdelt: 'USA' } }); // the kept entity's ids win, the duplicate's are added
  expect(res.data?.lookup).toEqual([{ id: 'united-states' }]);
});

test('a parallel relationship combines both sources; a new one moves with its source', async () => {
  const res = await h.gql(`{
    struck: relationship(id: "united-states--struck--iran") { sources { quote source { id } } }
    envoy: relationship(id: "steve-witkoff--envoy-of--united-states") { sources { source { id } } }
    accuses: relationship(id: "united-states--accuses--hamas") { from { id } sources { quote } }
    gone: relationships(from: "usa", includeRetracted: true) { totalCount }
    loop: relationship(id: "united-states--negotiates--united-states", includeRetracted: true) { retraction { by reason } sources { quote } }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.struck.sources.map((s: { source: { id: string } }) => s.source.id).sort()).toEqual(['duplicate-source', SEED_SOURCE]);
  expect(res.data?.envoy.sources.map((s: { source: { id: string } }) => s.source.id).sort()).toEqual(['duplicate-source', SEED_SOURCE]);
  expect(res.data?.accuses).toEqual({ from: { id: 'united-states' }, sources: [{ quote: 'the USA accused Hamas' }] });
  expect(res.data?.gone.totalCount).toBe(0);
  expect(res.data?.loop).toEqual({ retraction: { by: 'dana', reason: expect.stringContaining('merging "usa"') }, sources: [{ quote: 'a confused sentence' }] });
});

test('a later document naming the old id writes onto the kept entity, not a new duplicate', async () => {
  const res = await h.gql(INGEST, { document: {
    source: { id: 'later-source', title: 'Later (test)' },
    entities: [{ id: 'usa', kind: 'COUNTRY', name: 'The USA' }],
    relationships: [{ type: 'HOSTS', from: 'usa', to: 'gaza-ceasefire-talks', quote: 'the USA hosted' }],
  } }, admin);
  expect(res.errors).toBeUndefined();
  const read = await h.gql(`{ entity(id: "united-states") { name aliases } entities(namePrefix: "the usa") { totalCount } relationship(id: "united-states--hosts--gaza-ceasefire-talks") { id } }`);
  expect(read.data?.entity.name).toBe('United States');
  expect(read.data?.entity.aliases).toContain('The USA');
  expect(read.data?.entities.totalCount).toBe(0);
  expect(read.data?.relationship).toEqual({ id: 'united-states--hosts--gaza-ceasefire-talks' });
  expect(pathsOf(await h.gql(MERGE, { keep: 'united-states', duplicate: 'usa' }, admin))).toEqual(['duplicate']);
});
