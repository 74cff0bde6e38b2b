// graphql-http's audit of the GraphQL-over-HTTP spec, run against the real server: no MUST fails, and every SHOULD
// or MAY it reports is one docs/api.md ("The GraphQL-over-HTTP audit") explains. A new warning fails this test
// until it is explained there and listed here.
import { type AuditFail, type AuditResult, auditServer } from 'graphql-http';
import type { Config } from '../../src/config';
import { type Harness, startHarness } from '../fixtures/harness';

/** What the audit reports on every configuration, and why (docs/api.md has the long form). */
const EXPECTED_WARNINGS: Record<string, string> = {
  // CSRF prevention: a GET must carry a header a browser form cannot send (apollo-require-preflight).
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'D6D5': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  // Apollo answers requests that fail before execution with 4xx whatever the client accepts.
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'FDE2': 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};

/** With introspection off (production's default) these audits' queries are refused: they ask `__type`. */
const INTROSPECTION_REFUSED: Record<string, string> = {
  BF61: 'MUST accept utf-8 encoded request',
  '28B9': 'MUST allow map {variables} parameter when accepting application/json',
  '2EA1': 'SHOULD allow map {variables} parameter when accepting application/graphql-response+json',
};

const PRODUCTION: Partial<Config> = { production: true, landingPage: false, introspection: false, debugRoundTrips: false };

interface Audited { h: Harness; results: AuditResult[] }

function audited(config: Partial<Config>): () => Audited {
  const audit = {} as Audited;
  beforeAll(async () => {
    audit.h = await startHarness({ seed: false, config });
    audit.results = await auditServer({ url: audit.h.url });
  }, 120_000);
  afterAll(async () => { await audit.h?.close(); });
  return () => audit;
}

const failed = (results: AuditResult[]): AuditFail[] => results.filter((r): r is AuditFail => r.status !== 'ok');
const byId = (results: AuditFail[]): Record<string, string> => Object.fromEntries(results.map((r) => [r.id, r.name]));

describe('production settings with introspection allowed (GRAPHQL_INTROSPECTION=true)', () => {
  const audit = audited({ ...PRODUCTION, introspection: true });

  test('no MUST fails; the SHOULD and MAY warnings are exactly the explained ones', () => {
    const { results } = audit();
    expect(results.length).toBeGreaterThan(50);
    expect(failed(results).filter((r) => r.name.startsWith('MUST'))).toEqual([]);
    expect(byId(failed(results))).toEqual(EXPECTED_WARNINGS);
  });
});

describe('production defaults (introspection off)', () => {
  const audit = audited(PRODUCTION);

  test('only the audits that query __type fail besides the explained warnings, and they fail as introspection', async () => {
    const { results } = audit();
    expect(byId(failed(results))).toEqual({ ...EXPECTED_WARNINGS, ...INTROSPECTION_REFUSED });
    for (const result of failed(results).filter((r) => r.id in INTROSPECTION_REFUSED)) {
      const body = (await result.response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      expect({ id: result.id, status: result.response.status, error: body.errors?.[0] }).toEqual({
        id: result.id,
        status: 400,
        error: expect.objectContaining({ message: expect.stringMatching(/introspection/i), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) }),
      });
    }
  });

  test('what those MUSTs check holds for queries production allows: a UTF-8 body, and a variables map', async () => {
    const post = (body: unknown, headers: Record<string, string>) =>
      fetch(audit().h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const utf8 = await post({ query: '{ lookup(name: "Run🏃Swim🏊") { id } }' }, { 'content-type': 'application/json; charset=utf-8' });
    expect(utf8.status).toBe(200);
    expect(await utf8.json()).toEqual({ data: { lookup: [] } });
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const variables = await post({ query: 'query Lookup($name: String!) { lookup(name: $name) { id } }', variables: { name: 'sometype' } }, { accept });
      expect({ accept, status: variables.status, body: await variables.json() }).toEqual({ accept, status: 200, body: { data: { lookup: [] } } });
    }
  });
});

describe('development defaults', () => {
  const audit = audited({ landingPage: true, introspection: true });

  test('no MUST fails; the SHOULD and MAY warnings are exactly the explained ones', () => {
    expect(byId(failed(audit().results))).toEqual(EXPECTED_WARNINGS);
  });
});
