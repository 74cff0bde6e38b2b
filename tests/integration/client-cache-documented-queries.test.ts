// No wrong answer from a normalizing cache in any sequence of the documented queries: every query in
// `examples/` (and each time view of those that take `asOf`) is sent through one Apollo Client, in several
// orders; afterwards each is read back from the cache alone and must equal what the server answered for it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, type OperationVariables, gql } from '@apollo/client';
import { createCache, possibleTypes } from '../../client';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { INGEST } from '../fixtures/mutations';
import { Random } from '../fixtures/random';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
// Days around a report the test adds (the seed itself is reported on the day it is loaded): before it, on it.
const DAYS = [null, '2025-07-19', '2025-07-20'];

interface Operation { name: string; source: string; variables: OperationVariables }

/** The documented read queries, each time view of those that take `$asOf` as an operation of its own. */
function documentedQueries(): Operation[] {
  const operations: Operation[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql')).sort()) {
    const source = readFileSync(path.join(EXAMPLES, file), 'utf8');
    // Mutations write; extract is a preview with its own test (client-cache-time-views).
    if (/^\s*(mutation|subscription)\b/m.test(source) || file === 'extract-article.graphql') continue;
    const days = /\$asOf\b/.test(source) ? DAYS : [null];
    for (const asOf of days) operations.push({ name: `${file}${asOf ? ` as of ${asOf}` : ''}`, source, variables: asOf ? { asOf } : {} });
  }
  // The issue's own sequence: one entity now and as of a day, with its relationships and their corroboration.
  const entityView = `query EntityView($asOf: Date) { entity(id: "steve-witkoff", asOf: $asOf) { id name relationships { totalCount edges { node { id type sourceCount sources { quote } disputedBy { quote } } } } } }`;
  for (const asOf of DAYS) operations.push({ name: `entity view${asOf ? ` as of ${asOf}` : ''}`, source: entityView, variables: asOf ? { asOf } : {} });
  return operations;
}

let h: Harness;
let reader: Record<string, string>;
const operations = documentedQueries();
const answers = new Map<string, unknown>();

beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  reader = await bearer(['editor'], { subject: 'cache-sequences' });
  // A second outlet repeats two of Witkoff's seed facts on 20 July 2025, so the time views differ from now.
  const { data } = await h.gql('{ entity(id: "steve-witkoff") { relationships(first: 2) { edges { node { type from { id } to { id } } } } } }');
  type Fact = { type: string; from: { id: string }; to: { id: string } };
  const facts: Fact[] = data?.entity.relationships.edges.map((e: { node: Fact }) => e.node) ?? [];
  expect(facts.length).toBe(2);
  const document = {
    source: { id: 'cache-test-wire', title: 'A later report', publisher: 'Cache Test Wire', publishedAt: '2025-07-20' },
    entities: [],
    relationships: facts.map((f) => ({ type: f.type, from: f.from.id, to: f.to.id, quote: `the envoy, the report said, kept at it (${f.type.toLowerCase()})` })),
  };
  expect((await h.gql(INGEST, { document }, reader)).errors).toBeUndefined();
  // What the server answers for each, with no cache in between: the truth every cache read must equal.
  for (const op of operations) {
    const apollo = new ApolloClient({ link: new HttpLink({ uri: h.url, headers: reader }), cache: new InMemoryCache({ possibleTypes }) });
    const { data: answer, error } = await apollo.query({ query: gql(op.source), variables: op.variables });
    expect(error).toBeUndefined();
    answers.set(op.name, answer);
  }
}, 180_000);
afterAll(async () => { await h.close(); });

test('the documented queries include time views that really differ from now', () => {
  const totals = DAYS.map((asOf) => (answers.get(`entity view${asOf ? ` as of ${asOf}` : ''}`) as { entity: { relationships: { totalCount: number } } | null }).entity);
  expect(totals[1]).toBeNull(); // nothing about Witkoff had been reported by 19 July 2025
  expect(totals[2]?.relationships.totalCount).toBe(2);
  expect(totals[0]?.relationships.totalCount).toBeGreaterThan(2);
  expect(operations.length).toBeGreaterThan(15);
});

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = new Random(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe.each([
  ['in file order; default cache', () => operations, false],
  ['in reverse order; default cache', () => [...operations].reverse(), false],
  ['in a shuffled order; default cache', () => shuffled(operations, 7), false],
  ['in another shuffled order; client kit cache', () => shuffled(operations, 11), true],
])('every documented query %s', (_name, order, kit) => {
  test('the cache answers each one exactly as the server did, or knows it cannot and asks the server again', async () => {
    const apollo = new ApolloClient({ link: new HttpLink({ uri: h.url, headers: reader }), cache: kit ? createCache() : new InMemoryCache({ possibleTypes }) });
    for (const op of order()) await apollo.query({ query: gql(op.source), variables: op.variables, fetchPolicy: 'network-only' });
    let complete = 0;
    for (const op of operations) {
      // A list of objects without an id (a fact's `sources`) is stored whole under its parent, so a later query
      // that selects fewer of its fields replaces it: the cache then reports the older query incomplete (never
      // wrong), and a cache-first query goes back to the server.
      const diff = apollo.cache.diff({ query: gql(op.source), variables: op.variables, returnPartialData: false, optimistic: false });
      if (diff.complete) {
        complete += 1;
        expect({ name: op.name, data: diff.result }).toEqual({ name: op.name, data: answers.get(op.name) });
      }
      const { data } = await apollo.query({ query: gql(op.source), variables: op.variables, fetchPolicy: 'cache-first' });
      expect({ name: op.name, data }).toEqual({ name: op.name, data: answers.get(op.name) });
    }
    // Most answers survive every sequence; the rest are misses, not wrong answers.
    expect(complete).toBeGreaterThan(operations.length / 2);
  });
});
