// W7: articles end to end — the team-written test articles (tests/fixtures/articles/team-articles.jsonl; no
// publisher's text is kept in the repository), copied so each copy is a new source,
// read and written through newsgraph's `ingestArticle` mutation (one article per request, at each concurrency)
// and through the CLI path (`ingestDocuments`, what `npm run ingest` runs for article files), into a scratch
// store of its own.
import type { Runtime } from './build';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mintToken } from '../../src/auth/mint';
import { loadConfig } from '../../src/config';
import { freePort } from '../../src/db/embedded';
import { ingestDocuments } from '../../src/facts/articleFiles';
import type { DocumentAt } from '../../src/facts/files';
import { DEFAULT_OPTIONS } from '../generator';
import { defaultOutDir, writeGraph } from '../generate';
import { BENCH_DIR, loadDocuments, startDatabase } from './database';
import { DEFAULT_POOL_SIZE } from './peers';
import { startServer } from './processes';

const ROOT = path.resolve(__dirname, '..', '..');
export const TEAM_ARTICLES = path.join(ROOT, 'tests', 'fixtures', 'articles', 'team-articles.jsonl');

interface BaseArticle { id: string; title: string; url?: string; publisher?: string; publishedAt?: string; text: string }

export interface ArticlesOptions {
  /** Articles per way of ingesting (the team-written articles, copied as often as needed). */
  articles: number;
  /** Concurrent `ingestArticle` requests, one measurement each (1 = one after the other). */
  concurrencies: number[];
  /** Entities of a generated graph loaded before the articles, so reading links to existing entities; 0 = empty store. */
  backgroundEntities: number;
  seed: number;
  /** How newsgraph is run (bench/harness/build.ts); tsx unless the caller built it. */
  runtime?: Runtime;
  log: (msg: string) => void;
}

/** One way of ingesting the articles, measured. */
export interface ArticlesResult {
  path: string;
  concurrency: number;
  articles: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** Relationships created + updated (a new quote of an existing fact is an update). */
  relationshipsWritten: number;
  relationshipsPerSecond: number;
  entitiesWritten: number;
  /** Per article, ms: one request for GraphQL, one article's read and transaction for the CLI. */
  p50: number;
  p99: number;
  firstErrors: string[];
}

export interface ArticlesReport {
  baseArticles: number;
  background: string;
  loadAverage: [number, number];
  results: ArticlesResult[];
}

interface Counts { created: number; updated: number; unchanged: number }

export function readBaseArticles(file = TEAM_ARTICLES): BaseArticle[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BaseArticle);
}

/** `count` copies of the base articles, each with its own id and title (so each is a new source); `label` keeps runs apart. */
export function articleCopies(baseArticles: BaseArticle[], count: number, label: string): BaseArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const base = baseArticles[i % baseArticles.length] as BaseArticle;
    const copy = Math.floor(i / baseArticles.length) + 1;
    return { ...base, id: `${base.id.slice(0, 90)}-${label}-${copy}`, title: `${base.title} (${label} ${copy})` };
  });
}

/** Nearest-rank percentile of ms values. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0);
}

function summarize(pathName: string, concurrency: number, seconds: number, latencies: number[], rels: Counts, entities: Counts, failed: number, firstErrors: string[]): ArticlesResult {
  const done = latencies.length;
  const written = rels.created + rels.updated;
  return {
    path: pathName, concurrency, articles: done, failed, seconds,
    articlesPerSecond: (done - failed) / seconds,
    relationshipsWritten: written,
    relationshipsPerSecond: written / seconds,
    entitiesWritten: entities.created + entities.updated,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    firstErrors,
  };
}

const add = (into: Counts, more: Counts): void => { into.created += more.created; into.updated += more.updated; into.unchanged += more.unchanged; };
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

const INGEST = `mutation W7($article: ArticleInput!) { ingestArticle(article: $article) {
  entities { created updated unchanged } relationships { created updated unchanged } } }`;

/** The articles through `ingestArticle`, `concurrency` requests in flight, each article's request timed. */
async function throughGraphql(baseUrl: string, token: string, articles: BaseArticle[], concurrency: number): Promise<ArticlesResult> {
  const latencies: number[] = [];
  const rels = zero();
  const entities = zero();
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < articles.length) {
      const article = articles[next++];
      const started = performance.now();
      let error: string | null = null;
      try {
        const res = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: INGEST, variables: { article } }),
        });
        const json = (await res.json()) as { data?: { ingestArticle?: { entities: Counts; relationships: Counts } }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        const result = json.data?.ingestArticle;
        if (!res.ok || json.errors?.length || !result) {
          const first = json.errors?.[0];
          error = `HTTP ${res.status}${first ? ` ${first.extensions?.code ?? ''}: ${first.message}` : ''}`;
        } else {
          add(rels, result.relationships);
          add(entities, result.entities);
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      latencies.push(performance.now() - started);
      if (error) { failed++; if (errors.length < 3) errors.push(error.slice(0, 200)); }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize('GraphQL ingestArticle', concurrency, (performance.now() - started) / 1000, latencies, rels, entities, failed, errors);
}

/** The articles as a .jsonl file's lines through `ingestDocuments` (the CLI's path), one after the other. */
async function throughCli(db: Parameters<typeof ingestDocuments>[0], articles: BaseArticle[]): Promise<ArticlesResult> {
  const file = path.join(os.tmpdir(), 'w7-articles.jsonl');
  const documents: DocumentAt[] = articles.map((a, i) => ({ file, line: i + 1, text: JSON.stringify(a) }));
  const latencies: number[] = [];
  let done = 0;
  let last = performance.now();
  const started = last;
  const totals = await ingestDocuments(db, documents, {
    actor: 'bench-articles',
    articleMaxBytes: loadConfig({}).articleMaxBytes,
    onProgress: (t) => {
      // Called after each article (and after each facts batch, of which there are none here).
      const now = performance.now();
      if (t.loaded + t.failed.length > done) { done = t.loaded + t.failed.length; latencies.push(now - last); }
      last = now;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const errors = totals.failed.slice(0, 3).map((f) => `${f.message}${f.problems.length ? `: ${JSON.stringify(f.problems[0])}` : ''}`.slice(0, 200));
  return summarize('CLI ingestDocuments', 1, seconds, latencies, totals.relationships, totals.entities, totals.failed.length, errors);
}

/** W7 in a scratch store of its own: background graph, then GraphQL at each concurrency, then the CLI path. */
export async function measureArticles(options: ArticlesOptions): Promise<ArticlesReport> {
  const { log } = options;
  const baseArticles = readBaseArticles();
  const loadStart = os.loadavg()[0] ?? 0;
  const storeName = `articles-scratch-${process.pid}`;
  const bench = await startDatabase(storeName, await freePort(), true);
  let background = 'an empty store';
  const secret = crypto.randomBytes(32).toString('hex');
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    if (options.backgroundEntities > 0) {
      const dir = defaultOutDir(options.backgroundEntities, options.seed);
      if (!fs.existsSync(path.join(dir, 'manifest.json'))) writeGraph({ ...DEFAULT_OPTIONS, entities: options.backgroundEntities, seed: options.seed }, dir);
      log(`W7: loading a ${options.backgroundEntities}-entity background graph…`);
      const stats = await loadDocuments(bench.db, dir);
      background = `a store holding a generated ${options.backgroundEntities}-entity graph (seed ${options.seed}, ${stats.relationships} relationship upserts)`;
    }
    log('W7: starting newsgraph with an editor token…');
    server = await startServer('newsgraph', await freePort(), bench.uri, { poolSize: DEFAULT_POOL_SIZE, runtime: options.runtime ?? 'tsx' }, [], { JWT_SECRET: secret });
    const config = loadConfig({ JWT_SECRET: secret });
    const token = await mintToken({ secret, subject: 'bench-articles', roles: ['editor'], expiresIn: '4h', issuer: config.auth.issuer, audience: config.auth.audience });

    // Warm-up (not reported): the first requests compile the reader and plan the statements.
    await throughGraphql(server.baseUrl, token, articleCopies(baseArticles, baseArticles.length, 'warmup'), 2);
    const results: ArticlesResult[] = [];
    for (const c of options.concurrencies) {
      const result = await throughGraphql(server.baseUrl, token, articleCopies(baseArticles, options.articles, `graphql-c${c}`), c);
      log(`W7 GraphQL c=${c}: ${result.articlesPerSecond.toFixed(2)} articles/s, ${result.relationshipsPerSecond.toFixed(1)} relationships/s, p50 ${result.p50} p99 ${result.p99} ms, ${result.failed} failed`);
      results.push(result);
    }
    await server.stop();
    server = null;
    const cli = await throughCli(bench.db, articleCopies(baseArticles, options.articles, 'cli'));
    log(`W7 CLI: ${cli.articlesPerSecond.toFixed(2)} articles/s, ${cli.relationshipsPerSecond.toFixed(1)} relationships/s, p50 ${cli.p50} p99 ${cli.p99} ms, ${cli.failed} failed`);
    results.push(cli);
    return { baseArticles: baseArticles.length, background, loadAverage: [loadStart, os.loadavg()[0] ?? 0], results };
  } finally {
    await server?.stop();
    await bench.db.close();
    await bench.neo4j.stop();
    fs.rmSync(path.join(BENCH_DIR, 'neo4j', storeName), { recursive: true, force: true });
  }
}
