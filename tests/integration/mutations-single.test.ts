// upsertEntity and addRelationship: created / updated / unchanged, provenance required, every problem listed.
import { authConfig, bearer } from '../fixtures/auth';
import { graphCounts, type Harness, startHarness } from '../fixtures/harness';
import { SEED_SOURCE } from '../fixtures/explore';
import { ADD_RELATIONSHIP, pathsOf, problemsOf, UPSERT_ENTITY } from '../fixtures/mutations';

let h: Harness;
let editor: Record<string, string>;
beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'bob' });
});
afterAll(async () => { await h.close(); });

describe('upsertEntity', () => {
  const input = { id: 'jane-envoy', kind: 'PERSON', name: 'Jane Envoy', aliases: ['J. Envoy'], roles: ['Envoy'], externalIds: { wikidata: 'Q1' } };

  test('creates, then reports unchanged, then updated; aliases and roles accumulate', async () => {
    const created = await h.gql(UPSERT_ENTITY, { input }, editor);
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertEntity).toEqual({ status: 'CREATED', entity: { id: 'jane-envoy', name: 'Jane Envoy', kind: 'PERSON', aliases: ['J. Envoy'], description: null, externalIds: { wikidata: 'Q1' }, roles: ['Envoy'] } });
    expect((await h.gql(UPSERT_ENTITY, { input }, editor)).data?.upsertEntity.status).toBe('UNCHANGED');
    const updated = await h.gql(UPSERT_ENTITY, { input: { id: 'jane-envoy', kind: 'PERSON', name: 'Jane Q. Envoy', aliases: ['Envoy Jane'], description: 'An envoy (test).' } }, editor);
    expect(updated.data?.upsertEntity).toMatchObject({ status: 'UPDATED', entity: { name: 'Jane Q. Envoy', aliases: ['J. Envoy', 'Envoy Jane'], roles: ['Envoy'], description: 'An envoy (test).' } });
    expect((await h.gql(`{ lookup(name: "envoy jane") { id } }`)).data?.lookup).toEqual([{ id: 'jane-envoy' }]);
  });

  test('bad slug, unknown kind, over-long name and too many aliases are all reported together', async () => {
    const before = await graphCounts(h.db);
    const res = await h.gql(UPSERT_ENTITY, { input: { id: '-Bad--slug', kind: 'ALIEN', name: 'x'.repeat(201), aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) } }, editor);
    expect(pathsOf(res)).toEqual(['input.aliases', 'input.id', 'input.kind', 'input.name']);
    expect(problemsOf(res).find((p) => p.path === 'input.id')?.message).toMatch(/slug/);
    expect(await graphCounts(h.db)).toEqual(before);
  });
});

describe('addRelationship', () => {
  const rel = { type: 'NEGOTIATES', from: 'steve-witkoff', to: 'qatar', quote: 'Witkoff held talks with Qatari officials', since: '2025-07-01' };

  test('adds a fact with its quote; again is unchanged; another quote adds provenance (updated)', async () => {
    const created = await h.gql(ADD_RELATIONSHIP, { source: SEED_SOURCE, input: rel }, editor);
    expect(created.errors).toBeUndefined();
    expect(created.data?.addRelationship).toEqual({
      status: 'CREATED',
      relationship: { id: 'steve-witkoff--negotiates--qatar', type: 'NEGOTIATES', from: { id: 'steve-witkoff' }, to: { id: 'qatar' }, since: '2025-07-01', until: null, confidence: null,
        sources: [{ quote: rel.quote, source: { id: SEED_SOURCE } }] },
    });
    expect((await h.gql(ADD_RELATIONSHIP, { source: SEED_SOURCE, input: rel }, editor)).data?.addRelationship.status).toBe('UNCHANGED');
    const second = await h.gql(ADD_RELATIONSHIP, { source: SEED_SOURCE, input: { ...rel, quote: 'talks with Qatar' } }, editor);
    expect(second.data?.addRelationship.status).toBe('UPDATED');
    expect(second.data?.addRelationship.relationship.sources).toHaveLength(2);
  });

  test('unknown ends and an unknown source are BAD_USER_INPUT with their paths; nothing written', async () => {
    const before = await graphCounts(h.db);
    const res = await h.gql(ADD_RELATIONSHIP, { source: 'no-such-source', input: { ...rel, from: 'nobody', to: 'nowhere' } }, editor);
    expect(pathsOf(res)).toEqual(['input.from', 'input.to', 'source']);
    expect(await graphCounts(h.db)).toEqual(before);
  });

  test('empty quote, unknown type, bad date, confidence out of range, bad source slug: one error', async () => {
    const res = await h.gql(ADD_RELATIONSHIP, { source: 'Not A Slug', input: { ...rel, type: 'LOVES', quote: '', until: '2025-13-01', confidence: -0.1 } }, editor);
    expect(pathsOf(res)).toEqual(['input.confidence', 'input.quote', 'input.type', 'input.until', 'source']);
  });

  test('a self-loop and until before since are refused', async () => {
    const res = await h.gql(ADD_RELATIONSHIP, { source: SEED_SOURCE, input: { ...rel, to: 'steve-witkoff', until: '2024-01-01' } }, editor);
    expect(pathsOf(res)).toEqual(['input.to', 'input.until']);
  });
});
