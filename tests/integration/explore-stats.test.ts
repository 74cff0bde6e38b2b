// Stats and the relationship vocabulary as data.
import { type Harness, startHarness } from '../fixtures/harness';
import { wipeTestDatabase } from '../fixtures/testDatabase';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const STATS = `{ stats {
  entityCount relationshipCount sourceCount
  entitiesByKind { kind count } relationshipsByType { type count }
  mostConnected(first: 5) { degree entity { id } }
} }`;

test('stats of the seed graph: every kind, the types in use most first, the most connected', async () => {
  const res = await h.gql(STATS);
  expect(res.errors).toBeUndefined();
  expect(res.data?.stats).toEqual({
    entityCount: 19,
    relationshipCount: 35,
    sourceCount: 1,
    entitiesByKind: [
      { kind: 'PERSON', count: 2 }, { kind: 'COUNTRY', count: 6 }, { kind: 'ORGANIZATION', count: 2 },
      { kind: 'PLACE', count: 2 }, { kind: 'EVENT', count: 4 }, { kind: 'GROUP', count: 3 },
    ],
    relationshipsByType: [
      { type: 'PARTICIPATES_IN', count: 5 }, { type: 'IN_CONFLICT_WITH', count: 4 }, { type: 'ACCUSES', count: 3 },
      { type: 'STRUCK', count: 3 }, { type: 'WITHDREW_FROM', count: 3 }, { type: 'LOCATED_IN', count: 2 },
      { type: 'MEDIATES', count: 2 }, { type: 'NEGOTIATES', count: 2 }, { type: 'PLEDGED', count: 2 },
      { type: 'RELEASED', count: 2 }, { type: 'DETAINS', count: 1 }, { type: 'ENVOY_OF', count: 1 },
      { type: 'HOLDS_CAPTIVE', count: 1 }, { type: 'LEADS', count: 1 }, { type: 'PROPOSED', count: 1 },
      { type: 'RESTRICTS_AID_TO', count: 1 }, { type: 'WARNS_ABOUT', count: 1 },
    ],
    mostConnected: [
      { degree: 13, entity: { id: 'israel' } }, { degree: 11, entity: { id: 'hamas' } },
      { degree: 7, entity: { id: 'gaza-ceasefire-talks' } }, { degree: 6, entity: { id: 'united-states' } },
      { degree: 5, entity: { id: 'donald-trump' } },
    ],
  });
});

test('the counts are one round trip and the most connected another, each only when asked for', async () => {
  const counts = await h.gql(`{ stats { entityCount relationshipCount sourceCount entitiesByKind { kind } relationshipsByType { type } } }`);
  expect(counts.extensions?.roundTrips).toBe(1);
  const connected = await h.gql(`{ stats { mostConnected { degree entity { name } } } }`);
  expect(connected.extensions?.roundTrips).toBe(1);
  expect((await h.gql(STATS)).extensions?.roundTrips).toBe(2);
});

test('relationshipTypes lists the vocabulary with CAMEO codes and quad classes', async () => {
  const res = await h.gql(`{ relationshipTypes { type description cameoCode cameoLabel quadClass } }`);
  const types = res.data?.relationshipTypes as Array<{ type: string }>;
  expect(types).toHaveLength(30);
  const byType = Object.fromEntries(types.map((t) => [t.type, t]));
  expect(byType.MEDIATES).toEqual({ type: 'MEDIATES', description: 'acts as a go-between in talks or a conflict', cameoCode: '045', cameoLabel: 'Mediate', quadClass: 'VERBAL_COOPERATION' });
  expect(byType.RESTRICTS_AID_TO).toMatchObject({ cameoCode: '162', quadClass: 'MATERIAL_CONFLICT' });
  expect(byType.LEADS).toMatchObject({ cameoCode: null, cameoLabel: null, quadClass: null });
  expect(byType.CEASEFIRE_WITH).toMatchObject({ cameoCode: '0871', cameoLabel: 'Declare truce, ceasefire', quadClass: 'MATERIAL_COOPERATION' });
  expect(res.extensions?.roundTrips).toBe(0);
});

test('on an empty graph every kind is still listed, with zero', async () => {
  await wipeTestDatabase(h.db);
  const res = await h.gql(STATS);
  expect(res.data?.stats).toEqual({
    entityCount: 0,
    relationshipCount: 0,
    sourceCount: 0,
    entitiesByKind: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'EVENT', 'GROUP'].map((kind) => ({ kind, count: 0 })),
    relationshipsByType: [],
    mostConnected: [],
  });
});
