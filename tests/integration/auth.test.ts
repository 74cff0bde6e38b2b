// Auth: reads open by default, every mutation needs a valid bearer token with the right role; exp, issuer,
// audience and the signing key are enforced; HS256 secrets and JWKS endpoints both work.
import http from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { authConfig, bearer, TEST_SECRET } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { testCypher } from '../fixtures/testCypher';

const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { status entity { id } } }`;
const entity = { id: 'auth-test-person', kind: 'PERSON', name: 'Auth Test Person' };

function codeOf(res: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown {
  return res.errors?.[0]?.extensions?.code;
}

describe('with an HS256 secret', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ config: { auth: authConfig({ issuer: 'https://issuer.test', audience: 'newsgraph' }) } }); });
  afterAll(async () => { await h.close(); });
  const good = { issuer: 'https://issuer.test', audience: 'newsgraph' };

  test('reads need no token', async () => {
    const res = await h.gql(`{ entity(id: "qatar") { name } }`);
    expect(res.data?.entity?.name).toBe('Qatar');
  });

  test('a mutation without a token is UNAUTHENTICATED and writes nothing', async () => {
    const res = await h.gql(UPSERT, { input: entity });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect((await h.gql(`{ entity(id: "auth-test-person") { id } }`)).data?.entity).toBeNull();
  });

  test('an editor token writes, and the token subject is stored as the writer', async () => {
    const res = await h.gql(UPSERT, { input: entity }, await bearer(['editor'], { ...good, subject: 'alice' }));
    expect(res.errors).toBeUndefined();
    expect(res.data?.upsertEntity).toEqual({ status: 'CREATED', entity: { id: 'auth-test-person' } });
    const [row] = await h.db.readText(testCypher('entity-audit'), { id: 'auth-test-person' });
    expect(row).toMatchObject({ createdBy: 'alice', updatedBy: 'alice' });
  });

  test('a token without the editor role is FORBIDDEN', async () => {
    const res = await h.gql(UPSERT, { input: entity }, await bearer(['reader'], good));
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  test('an expired token is UNAUTHENTICATED', async () => {
    const res = await h.gql(UPSERT, { input: entity }, await bearer(['editor'], { ...good, expiresIn: '-10s' }));
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });

  test('a token without exp is UNAUTHENTICATED', async () => {
    const token = await new SignJWT({ roles: ['editor'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
      .setIssuer(good.issuer).setAudience(good.audience).sign(new TextEncoder().encode(TEST_SECRET));
    const res = await h.gql(UPSERT, { input: entity }, { authorization: `Bearer ${token}` });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  test('a token signed with another secret is UNAUTHENTICATED', async () => {
    const res = await h.gql(UPSERT, { input: entity }, await bearer(['editor'], { ...good, secret: 'another-secret-of-enough-length-0123456789' }));
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  test('an unsigned (alg none) token is UNAUTHENTICATED', async () => {
    const token = new UnsecuredJWT({ roles: ['admin'] }).setSubject('mallory').setIssuer(good.issuer).setAudience(good.audience).setExpirationTime('1h').encode();
    const res = await h.gql(UPSERT, { input: entity }, { authorization: `Bearer ${token}` });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  test('a wrong issuer or audience is UNAUTHENTICATED', async () => {
    const wrongIssuer = await h.gql(UPSERT, { input: entity }, await bearer(['editor'], { ...good, issuer: 'https://evil.test' }));
    expect(codeOf(wrongIssuer)).toBe('UNAUTHENTICATED');
    const wrongAudience = await h.gql(UPSERT, { input: entity }, await bearer(['editor'], { ...good, audience: 'other' }));
    expect(codeOf(wrongAudience)).toBe('UNAUTHENTICATED');
  });

  test('a malformed Authorization header is UNAUTHENTICATED, even for reads', async () => {
    const res = await h.gql(`{ entity(id: "qatar") { name } }`, {}, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});

describe('with AUTH_REQUIRED_FOR_READS', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ seed: false, config: { auth: authConfig({ requiredForReads: true }) } }); });
  afterAll(async () => { await h.close(); });

  test('a read without a token is UNAUTHENTICATED; with any valid token it works', async () => {
    const anonymous = await h.gql(`{ entity(id: "qatar") { name } }`);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const withToken = await h.gql(`{ entity(id: "qatar") { name } }`, {}, await bearer([]));
    expect(withToken.errors).toBeUndefined();
  });
});

describe('with a JWKS URL', () => {
  let h: Harness;
  let jwks: http.Server;
  let sign: (roles: string[]) => Promise<string>;
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ keys: [jwk] })); });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const address = jwks.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    sign = (roles) => new SignJWT({ roles }).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setSubject('rsa-user').setExpirationTime('5m').sign(privateKey);
    h = await startHarness({ seed: false, config: { auth: authConfig({ jwtSecret: null, jwksUrl: `http://127.0.0.1:${port}/jwks.json` }) } });
  });
  afterAll(async () => { await h.close(); jwks.close(); });

  test('an RS256 token from the key set is accepted; an HS256 one is not', async () => {
    const ok = await h.gql(UPSERT, { input: { ...entity, id: 'jwks-person' } }, { authorization: `Bearer ${await sign(['editor'])}` });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.upsertEntity.status).toBe('CREATED');
    const hs = await h.gql(UPSERT, { input: entity }, await bearer(['editor']));
    expect(codeOf(hs)).toBe('UNAUTHENTICATED');
  });
});
