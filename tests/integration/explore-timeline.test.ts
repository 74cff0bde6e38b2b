// Timelines: an entity's dated relationships in date order (since, else until), then the undated ones.
import { type Harness, startHarness } from '../fixtures/harness';
import { loadDatedFacts } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadDatedFacts(h.db);
});
afterAll(async () => { await h.close(); });

interface Entry { date: string | null; undated: boolean; event: { id: string } | null; relationship: { id: string } }

async function timeline(args: string): Promise<{ entity: { id: string }; truncated: boolean; entries: Entry[] } | null> {
  const res = await h.gql(`{ timeline(${args}) { entity { id } truncated entries { date undated event { id } relationship { id } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data?.timeline ?? null;
}

const row = (e: Entry) => [e.date, e.relationship.id, e.event?.id ?? null];

test('Witkoff\'s timeline: dated entries in date order, ties by id, then undated ones marked undated', async () => {
  const t = await timeline('id: "steve-witkoff"');
  expect(t?.entity.id).toBe('steve-witkoff');
  expect(t?.truncated).toBe(false);
  expect(t?.entries.map(row)).toEqual([
    ['2024-11-05', 'steve-witkoff--participates-in--cairo-talks', 'cairo-talks'],
    ['2025-01-10', 'steve-witkoff--mediates--gaza-ceasefire-talks', 'gaza-ceasefire-talks'],
    ['2025-03-01', 'hamas--accuses--steve-witkoff', null],
    ['2025-03-01', 'steve-witkoff--negotiates--hamas', null], // dated by `until` only
    ['2025-07-24', 'steve-witkoff--withdrew-from--gaza-ceasefire-talks', 'gaza-ceasefire-talks'], // a seed fact, dated by the second source
    [null, 'steve-witkoff--accuses--hamas', null],
    [null, 'steve-witkoff--envoy-of--united-states', null],
  ]);
  expect(t?.entries.map((e) => e.undated)).toEqual([false, false, false, false, false, true, true]);
});

test('a date range keeps the dated entries inside it and still lists the undated ones after', async () => {
  const t = await timeline('id: "steve-witkoff", from: "2025-01-01", to: "2025-03-01"');
  expect(t?.entries.map(row)).toEqual([
    ['2025-01-10', 'steve-witkoff--mediates--gaza-ceasefire-talks', 'gaza-ceasefire-talks'],
    ['2025-03-01', 'hamas--accuses--steve-witkoff', null],
    ['2025-03-01', 'steve-witkoff--negotiates--hamas', null],
    [null, 'steve-witkoff--accuses--hamas', null],
    [null, 'steve-witkoff--envoy-of--united-states', null],
  ]);
});

test('first cuts the timeline and says so', async () => {
  const t = await timeline('id: "steve-witkoff", first: 2');
  expect(t?.truncated).toBe(true);
  expect(t?.entries.map((e) => e.relationship.id)).toEqual(['steve-witkoff--participates-in--cairo-talks', 'steve-witkoff--mediates--gaza-ceasefire-talks']);
  const all = await timeline('id: "steve-witkoff", first: 7');
  expect([all?.truncated, all?.entries.length]).toEqual([false, 7]);
});

test('an entity with only undated relationships lists them all as undated', async () => {
  const t = await timeline('id: "qatar"');
  expect(t?.entries.map(row)).toEqual([[null, 'qatar--mediates--gaza-ceasefire-talks', 'gaza-ceasefire-talks']]);
});

test('an unknown id gives null', async () => {
  expect(await timeline('id: "atlantis"')).toBeNull();
});

test('the entries\' relationships come with both ends and their provenance in two round trips', async () => {
  const res = await h.gql(`{ timeline(id: "steve-witkoff") { entity { name } entries { event { name } relationship { from { name } to { name } sources { quote source { id } } } } } }`);
  expect(res.errors).toBeUndefined();
  const withdrew = res.data?.timeline.entries[4].relationship;
  expect(withdrew.sources.map((s: { source: { id: string } }) => s.source.id).sort()).toEqual(['dated-witkoff-diary', 'internewscast-us-withdraws-gaza-negotiators']);
  expect(res.extensions?.roundTrips).toBe(2);
});
