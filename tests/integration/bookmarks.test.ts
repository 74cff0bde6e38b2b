// Read-your-writes across instances with x-neo4j-bookmark: two servers over the one test Neo4j.
//
// What this proves on Community (one instance): a mutation hands back its write's bookmark (header and
// `extensions.bookmark`, the same string); another instance given it serves reads that see the write; the
// bookmark reaches Neo4j's sessions, reads through DataLoaders and writes alike, since Neo4j refuses a bookmark
// it cannot parse and waits for (then gives up on) one it has not reached; bad headers are refused before any
// database work. What it cannot prove: the wait itself on a lagging cluster member. A single instance has
// committed every bookmark it issued, so instance B would have seen the write without the header too.
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { type Instance, startInstance } from '../fixtures/live';
import { UPSERT_ENTITY } from '../fixtures/mutations';

const HEADER = 'x-neo4j-bookmark';
const ENTITY = `query($id: ID!) { entity(id: $id) { id name relationships(first: 1) { totalCount } } }`;

let a: Harness;
let b: Instance;
let editor: Record<string, string>;

beforeAll(async () => {
  a = await startHarness({ config: { auth: authConfig() } });
  b = await startInstance(a);
  editor = await bearer(['editor'], { subject: 'bookmark-writer' });
}, 180_000);
afterAll(async () => {
  await b?.close();
  await a?.close();
});

interface Answer {
  status: number;
  header: string | null;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, header: response.headers.get(HEADER), body: (await response.json()) as Answer['body'] };
}

function upsert(id: string, headers: Record<string, string> = {}): Promise<Answer> {
  return post(a.url, UPSERT_ENTITY, { input: { id, kind: 'PERSON', name: `Bookmark ${id}` } }, { ...editor, ...headers });
}

/** A bookmark of the same database as `real`, for a transaction far in its future (Neo4j 5's packstream layout). */
function futureOf(real: string): string {
  const bytes = Buffer.from(real.slice('FB:'.length), 'base64');
  // [list of 1] [bytes(16): database id] [transaction id] [empty list]: keep the id, swap in INT_32 max.
  expect(bytes.subarray(0, 3).toString('hex')).toBe('91cc10');
  expect(bytes[bytes.length - 1]).toBe(0x90);
  return `FB:${Buffer.concat([bytes.subarray(0, 19), Buffer.from('ca7fffffff90', 'hex')]).toString('base64')}`;
}

describe('x-neo4j-bookmark', () => {
  test('a mutation through instance A returns its bookmark as the header and extensions.bookmark', async () => {
    const written = await upsert('bookmark-a');
    expect(written.status).toBe(200);
    expect(written.body.errors).toBeUndefined();
    expect(written.header).toMatch(/^[\x21-\x2b\x2d-\x7e]+$/);
    expect(written.body.extensions?.bookmark).toBe(written.header);
  });

  test('instance B, given that bookmark, reads the write; its read answers carry no bookmark', async () => {
    const written = await upsert('bookmark-b');
    const read = await post(b.url, ENTITY, { id: 'bookmark-b' }, { [HEADER]: written.header ?? '' });
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.entity).toEqual({ id: 'bookmark-b', name: 'Bookmark bookmark-b', relationships: { totalCount: 0 } });
    expect(read.header).toBeNull();
    expect(read.body.extensions?.bookmark).toBeUndefined();
  });

  test('a write sent with an earlier bookmark returns a new one that supersedes it', async () => {
    const first = await upsert('bookmark-c');
    const second = await upsert('bookmark-d', { [HEADER]: first.header ?? '' });
    expect(second.body.errors).toBeUndefined();
    expect(second.header).toBeTruthy();
    expect(second.header).not.toBe(first.header);
    expect(second.header?.split(',')).toHaveLength(1);
  });

  test('several bookmarks, comma-separated with or without spaces, are accepted', async () => {
    const one = (await upsert('bookmark-e')).header ?? '';
    const two = (await upsert('bookmark-f')).header ?? '';
    const read = await post(b.url, ENTITY, { id: 'bookmark-f' }, { [HEADER]: `${one}, ${two},` });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.entity?.id).toBe('bookmark-f');
  });

  test.each([
    ['too long', 'FB:' + 'a'.repeat(5000), /longer than 4096/],
    ['too many', Array.from({ length: 17 }, (_, i) => `FB:b${i}`).join(','), /more than 16 bookmarks/],
    ['not printable ASCII', 'FB:abc d', /visible ASCII/],
    ['not ASCII at all', 'FB:caf\u00e9', /visible ASCII/],
  ])('a header %s is BAD_USER_INPUT with HTTP 400, before any database work', async (_name, value, message) => {
    const res = await post(b.url, ENTITY, { id: 'qatar' }, { [HEADER]: value });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(message);
  });

  test('a bookmark Neo4j cannot parse is BAD_USER_INPUT on reads through loaders and on writes, never 5xx', async () => {
    // Without the bookmark these succeed; Neo4j refusing it proves the sessions were given it.
    const read = await post(b.url, ENTITY, { id: 'qatar' }, { [HEADER]: 'FB:garbage' });
    expect(read.status).toBe(200);
    expect(read.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(read.body.errors?.[0]?.message).toMatch(/x-neo4j-bookmark/);
    expect(JSON.stringify(read.body)).not.toMatch(/stacktrace|Neo4jError|packstream/i);

    const write = await upsert('bookmark-refused', { [HEADER]: 'FB:garbage' });
    expect(write.status).toBe(200);
    expect(write.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(write.header).toBeNull();
    expect((await post(a.url, ENTITY, { id: 'bookmark-refused' }, {})).body.data?.entity).toBeNull();
  });

  test('a bookmark from the future is BOOKMARK_TIMEOUT once Neo4j stops waiting, never 5xx', async () => {
    // The embedded Neo4j waits 2 s (db.transaction.bookmark_ready_timeout), and the driver retries it once or twice.
    const future = futureOf((await upsert('bookmark-g')).header ?? '');
    const res = await post(b.url, `{ stats { entityCount } }`, {}, { [HEADER]: future });
    expect(res.status).toBe(200);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BOOKMARK_TIMEOUT']);
    expect(res.body.errors?.[0]?.message).toMatch(/did not catch up/);
    // Not an outage: the instance still answers.
    expect((await post(b.url, `{ stats { entityCount } }`, {})).body.errors).toBeUndefined();
  }, 120_000);

  test('CORS lets a browser send the header and read it back', async () => {
    const origin = 'https://studio.apollographql.com';
    const preflight = await fetch(b.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': `content-type,${HEADER}` } });
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(new RegExp(HEADER));
    const written = await upsert('bookmark-cors', { origin });
    expect(written.header).toBeTruthy();
    const response = await fetch(a.url, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{"query":"{ __typename }"}' });
    expect(response.headers.get('access-control-expose-headers')).toMatch(new RegExp(HEADER));
  });
});
