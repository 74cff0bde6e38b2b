// `npm run bench:reading-latency [-- --workers 1 --bytes 1048576 --rounds brackets,news/dots --root <checkout>]`:
// does reading an article hold up everyone else? Two parts:
//   1. the reader alone, in this process: each article shape (bench/generator/articleTexts.ts) at 1/8 and at the
//      full size, with the ratio of the two times (8 is linear, 64 quadratic);
//   2. a real server (its own process, over a scratch embedded Neo4j with the seed): articles of the full size sent
//      to `extract`, per round (alone, then four at once), while another client asks `{ __typename }` every 20 ms,
//      one request at a time; its latency (p50/p99/max) during the reads, against the same client on the idle server.
// `--root` runs part 2 against another checkout (e.g. an older commit, `git worktree add`) to compare before/after.
// A benchmark, not a test: it asserts nothing and its numbers depend on the machine and its load.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../src/auth/mint';
import { freePort } from '../src/db/embedded';
import { EMPTY_DICTIONARY, readArticle } from '../src/reading';
import { HOSTILE_KINDS, type HostileKind, hostileText, newsText } from './generator/articleTexts';
import { BENCH_DIR, startDatabase } from './harness/database';
import { stopChild, waitReady } from './harness/processes';
import { latencySummary } from './harness/latency';

const ROOT = path.resolve(__dirname, '..');
const SECRET = 'bench-secret-for-reading-latency-0123456789abcdef';
const EXTRACT = `query($article: ArticleInput!) { extract(article: $article) {
  sourceId entities { entityId name kind existing aliases mentions { start end } } relationships { type from to quote span { start end } confidence rule }
} }`;

const INGEST = 'mutation($article: ArticleInput!) { ingestArticle(article: $article) { source { id } relationships { created } } }';

type Shape = HostileKind | 'news';
const SHAPES: readonly Shape[] = [...HOSTILE_KINDS, 'news'];
/** The users' three reports and realistic news, alone and then together; then the rest four at a time. */
const DEFAULT_ROUNDS: Shape[][] = [
  // One at a time first: what each of the users' reports held up before.
  ['brackets'], ['question-quotes'], ['spaced-dots'], ['news'],
  ['brackets', 'question-quotes', 'spaced-dots', 'news'],
  ['dots', 'endless-sentence', 'capitalised-words', 'combining-marks'],
  ['hyphens', 'apostrophes', 'mixed-punctuation', 'initials'],
  ['dotted-acronym', 'denials', 'title-for', 'country-list'],
  ['talks', 'curly-quotes', 'news', 'news'],
];

const log = (msg: string): void => console.log(`[bench:reading-latency ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function textOf(shape: Shape, bytes: number, seed = 1): string {
  return shape === 'news' ? newsText(bytes, seed) : hostileText(shape, bytes);
}


async function readerAlone(shapes: readonly Shape[], bytes: number, capMs: number): Promise<void> {
  log(`part 1: the reader alone, in process (${bytes} bytes and an eighth of it)`);
  console.log('\n| shape | 1/8 size, ms | full size, ms | ratio |\n|---|---|---|---|');
  await readArticle({ title: 'warm', text: newsText(50_000) }, EMPTY_DICTIONARY);
  for (const shape of shapes) {
    const times: number[] = [];
    for (const size of [Math.floor(bytes / 8), bytes]) {
      const text = textOf(shape, size);
      const started = performance.now();
      await readArticle({ title: shape, text }, EMPTY_DICTIONARY);
      times.push(performance.now() - started);
      if ((times[times.length - 1] ?? 0) > capMs) break;
    }
    const [small = NaN, full = NaN] = times;
    console.log(`| ${shape} | ${small.toFixed(0)} | ${Number.isNaN(full) ? `(stopped: small size over ${capMs} ms)` : full.toFixed(0)} | ${(full / small).toFixed(1)} |`);
  }
  console.log('');
}

interface Server { url: string; child: ChildProcess; stop(): Promise<void> }

async function startServer(root: string, neo4jUri: string, workers: number, nodeArgs: string[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', NEO4J_URI: neo4jUri, PORT: String(port), SEED_ON_EMPTY: 'true',
      JWT_SECRET: SECRET, GRAPHQL_MAX_BODY_BYTES: String(4 * 1_048_576), ARTICLE_READ_WORKERS: String(workers),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/health/ready`, child, 120_000);
  return { url: `${url}/graphql`, child, stop: () => stopChild(child, 15_000) };
}

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; code: string | null; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? null, ms: performance.now() - started };
}

/**
 * `{ __typename }` one request at a time, every `everyMs`, until `until` settles. A request that fails (a blocked
 * server lets a kept-alive connection go stale) counts with the time it took, and the next one is sent.
 */
async function typenameLatencies(url: string, until: Promise<unknown>, everyMs: number): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => { done = true; });
  while (!done) {
    const started = performance.now();
    latencies.push(await post(url, '{ __typename }', {}).then((r) => r.ms, () => performance.now() - started));
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return latencies;
}

async function serverLatency(root: string, rounds: Shape[][], bytes: number, workers: number, nodeArgs: string[]): Promise<void> {
  log(`part 2: a server at ${root} (ARTICLE_READ_WORKERS=${workers}), rounds of articles of ${bytes} bytes sent at once`);
  const port = await freePort();
  const bench = await startDatabase('reading-latency', port, true);
  let server: Server | null = null;
  try {
    server = await startServer(root, bench.uri, workers, nodeArgs);
    const editor = { authorization: `Bearer ${await mintToken({ secret: SECRET, subject: 'bench', roles: ['editor'] })}` };
    const warm = await post(server.url, EXTRACT, { article: { title: 'Warm-up', text: newsText(20_000) } }, editor);
    if (warm.code) throw new Error(`warm-up extract failed: ${warm.code}`);
    const idle = await typenameLatencies(server.url, new Promise((r) => setTimeout(r, 3_000)), 20);
    console.log(`\nidle server: { __typename } ${latencySummary(idle)}\n`);
    console.log('| round (extracts sent at once) | extract answers | { __typename } during the reads |\n|---|---|---|');
    const all: number[] = [];
    for (const round of rounds) {
      const reads = Promise.all(round.map((shape, i) => post(server?.url ?? '', EXTRACT, { article: { title: `${shape} ${i}`, text: textOf(shape, bytes, i + 1) } }, editor)));
      const latencies = await typenameLatencies(server.url, reads, 20);
      all.push(...latencies);
      const answers = (await reads).map((r, i) => `${round[i]} ${(r.ms / 1000).toFixed(1)} s${r.code ? ` ${r.code}` : ''}${r.status >= 500 ? ` HTTP ${r.status}` : ''}`);
      console.log(`| ${round.join(', ')} | ${answers.join('; ')} | ${latencySummary(latencies)} |`);
    }
    console.log(`\nall rounds: { __typename } ${latencySummary(all)}`);
    // The write after the read is one transaction under the default NEO4J_TX_TIMEOUT_MS (10 s): a 1 MB article.
    const ingest = await post(server.url, INGEST, { article: { title: 'Ingested news', text: textOf('news', bytes, 9) } }, editor);
    console.log(`ingestArticle of ${bytes} bytes of news: ${(ingest.ms / 1000).toFixed(1)} s, ${ingest.code ?? `HTTP ${ingest.status}, written`}`);
  } finally {
    await server?.stop();
    await bench.db.close();
    await bench.neo4j.stop();
    fs.rmSync(path.join(BENCH_DIR, 'neo4j', 'reading-latency'), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workers: { type: 'string', default: '1' },
      bytes: { type: 'string', default: '1048576' },
      rounds: { type: 'string', default: 'default' },
      root: { type: 'string', default: ROOT },
      'reader-cap-ms': { type: 'string', default: '20000' },
      'skip-reader': { type: 'boolean', default: false },
      'skip-server': { type: 'boolean', default: false },
      'cpu-prof-dir': { type: 'string' },
    },
  });
  const bytes = Number(values.bytes);
  const workers = Number(values.workers);
  // "--rounds brackets,dots/news,news" → [[brackets, dots], [news, news]]
  const rounds = values.rounds === 'default' ? DEFAULT_ROUNDS : (values.rounds ?? '').split('/').map((r) => r.split(',') as Shape[]);
  for (const shape of rounds.flat()) if (!SHAPES.includes(shape)) throw new Error(`unknown shape "${shape}"; one of ${SHAPES.join(', ')}`);
  if (!values['skip-reader']) await readerAlone(SHAPES, bytes, Number(values['reader-cap-ms']));
  const nodeArgs = values['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof-dir']}`] : [];
  if (!values['skip-server']) await serverLatency(path.resolve(values.root ?? ROOT), rounds, bytes, workers, nodeArgs);
  console.log(`\n${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
