// Auth bypass attempts against every mutation: no token, malformed headers, expired, wrong signature, tampered
// claims, `alg: none`, other algorithms, wrong issuer or audience, missing claims, wrong roles. Each is a coded
// error (UNAUTHENTICATED or FORBIDDEN) and the graph is byte-for-byte unchanged afterwards. A final control
// shows the same five mutations with a valid admin token do write, so the zero writes are the auth's doing.
import { SignJWT, UnsecuredJWT } from 'jose';
import { authConfig, bearer, TEST_SECRET } from '../fixtures/auth';
import { SEED_SOURCE } from '../fixtures/explore';
import { fingerprint, fingerprintDiff, type Fingerprint } from '../fixtures/fingerprint';
import { type Harness, startHarness } from '../fixtures/harness';

const ISSUER = 'https://issuer.test';
const AUDIENCE = 'newsgraph';
const key = (secret: string) => new TextEncoder().encode(secret);

/** One valid, writing call of each mutation. */
const MUTATIONS: Array<{ name: string; query: string; variables: Record<string, unknown> }> = [
  {
    name: 'ingestFacts',
    query: 'mutation($d: FactsDocumentInput!) { ingestFacts(document: $d) { sourceId } }',
    variables: { d: {
      source: { id: 'bypass-source', title: 'Bypass attempt' },
      entities: [{ id: 'bypass-a', kind: 'GROUP', name: 'Bypass A' }, { id: 'bypass-b', kind: 'GROUP', name: 'Bypass B' }],
      relationships: [{ type: 'MEMBER_OF', from: 'bypass-a', to: 'bypass-b', quote: 'A is in B' }],
    } },
  },
  { name: 'upsertEntity', query: 'mutation($i: EntityInput!) { upsertEntity(input: $i) { status } }', variables: { i: { id: 'hamas', kind: 'GROUP', name: 'Renamed by an attacker' } } },
  {
    name: 'addRelationship',
    query: 'mutation($s: ID!, $i: RelationshipInput!) { addRelationship(source: $s, input: $i) { status } }',
    variables: { s: SEED_SOURCE, i: { type: 'NEGOTIATES', from: 'steve-witkoff', to: 'qatar', quote: 'Witkoff held talks with Qatari officials' } },
  },
  { name: 'retractRelationship', query: 'mutation($id: ID!) { retractRelationship(id: $id, reason: "bypass") { id } }', variables: { id: '' } },
  { name: 'mergeEntities', query: 'mutation { mergeEntities(keep: "qatar", duplicate: "israel") { mergedId } }', variables: {} },
];

type Headers = Record<string, string>;
const sign = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (j) => j, secret = TEST_SECRET, alg = 'HS256') =>
  build(new SignJWT(claims).setProtectedHeader({ alg }).setSubject('mallory').setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h')).sign(key(secret));
const header = async (token: string | Promise<string>): Promise<Headers> => ({ authorization: `Bearer ${await token}` });
const swapPayload = (token: string, claims: Record<string, unknown>) => {
  const [head, , signature] = token.split('.');
  return `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
};
const now = () => Math.floor(Date.now() / 1000);

/** Credentials that prove nothing: UNAUTHENTICATED on every mutation. */
const UNAUTHENTICATED: Array<[string, () => Promise<Headers>]> = [
  ['no token', async () => ({})],
  ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
  ['Basic credentials', async () => ({ authorization: 'Basic bmVvNGo6bmVvNGo=' })],
  ['a token without the Bearer scheme', async () => ({ authorization: await sign({ roles: ['admin'] }) })],
  ['two bearer tokens', async () => ({ authorization: `Bearer ${await sign({ roles: ['admin'] })}, Bearer ${await sign({ roles: ['admin'] })}` })],
  ['a bearer of garbage', async () => ({ authorization: 'Bearer not.a.jwt' })],
  ['a bearer with injection', async () => ({ authorization: "Bearer ' OR 1=1 --" })],
  ['a 6 KB bearer', async () => ({ authorization: `Bearer ${'a'.repeat(6000)}` })],
  ['an expired token', () => header(sign({ roles: ['admin'] }, (j) => j.setExpirationTime(now() - 60)))],
  ['a token not valid yet (nbf)', () => header(sign({ roles: ['admin'] }, (j) => j.setNotBefore(now() + 3600)))],
  ['a token signed with another secret', () => header(sign({ roles: ['admin'] }, undefined, 'another-secret-of-at-least-32-characters!!'))],
  ['a token with a tampered payload (editor → admin)', async () => header(swapPayload(await sign({ roles: ['editor'] }), { roles: ['admin'], sub: 'mallory', iss: ISSUER, aud: AUDIENCE, exp: now() + 3600 }))],
  ['an alg none token', async () => header(new UnsecuredJWT({ roles: ['admin'] }).setSubject('mallory').setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode())],
  ['an alg none token with a signature appended', async () => header(`${new UnsecuredJWT({ roles: ['admin'] }).setSubject('m').setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode()}c2ln`)],
  ['an HS512 token with the right secret', () => header(sign({ roles: ['admin'] }, undefined, TEST_SECRET, 'HS512'))],
  ['a wrong issuer', () => header(sign({ roles: ['admin'] }, (j) => j.setIssuer('https://evil.test')))],
  ['a wrong audience', () => header(sign({ roles: ['admin'] }, (j) => j.setAudience('someone-else')))],
  ['no issuer', async () => header(new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('m').setAudience(AUDIENCE).setExpirationTime('1h').sign(key(TEST_SECRET)))],
  ['no audience', async () => header(new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('m').setIssuer(ISSUER).setExpirationTime('1h').sign(key(TEST_SECRET)))],
  ['no expiry', async () => header(new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('m').setIssuer(ISSUER).setAudience(AUDIENCE).sign(key(TEST_SECRET)))],
  ['no subject', async () => header(new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').sign(key(TEST_SECRET)))],
];

/** Valid tokens whose roles do not allow the mutation: FORBIDDEN. */
const FORBIDDEN: Array<[string, () => Promise<Headers>, string[]]> = [
  ['a token with no roles claim', () => header(sign({})), MUTATIONS.map((m) => m.name)],
  ['a token with empty roles', () => header(sign({ roles: [] })), MUTATIONS.map((m) => m.name)],
  ['a reader role', () => header(sign({ roles: ['reader'] })), MUTATIONS.map((m) => m.name)],
  ['roles as a string, not a list', () => header(sign({ roles: 'admin' })), MUTATIONS.map((m) => m.name)],
  ['roles in another case', () => header(sign({ roles: ['EDITOR', 'Admin'] })), MUTATIONS.map((m) => m.name)],
  ['a role in another claim', () => header(sign({ role: 'admin', scope: 'admin editor' })), MUTATIONS.map((m) => m.name)],
  ['an editor merging entities', () => header(sign({ roles: ['editor'] })), ['mergeEntities']],
];

let h: Harness;
let before: Fingerprint;

beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig({ issuer: ISSUER, audience: AUDIENCE }) } });
  const rel = await h.gql('{ relationships(first: 1) { edges { node { id } } } }');
  const retract = MUTATIONS.find((m) => m.name === 'retractRelationship');
  if (retract) retract.variables = { id: rel.data?.relationships.edges[0].node.id };
  before = await fingerprint(h.db);
}, 120_000);
afterAll(async () => { await h.close(); });

const cases = [
  ...UNAUTHENTICATED.flatMap(([label, headers]) => MUTATIONS.map((m) => [m.name, label, 'UNAUTHENTICATED', headers] as const)),
  ...FORBIDDEN.flatMap(([label, headers, names]) => MUTATIONS.filter((m) => names.includes(m.name)).map((m) => [m.name, label, 'FORBIDDEN', headers] as const)),
];

test.each(cases)('%s with %s is %s', async (name, _label, code, headers) => {
  const mutation = MUTATIONS.find((m) => m.name === name);
  const res = await h.gql(mutation?.query ?? '', mutation?.variables, await headers());
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(res.data?.[name] ?? null).toBeNull();
  expect(JSON.stringify(res)).not.toMatch(/node_modules|\bat \w+ \(|TEST_SECRET|secret/);
});

test('after every attempt the graph is byte-for-byte unchanged', async () => {
  const after = await fingerprint(h.db);
  expect(fingerprintDiff(before, after)).toEqual({ removed: [], added: [] });
  expect(after.hash).toBe(before.hash);
  console.log(`auth bypass: ${cases.length} attempts, 0 writes (graph sha256 ${before.hash.slice(0, 16)}…)`);
});

test('control: the same five mutations with a valid admin token all write', async () => {
  const admin = await bearer(['admin'], { subject: 'control', issuer: ISSUER, audience: AUDIENCE });
  for (const m of MUTATIONS) {
    const res = await h.gql(m.query, m.variables, admin);
    expect([m.name, res.errors]).toEqual([m.name, undefined]);
  }
  expect((await fingerprint(h.db)).hash).not.toBe(before.hash);
}, 180_000);
