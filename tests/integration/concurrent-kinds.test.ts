// Writes decide inside the transaction: concurrent writers never change an entity's kind silently. Ids that a
// concurrent article took are settled again under the write's locks; a document that gives an entity another
// kind than the graph's is refused, coded, with nothing written; only upsertEntity changes a kind.
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { INGEST, UPSERT_ENTITY } from '../fixtures/mutations';
import { parseFactsDocument, writeFactsBatch } from '../../src/facts/load';

let h: Harness;
let editor: Record<string, string>;

const INGEST_ARTICLE = `mutation($article: ArticleInput!) {
  ingestArticle(article: $article) { source { id } extraction { entities { entityId name kind } } }
}`;
const KINDS = `{ kinds: entities(first: 100, namePrefix: "Sana Forces") { edges { node { id kind } } } }`;

// Team-written sentences: the reader takes "Sana Forces" for a person after a title, for an organization after "The".
const AS_PERSON = (i: number) => `Commander Sana Forces met Egyptian officials in Cairo on day ${i} of the visit.`;
const AS_ORGANIZATION = (i: number) => `The Sana Forces attacked Egypt on day ${i} of the offensive.`;

beforeAll(async () => {
  h = await startHarness({ seed: false, config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'kind-race' });
}, 120_000);
afterAll(async () => { await h.close(); });

async function graphKind(id: string): Promise<string | null> {
  const res = await h.gql('query($id: ID!) { entity(id: $id) { kind } }', { id });
  return res.data?.entity?.kind ?? null;
}

// What the reader makes of each article depends on what the graph already holds when it reads (an article read
// after a committed "Sana Forces" takes the graph's entity; one read while both kinds exist may find the name
// ambiguous), so only what holds for every interleaving is asserted.
test('ten concurrent articles naming one name as a person and as an organization: no kind changes, no kind is minted twice', async () => {
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => h.gql(INGEST_ARTICLE, {
    article: { title: `Sana Forces report ${i}`, text: i % 2 === 0 ? AS_PERSON(i) : AS_ORGANIZATION(i) },
  }, editor)));
  for (const res of answers) expect(res.errors).toBeUndefined();
  // What each article says it wrote is what the graph holds: the kind it read, under the id it was written to.
  const written = answers.flatMap((res) => res.data?.ingestArticle.extraction.entities as Array<{ entityId: string; name: string; kind: string }>)
    .filter((e) => e.name === 'Sana Forces');
  expect(written.length).toBeGreaterThan(0);
  for (const e of written) expect({ id: e.entityId, kind: await graphKind(e.entityId) }).toEqual({ id: e.entityId, kind: e.kind });
  const kindsById = new Map<string, Set<string>>();
  for (const e of written) kindsById.set(e.entityId, (kindsById.get(e.entityId) ?? new Set()).add(e.kind));
  for (const kinds of kindsById.values()) expect(kinds.size).toBe(1);
  const kinds = (await h.gql(KINDS)).data?.kinds.edges.map((e: { node: { kind: string } }) => e.node.kind).sort();
  expect(new Set(kinds).size).toBe(kinds.length);
  for (const kind of kinds) expect(['ORGANIZATION', 'PERSON']).toContain(kind);
});

function document(source: string, kind: string) {
  return {
    source: { id: source, title: `Vela report ${source}` },
    entities: [{ id: 'vela-forces', kind, name: 'Vela Forces' }, { id: 'egypt', kind: 'COUNTRY', name: 'Egypt' }],
    relationships: [{ type: 'STRUCK', from: 'vela-forces', to: 'egypt', quote: `Vela Forces struck Egypt (${source})` }],
  };
}

test('ten concurrent documents disagreeing on a kind: the first kind stands, every other document is refused whole, coded', async () => {
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => h.gql(INGEST, { document: document(`vela-${i}`, i % 2 === 0 ? 'PERSON' : 'ORGANIZATION') }, editor)));
  const kind = await graphKind('vela-forces');
  expect(['PERSON', 'ORGANIZATION']).toContain(kind);
  answers.forEach((res, i) => {
    expect(res.status).toBe(200);
    const sameKind = (i % 2 === 0 ? 'PERSON' : 'ORGANIZATION') === kind;
    if (sameKind) {
      expect(res.errors).toBeUndefined();
    } else {
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.problems).toEqual([{ path: 'document.entities[0].kind', message: expect.stringContaining(`is a ${kind} in the graph`) }]);
    }
  });
  // A refused document left nothing behind: not its source, not its fact's quote.
  const sources = await h.gql('{ sources(first: 100) { edges { node { id } } } }');
  const stored = new Set(sources.data?.sources.edges.map((e: { node: { id: string } }) => e.node.id));
  answers.forEach((res, i) => expect({ source: `vela-${i}`, stored: stored.has(`vela-${i}`) }).toEqual({ source: `vela-${i}`, stored: !res.errors }));
});

test('two documents of one batch (the bulk path) naming an entity with two kinds are refused, nothing written', async () => {
  const first = document('vela-batch-1', 'ORGANIZATION');
  first.entities = [{ id: 'vela-unit', kind: 'PERSON', name: 'Vela Unit' }];
  first.relationships = [];
  const second = { ...first, source: { id: 'vela-batch-2', title: 'Vela batch 2' }, entities: [{ id: 'vela-unit', kind: 'GROUP', name: 'Vela Unit' }] };
  const refused = h.db.write((tx) => writeFactsBatch(tx, [parseFactsDocument(first), parseFactsDocument(second)], 'kind-race', 'batch'));
  await expect(refused).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', problems: [{ path: 'batch.entities[0].kind', message: expect.stringContaining('declared a PERSON earlier') }] },
  });
  expect(await graphKind('vela-unit')).toBeNull();
});

test('upsertEntity, an editor saying so, still changes a kind', async () => {
  const before = await graphKind('vela-forces');
  const other = before === 'PERSON' ? 'ORGANIZATION' : 'PERSON';
  const res = await h.gql(UPSERT_ENTITY, { input: { id: 'vela-forces', kind: other, name: 'Vela Forces' } }, editor);
  expect(res.errors).toBeUndefined();
  expect(res.data?.upsertEntity.status).toBe('UPDATED');
  expect(await graphKind('vela-forces')).toBe(other);
});
