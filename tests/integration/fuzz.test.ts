// Fuzzing the API with a fixed seed: a few thousand generated queries (valid, out-of-range, mutated into
// invalid documents), an injection corpus in every String/ID argument, hostile documents and malformed HTTP.
// Nothing may answer 5xx, every error carries a code, no stack trace leaks, the server keeps answering, its
// memory stays bounded, and the graph is byte-for-byte the same afterwards.
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { loadTypeDefs } from '../../src/schema';
import { fingerprint, fingerprintDiff, type Fingerprint } from '../fixtures/fingerprint';
import { FuzzTally, type Outcome, runPool, send, sendOperation } from '../fixtures/fuzzClient';
import { INJECTION_CORPUS } from '../fixtures/injectionCorpus';
import { hostileDocuments, jsonRequest, malformedHttp, mutateOperation } from '../fixtures/invalidRequests';
import { loadDatedFacts, SEED_SOURCE } from '../fixtures/explore';
import { type Harness, startHarness } from '../fixtures/harness';
import { type MemorySample, settledMemory } from '../fixtures/memory';
import { type KnownValues, QueryGenerator, stringArgPositions } from '../fixtures/queryGenerator';
import { Random } from '../fixtures/random';

const SEED = 20261125;
const VALID_QUERIES = 1200;
const MUTATED_QUERIES = 800;
const CONCURRENCY = 6;
/**
 * Retained heap may grow by this much over the run: Apollo's parsed-document cache (about 30 MiB by design)
 * fills with the documents the fuzz sends, 1 MB inline strings included. A leak per request would be far more.
 */
const HEAP_GROWTH_LIMIT_MB = 100;
const RSS_GROWTH_LIMIT_MB = 300;

const schema = buildSchema(loadTypeDefs());
const queryType = schema.getQueryType() as GraphQLObjectType;
const tally = new FuzzTally();
let h: Harness;
let before: Fingerprint;
let known: KnownValues;
let memoryBefore: MemorySample;

async function knownValues(): Promise<KnownValues> {
  const res = await h.gql(`{
    entities(first: 100) { edges { cursor node { id name aliases } } }
    relationships(first: 100) { edges { cursor } }
    sources { edges { cursor node { id } } }
  }`);
  const entities = res.data?.entities.edges as Array<{ cursor: string; node: { id: string; name: string; aliases: string[] } }>;
  const sources = res.data?.sources.edges as Array<{ cursor: string; node: { id: string } }>;
  const relationships = res.data?.relationships.edges as Array<{ cursor: string }>;
  return {
    entityIds: entities.map((e) => e.node.id),
    sourceIds: sources.map((s) => s.node.id),
    cursors: [...entities, ...sources, ...relationships].map((e) => e.cursor),
    names: entities.flatMap((e) => [e.node.name, ...e.node.aliases]),
  };
}

beforeAll(async () => {
  h = await startHarness();
  await loadDatedFacts(h.db);
  known = await knownValues();
  before = await fingerprint(h.db);
  // Warm up (JIT, Apollo's document cache, driver pool) before the memory baseline.
  const gen = new QueryGenerator(schema, new Random(SEED - 1), known);
  await runPool(Array.from({ length: 100 }, () => gen.operation(queryType, { maxDepth: 3 })), CONCURRENCY, (op) => sendOperation(h.url, 'warm-up', op, new FuzzTally()));
  memoryBefore = await settledMemory();
}, 180_000);

afterAll(async () => {
  await h.close();
});

/** The violations since the last call (so each test reports only its own), as readable JSON. */
function violationsReport(): string {
  return JSON.stringify(tally.violations.splice(0).slice(0, 5), null, 2);
}

test(`${VALID_QUERIES} random queries generated from the schema get data or coded errors, never a 5xx`, async () => {
  const rng = new Random(SEED);
  const gen = new QueryGenerator(schema, rng, known);
  const ops = Array.from({ length: VALID_QUERIES }, () => gen.operation(queryType, { maxDepth: rng.int(1, 3) }));
  const outcomes: boolean[] = [];
  const started = Date.now();
  // Valid means executed: data, or only the coded refusal the editor-only queries (extract, duplicateCandidates,
  // feeds) give without a token — they passed parsing and validation like any other.
  const valid = (o: Outcome) => o.ok || (o.codes.length === 1 && o.codes[0] === 'UNAUTHENTICATED');
  await runPool(ops, CONCURRENCY, async (op, i) => { outcomes[i] = valid(await sendOperation(h.url, `random #${i}`, op, tally)); });
  console.log(`random: ${ops.length} queries in ${Date.now() - started} ms, ${outcomes.filter(Boolean).length} executed (data, or refused for want of a token)`);
  expect(violationsReport()).toBe('[]');
  // The generator is mostly valid: most random queries must succeed, or the fuzz is only testing the parser.
  expect(outcomes.filter(Boolean).length).toBeGreaterThan(VALID_QUERIES * 0.6);
}, 300_000);

test(`${MUTATED_QUERIES} mutated documents and the hostile ones are rejected with a code`, async () => {
  const rng = new Random(SEED + 1);
  const gen = new QueryGenerator(schema, rng, known);
  const mutated = Array.from({ length: MUTATED_QUERIES }, (_, i) => {
    const { label, op } = mutateOperation(gen.operation(queryType, { maxDepth: 2 }), rng);
    return jsonRequest(`mutated #${i}: ${label}`, op);
  });
  const hostile = hostileDocuments().map(({ label, op }) => jsonRequest(`hostile: ${label}`, op));
  const started = Date.now();
  await runPool([...mutated, ...hostile], CONCURRENCY, (req) => send(h.url, req, tally));
  console.log(`mutated: ${mutated.length + hostile.length} documents in ${Date.now() - started} ms`);
  expect(violationsReport()).toBe('[]');
}, 300_000);

test('every String/ID argument takes every injection string, inline and as a variable, without harm', async () => {
  const positions = stringArgPositions(schema, queryType, (name) => (name === 'to' ? 'israel' : name === 'source' ? SEED_SOURCE : 'hamas'));
  expect(positions.map((p) => p.label)).toEqual(expect.arrayContaining(['search(text)', 'entity(id)', 'entity.relationships(after)', 'source.facts(after)', 'path(to)']));
  const requests = positions.flatMap((p) => INJECTION_CORPUS.flatMap((c, i) => {
    const asVariable = i % 2 === 0;
    return [jsonRequest(`${p.label} ← ${c.name}${asVariable ? ' (variable)' : ''}`, p.build(c.value, asVariable))];
  }));
  const started = Date.now();
  await runPool(requests, CONCURRENCY, (req) => send(h.url, req, tally));
  console.log(`injection: ${positions.length} argument positions × ${INJECTION_CORPUS.length} strings = ${requests.length} requests in ${Date.now() - started} ms`);
  expect(violationsReport()).toBe('[]');
}, 300_000);

test('malformed HTTP requests get a 4xx (with a code when the body is GraphQL), never a 5xx', async () => {
  const outcomes = [];
  for (const req of malformedHttp()) outcomes.push({ label: req.label, ...(await send(h.url, req, tally)) });
  expect(violationsReport()).toBe('[]');
  for (const o of outcomes) expect([o.label, o.status < 500]).toEqual([o.label, true]);
  // Body-parser failures (bad JSON, over 1 MB) too are coded GraphQL errors, not express's HTML page (which
  // carried a stack trace outside production mode). Counted over the whole run, the 2 MB injections included.
  expect(tally.nonGraphQLErrors.map((v) => `${v.status} ${v.label}: ${v.problem}`)).toEqual([]);
}, 60_000);

test('the server still answers correctly after the fuzz', async () => {
  const live = await fetch(h.url.replace('/graphql', '/health/live'));
  expect(live.status).toBe(200);
  const res = await h.gql('{ entity(id: "hamas") { id name } lookup(name: "U.S.") { id } }');
  expect(res.errors).toBeUndefined();
  expect(res.data?.entity).toEqual({ id: 'hamas', name: 'Hamas' });
  expect(res.data?.lookup).toEqual([{ id: 'united-states' }]);
});

test('memory after the fuzz stays within bounds of the warmed-up baseline', async () => {
  const after = await settledMemory();
  console.log(`memory (after gc): heap ${memoryBefore.heapUsedMb} → ${after.heapUsedMb} MB, rss ${memoryBefore.rssMb} → ${after.rssMb} MB`);
  expect(after.heapUsedMb - memoryBefore.heapUsedMb).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
  expect(after.rssMb - memoryBefore.rssMb).toBeLessThan(RSS_GROWTH_LIMIT_MB);
});

test('the graph is byte-for-byte unchanged by the read-only fuzz (every node, relationship and property)', async () => {
  const after = await fingerprint(h.db);
  expect(fingerprintDiff(before, after)).toEqual({ removed: [], added: [] });
  expect(after.hash).toBe(before.hash);
  expect(before.nodes).toBeGreaterThan(20);
  expect(before.relationships).toBeGreaterThan(20);
  console.log(`slowest requests: ${JSON.stringify(tally.slowest.map((s) => `${s.ms} ms ${s.label}: ${s.request.slice(0, 200)}`))}`);
  console.log(`fuzz summary (seed ${SEED}): ${JSON.stringify(tally.summary())}; graph ${before.nodes} nodes, ${before.relationships} relationships, sha256 ${before.hash.slice(0, 16)}…`);
});
