// Paths: "how is X connected to Y?" as one query, each hop with its direction and provenance.
import { type Harness, startHarness } from '../fixtures/harness';
import { SEED_SOURCE, ids } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

interface Step { forward: boolean; start: { id: string }; end: { id: string }; relationship: { id: string; type: string } }
interface Path { length: number; nodes: Array<{ id: string }>; steps: Step[] }

const PATH_FIELDS = 'length nodes { id } steps { forward start { id } end { id } relationship { id type } }';

async function paths(args: string): Promise<Path[]> {
  const res = await h.gql<{ path: Path[] }>(`{ path(${args}) { ${PATH_FIELDS} } }`);
  expect(res.errors).toBeUndefined();
  return res.data?.path ?? [];
}

/** A path as `a -TYPE-> b <-TYPE- c`, to compare whole answers at a glance. */
function spelled(path: Path): string {
  return path.steps.reduce((text, s) => `${text} ${s.forward ? `-${s.relationship.type}->` : `<-${s.relationship.type}-`} ${s.end.id}`, path.nodes[0]?.id ?? '');
}

test('how is Witkoff connected to Hamas? Directly: he accuses Hamas, says the article', async () => {
  const res = await h.gql(`{ path(from: "steve-witkoff", to: "hamas") {
    length nodes { id name }
    steps { forward start { id } end { id } relationship { id type from { id } to { id } sources { quote source { id } } } }
  } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.path).toEqual([{
    length: 1,
    nodes: [{ id: 'steve-witkoff', name: 'Steve Witkoff' }, { id: 'hamas', name: 'Hamas' }],
    steps: [{
      forward: true,
      start: { id: 'steve-witkoff' },
      end: { id: 'hamas' },
      relationship: {
        id: 'steve-witkoff--accuses--hamas',
        type: 'ACCUSES',
        from: { id: 'steve-witkoff' },
        to: { id: 'hamas' },
        sources: [{ quote: 'Hamas does not appear to be coordinated or acting in good faith', source: { id: SEED_SOURCE } }],
      },
    }],
  }]);
});

test('walked the other way, the same hop goes against the relationship', async () => {
  const [path] = await paths('from: "hamas", to: "steve-witkoff"');
  expect(path && spelled(path)).toBe('hamas <-ACCUSES- steve-witkoff');
  expect(path?.steps[0]).toMatchObject({ forward: false, start: { id: 'hamas' }, end: { id: 'steve-witkoff' } });
});

test('restricted to envoy, mediation and participation, Witkoff reaches Hamas in three hops', async () => {
  const found = await paths('from: "steve-witkoff", to: "hamas", types: [ENVOY_OF, MEDIATES, PARTICIPATES_IN]');
  expect(found.map(spelled)).toEqual(['steve-witkoff -ENVOY_OF-> united-states -MEDIATES-> gaza-ceasefire-talks <-PARTICIPATES_IN- hamas']);
  expect(found[0]?.length).toBe(3);
  expect(ids(found[0]?.steps.map((s) => s.relationship) ?? [])).toEqual([
    'steve-witkoff--envoy-of--united-states', 'united-states--mediates--gaza-ceasefire-talks', 'hamas--participates-in--gaza-ceasefire-talks',
  ]);
});

test('allShortest lists every shortest path, ordered by the ids along them', async () => {
  const all = await paths('from: "united-states", to: "hamas", allShortest: true');
  expect(all.map(spelled)).toEqual([
    'united-states -MEDIATES-> gaza-ceasefire-talks <-PARTICIPATES_IN- hamas',
    'united-states -WITHDREW_FROM-> gaza-ceasefire-talks <-PARTICIPATES_IN- hamas',
    'united-states <-ENVOY_OF- steve-witkoff -ACCUSES-> hamas',
  ]);
  const one = await paths('from: "united-states", to: "hamas"');
  expect(one.map(spelled)).toEqual([all.map(spelled)[0]]);
});

test('no path within maxHops gives an empty list', async () => {
  expect(await paths('from: "steve-witkoff", to: "hamas", types: [ENVOY_OF, MEDIATES, PARTICIPATES_IN], maxHops: 2')).toEqual([]);
  expect((await paths('from: "steve-witkoff", to: "hamas", types: [ENVOY_OF, MEDIATES, PARTICIPATES_IN], maxHops: 3'))).toHaveLength(1);
});

test('entities in different components have no path', async () => {
  expect(await paths('from: "russia", to: "hamas", maxHops: 6')).toEqual([]);
});

test('unknown ids give an empty list, not an error', async () => {
  expect(await paths('from: "atlantis", to: "hamas"')).toEqual([]);
  expect(await paths('from: "hamas", to: "atlantis"')).toEqual([]);
  expect(await paths('from: "atlantis", to: "el-dorado"')).toEqual([]);
});

test('a three-hop path with every end and its provenance takes two round trips', async () => {
  const res = await h.gql(`{ path(from: "steve-witkoff", to: "hamas", types: [ENVOY_OF, MEDIATES, PARTICIPATES_IN], allShortest: true) {
    nodes { name } steps { start { name } end { name } relationship { from { name } to { name } sources { quote source { title } } } }
  } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.path[0].steps).toHaveLength(3);
  expect(res.extensions?.roundTrips).toBe(2);
});
