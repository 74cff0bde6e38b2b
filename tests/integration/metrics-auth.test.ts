// /metrics is guarded like reads: open by default; when reads need a token, it needs one too; with METRICS_TOKEN
// set, only that token opens it. Refusals are coded JSON (401 UNAUTHENTICATED), never the metrics.
import { loadConfig } from '../../src/config';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';

const METRICS_TOKEN = 'scraper-token-0123456789abcdef';

let open: Harness;
let guarded: Harness;
let tokened: Harness;
const metricsOf = (h: Harness, headers: Record<string, string> = {}) => fetch(h.url.replace(/\/graphql$/, '/metrics'), { headers });

beforeAll(async () => {
  open = await startHarness({ seed: false });
  guarded = await startHarness({ seed: false, config: { auth: authConfig({ requiredForReads: true }) } });
  tokened = await startHarness({ seed: false, config: { auth: authConfig({ requiredForReads: true }), metricsToken: METRICS_TOKEN } });
}, 120_000);
afterAll(async () => {
  await Promise.all([open?.close(), guarded?.close(), tokened?.close()]);
});

async function expectRefused(res: Response): Promise<void> {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe('Bearer');
  const body = await res.json();
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(JSON.stringify(body)).not.toContain('newsgraph_');
}

test('with reads open and no METRICS_TOKEN, /metrics is open', async () => {
  const res = await metricsOf(open);
  expect(res.status).toBe(200);
  expect(await res.text()).toMatch(/^newsgraph_neo4j_up 1$/m);
});

test('when reads need a token, /metrics needs a valid one too', async () => {
  await expectRefused(await metricsOf(guarded));
  await expectRefused(await metricsOf(guarded, { authorization: 'Bearer not.a.token' }));
  const res = await metricsOf(guarded, await bearer(['reader']));
  expect(res.status).toBe(200);
  expect(await res.text()).toMatch(/^newsgraph_neo4j_up 1$/m);
});

test('with METRICS_TOKEN, only that token opens /metrics (a read token does not)', async () => {
  await expectRefused(await metricsOf(tokened));
  await expectRefused(await metricsOf(tokened, await bearer(['admin'])));
  await expectRefused(await metricsOf(tokened, { authorization: `Bearer ${METRICS_TOKEN}x` }));
  const res = await metricsOf(tokened, { authorization: `Bearer ${METRICS_TOKEN}` });
  expect(res.status).toBe(200);
  expect(await res.text()).toMatch(/^newsgraph_neo4j_up 1$/m);
});

test('METRICS_TOKEN is read from the environment and must be a real secret', () => {
  expect(loadConfig({ METRICS_TOKEN }).metricsToken).toBe(METRICS_TOKEN);
  expect(loadConfig({}).metricsToken).toBeNull();
  expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
});
