// `npm run bench:subscription-fanout [-- --subscribers 100 --relationships 2000 --selection full|ids --root <checkout>]`:
// does one ordinary write reach every subscriber, and does HTTP keep answering meanwhile? A real server (its own
// process, over a scratch embedded Neo4j with the seed), `--subscribers` graphql-ws clients (another process,
// bench/harness/fanoutSubscribers.ts) all subscribed to `relationshipAdded` with the same selection, then one
// `ingestFacts` creating `--relationships` relationships, while a client asks `{ __typename }` over HTTP every
// 20 ms, one request at a time. Prints what each subscriber received, how many connections were closed (and
// with what), how long delivery took, and the HTTP latency (p50/p99/max) from the write until delivery ended.
// `--root` runs the server of another checkout (e.g. an older commit, `git worktree add`) to compare before/after.
// A benchmark, not a test: it asserts nothing and its numbers depend on the machine and its load.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../src/auth/mint';
import { freePort } from '../src/db/embedded';
import { BENCH_DIR, startDatabase } from './harness/database';
import type { FanoutReport } from './harness/fanoutSubscribers';
import { stopChild, waitReady } from './harness/processes';
import { latencySummary, percentile } from './harness/latency';

const ROOT = path.resolve(__dirname, '..');
const SECRET = 'bench-secret-for-subscription-fanout-0123456789abcdef';
const STORE = 'subscription-fanout';
const SELECTIONS = {
  full: 'subscription { relationshipAdded { id type from { id name } to { id name } sources { quote source { id title } } } }',
  ids: 'subscription { relationshipAdded { id type } }',
} as const;
const INGEST = 'mutation($document: FactsDocumentInput!) { ingestFacts(document: $document) { relationships { created } } }';

const log = (msg: string): void => console.log(`[bench:subscription-fanout ${new Date().toISOString().slice(11, 19)}] ${msg}`);


/** One facts document creating `n` relationships among 100 new people, each with its quote from one new source. */
function document(n: number, run: string): Record<string, unknown> {
  const people = Array.from({ length: 100 }, (_, i) => ({ id: `fanout-${run}-p${i}`, kind: 'PERSON', name: `Fanout Person ${i}` }));
  const relationships = Array.from({ length: n }, (_, i) => {
    const from = i % 100;
    const to = (from + 1 + (Math.floor(i / 100) % 99)) % 100; // (from, to) distinct up to 9,900 relationships
    return { type: 'MEETS_WITH', from: `fanout-${run}-p${from}`, to: `fanout-${run}-p${to}`, quote: `person ${from} and person ${to}, statement ${i}` };
  });
  return { source: { id: `fanout-${run}-source`, title: `Fanout ${run}` }, entities: people, relationships };
}

interface Server { url: string; child: ChildProcess; stop(): Promise<void> }

async function startServer(root: string, neo4jUri: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', NEO4J_URI: neo4jUri, PORT: String(port), SEED_ON_EMPTY: 'true', JWT_SECRET: SECRET,
      // The write is one transaction of 2,000 relationships: on a loaded machine it may pass the 10 s default.
      NEO4J_TX_TIMEOUT_MS: '60000' },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/health/ready`, child, 120_000);
  return { url: `${url}/graphql`, child, stop: () => stopChild(child, 15_000) };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { body: await res.json(), ms: performance.now() - started };
}

/** `{ __typename }` one request at a time, every `everyMs`, until `until` settles; a failed request counts with its time. */
async function typenameLatencies(url: string, until: Promise<unknown>, everyMs: number): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => { done = true; });
  while (!done) {
    const started = performance.now();
    latencies.push(await post(url, '{ __typename }').then((r) => r.ms, () => performance.now() - started));
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return latencies;
}

type SubscriberMessage = { type: 'ready' } | { type: 'progress' | 'done' | 'stalled'; report: FanoutReport };

async function run(server: Server, subscribers: number, relationships: number, selection: keyof typeof SELECTIONS, run: string): Promise<void> {
  const editor = { authorization: `Bearer ${await mintToken({ secret: SECRET, subject: 'bench', roles: ['editor'] })}` };
  const wsUrl = server.url.replace(/^http/, 'ws');
  const child = fork(path.join(__dirname, 'harness', 'fanoutSubscribers.ts'), [wsUrl, String(subscribers), SELECTIONS[selection], String(relationships), '30000'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const messages: SubscriberMessage[] = [];
    let wake: () => void = () => undefined;
    child.on('message', (m) => { messages.push(m as SubscriberMessage); wake(); });
    const nextMessage = async (type: SubscriberMessage['type'][]): Promise<SubscriberMessage> => {
      for (;;) {
        const found = messages.find((m) => type.includes(m.type));
        if (found) { messages.splice(messages.indexOf(found), 1); return found; }
        if (child.exitCode !== null) throw new Error('the subscribers process exited');
        await new Promise<void>((r) => { wake = r; setTimeout(r, 1_000); });
      }
    };
    await nextMessage(['ready']);
    log(`${subscribers} subscribers ready (${selection} selection); writing ${relationships} relationships in one ingestFacts`);
    const started = Date.now();
    const write = post(server.url, INGEST, { document: document(relationships, run) }, editor);
    const finished = nextMessage(['done', 'stalled']);
    const latencies = await typenameLatencies(server.url, finished, 20);
    const written = await write;
    const end = await finished;
    if (end.type === 'ready') throw new Error('unexpected message');
    const { report } = end;
    const received = [...report.received].sort((a, b) => a - b);
    const complete = received.filter((n) => n >= relationships).length;
    const closes = new Map<string, number>();
    for (const c of report.closes) closes.set(`${c.code} ${c.reason}`, (closes.get(`${c.code} ${c.reason}`) ?? 0) + 1);
    console.log(`\n| | ${selection} selection, ${subscribers} subscribers, ${relationships} relationships |\n|---|---|`);
    console.log(`| ingestFacts answered | ${(written.ms / 1000).toFixed(1)} s: ${JSON.stringify(written.body).slice(0, 120)} |`);
    console.log(`| subscribers with every event | ${complete} of ${subscribers} (${end.type === 'stalled' ? 'stopped: nothing arrived for 30 s' : 'all done'}) |`);
    console.log(`| events received per subscriber | min ${received[0]}, median ${percentile(received, 50)}, max ${received[received.length - 1]} (${report.received.reduce((a, b) => a + b, 0)} in all) |`);
    console.log(`| connections closed | ${report.closes.length}${closes.size ? `: ${[...closes].map(([k, v]) => `${v} × ${k}`).join('; ')}` : ''} |`);
    console.log(`| error payloads | ${report.errors} |`);
    if (report.firstEventMs !== null && report.lastEventMs !== null) {
      console.log(`| first event / last event after the write was sent | ${((report.firstEventMs - started) / 1000).toFixed(1)} s / ${((report.lastEventMs - started) / 1000).toFixed(1)} s |`);
    }
    console.log(`| HTTP { __typename } from the write until delivery ended | ${latencySummary(latencies)} |\n`);
  } finally {
    await stopChild(child, 5_000);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '100' },
      relationships: { type: 'string', default: '2000' },
      selection: { type: 'string', default: 'full' },
      root: { type: 'string', default: ROOT },
    },
  });
  const selections = (values.selection ?? 'full').split(',') as Array<keyof typeof SELECTIONS>;
  for (const s of selections) if (!(s in SELECTIONS)) throw new Error(`unknown selection "${s}"; one of ${Object.keys(SELECTIONS).join(', ')}`);
  const root = path.resolve(values.root ?? ROOT);
  const bench = await startDatabase(STORE, await freePort(), true);
  let server: Server | null = null;
  try {
    log(`server at ${root}`);
    server = await startServer(root, bench.uri);
    const idle = await typenameLatencies(server.url, new Promise((r) => setTimeout(r, 2_000)), 20);
    console.log(`\nidle server: { __typename } ${latencySummary(idle)}`);
    for (const [i, selection] of selections.entries()) await run(server, Number(values.subscribers), Number(values.relationships), selection, `r${i}`);
  } finally {
    await server?.stop();
    await bench.db.close();
    await bench.neo4j.stop();
    fs.rmSync(path.join(BENCH_DIR, 'neo4j', STORE), { recursive: true, force: true });
  }
  console.log(`${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
