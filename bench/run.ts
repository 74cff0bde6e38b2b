// `npm run bench [-- --quick] [--entities N] [--seconds S] [--pool P] [--runtime compiled|tsx]`: generates and loads the graph (once), starts
// newsgraph, @neo4j/graphql and the floor over one Neo4j with the same pool (bench/harness/peers.ts), picks
// @neo4j/graphql's faster way to answer W1, checks they give the same answers, times each
// workload at each concurrency alternating the servers, times bulk ingest (W6) and articles end to end (W7), and
// writes BENCHMARKS.md and the chart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOutDir, writeGraph } from './generate';
import { DEFAULT_OPTIONS } from './generator';
import { ALL_RELATIONSHIP_TYPES } from '../src/graph/vocabulary';
import { renderChart } from './harness/chart';
import { BENCH_DIR, ensureLoaded, type LoadStats, measureIngest, measureIngestFloor, startDatabase } from './harness/database';
import { measureArticles } from './harness/articles';
import { degreeSpread, describeSpread, pickInputs, readManifest } from './harness/inputs';
import { checkAnswers, load, type LoadResult } from './harness/measure';
import { buildServers, runtimeOption } from './harness/build';
import { DEFAULT_POOL_SIZE, WARM_UP, chooseNeo4jGraphqlW1, givenLines } from './harness/peers';
import { type RunningServer, startServer } from './harness/processes';
import { type RunReport, renderReport } from './harness/report';
import { SERVERS, type ServerName, workloads } from './harness/workloads';

const ROOT = path.resolve(__dirname, '..');
const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function packageVersion(name: string): string {
  const file = path.join(ROOT, 'node_modules', ...name.split('/'), 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    quick: { type: 'boolean', default: false },
    entities: { type: 'string' },
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string' },
    concurrency: { type: 'string', default: '1,16,64' },
    'ingest-entities': { type: 'string' },
    articles: { type: 'string' },
    'articles-concurrency': { type: 'string', default: '1,4' },
    pool: { type: 'string', default: String(DEFAULT_POOL_SIZE) },
    runtime: { type: 'string', default: 'compiled' },
  } });
  const quick = values.quick ?? false;
  const entities = Number(values.entities ?? (quick ? 500 : 10_000));
  const seed = Number(values.seed);
  const seconds = Number(values.seconds ?? (quick ? 1 : 10));
  const concurrencies = (values.concurrency ?? '1,16,64').split(',').map(Number);
  const peers = { poolSize: Number(values.pool), runtime: runtimeOption(values.runtime) };
  if (peers.runtime === 'compiled') buildServers(log);
  const warmUpSeconds = quick ? WARM_UP.quickSeconds : WARM_UP.seconds;
  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;

  const name = `n${entities}-s${seed}`;
  const dataDir = defaultOutDir(entities, seed);
  if (!fs.existsSync(path.join(dataDir, 'manifest.json'))) {
    log(`generating ${entities} entities…`);
    writeGraph({ ...DEFAULT_OPTIONS, entities, seed }, dataDir);
  }
  const manifest = readManifest(dataDir);

  log('starting Neo4j…');
  const bench = await startDatabase(name, 7699);
  const servers: RunningServer[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.stop()));
    await bench.db.close();
    await bench.neo4j.stop();
  };
  process.once('SIGINT', () => { void stopAll().then(() => process.exit(130)); });
  try {
    const ingest = await ensureLoaded(bench, name, dataDir, log);

    const spread = degreeSpread(manifest, dataDir);
    log(`W1: ${describeSpread(spread)}`);
    const inputs = await pickInputs(manifest, spread, bench.db);

    for (const [i, server] of SERVERS.entries()) {
      log(`starting ${server} (pool ${peers.poolSize})…`);
      servers.push(await startServer(server, 4100 + i, bench.uri, peers));
    }
    const byName = (name: string) => servers.find((s) => s.name === name) as RunningServer;
    const w1Choice = await chooseNeo4jGraphqlW1(byName('newsgraph'), byName('neo4j-graphql'), inputs, quick ? 2 : 5);
    log(`@neo4j/graphql W1: ${JSON.stringify(w1Choice.requestsPerSecond)} req/s, using ${w1Choice.chosen}`);
    const questions = workloads(inputs, w1Choice.chosen);

    const roundTrips: RunReport['roundTrips'] = {};
    for (const [workload, qs] of Object.entries(questions)) {
      roundTrips[workload] = await checkAnswers(servers, qs);
      log(`${workload}: ${qs.length} questions answered identically by all servers; round trips ${JSON.stringify(roundTrips[workload])}`);
    }

    const results: RunReport['results'] = {};
    let rotation = 0;
    for (const [workload, qs] of Object.entries(questions)) {
      results[workload] = {};
      for (const server of servers) await load(server, qs, WARM_UP.connections, warmUpSeconds); // warm-up, not reported
      for (const c of concurrencies) {
        const cell = {} as Record<ServerName, LoadResult>;
        // Alternate who goes first, so no server always runs on a machine warmed (or tired) by another.
        const order = servers.map((_, k) => servers[(k + rotation) % servers.length] as RunningServer);
        rotation++;
        for (const server of order) {
          cell[server.name] = await load(server, qs, c, seconds);
          // Let requests autocannon gave up on finish in Neo4j, so they do not slow the next cell down.
          await new Promise((r) => setTimeout(r, cell[server.name].errors ? 10_000 : 1_000));
          log(`${workload} c=${c} ${server.name}: ${cell[server.name].requestsPerSecond.toFixed(0)} req/s p50 ${cell[server.name].p50} p99 ${cell[server.name].p99} ms, ${cell[server.name].rssMb?.toFixed(0) ?? 'n/a'} MB${cell[server.name].errors ? `, ${cell[server.name].errors} errors` : ''}`);
        }
        results[workload][c] = cell;
      }
    }

    // W6 after the reads, in an empty store of its own, so the reads' store stays as loaded.
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await bench.db.close();
    await bench.neo4j.stop();
    // When this run loaded the read store, that load is W6; otherwise a small graph goes into a scratch store.
    const ingestEntities = Number(values['ingest-entities'] ?? 1000);
    let w6: LoadStats = ingest.stats;
    let w6Label = `the read store's ${manifest.entities}-entity graph (seed ${seed}), loaded in this run`;
    if (!ingest.now) {
      const ingestDir = defaultOutDir(ingestEntities, seed + 1);
      if (!fs.existsSync(path.join(ingestDir, 'manifest.json'))) writeGraph({ ...DEFAULT_OPTIONS, entities: ingestEntities, seed: seed + 1 }, ingestDir);
      w6 = await measureIngest(ingestDir, log);
      w6Label = `a generated ${ingestEntities}-entity graph (seed ${seed + 1}) into an empty scratch store`;
    }
    log(`W6: ${w6.relationshipsPerSecond.toFixed(0)} relationships/s`);
    const w6DataDir = ingest.now ? dataDir : defaultOutDir(ingestEntities, seed + 1);
    const w6Floor = await measureIngestFloor(w6DataDir, log);
    log(`W6 floor: ${w6Floor.relationshipsPerSecond.toFixed(0)} relationships/s`);

    // W7: the dev articles through extraction and ingest, in a scratch store holding the W6-sized graph.
    const articleCount = Number(values.articles ?? (quick ? 10 : 40));
    const articles = articleCount > 0
      ? await measureArticles({ articles: articleCount, concurrencies: (values['articles-concurrency'] ?? '1,4').split(',').map(Number), backgroundEntities: ingestEntities, seed: seed + 1, runtime: peers.runtime, log })
      : undefined;

    const cpus = os.cpus();
    const report: RunReport = {
      startedAt: new Date(started).toISOString(),
      minutes: (Date.now() - started) / 60_000,
      mode: quick ? 'quick' : 'full',
      machine: [
        `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}`,
        `load average (1 min) ${loadBefore.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end — the machine is shared; autocannon, the three servers and Neo4j all run on it`,
        `Node ${process.version}; Neo4j ${bench.neo4j.version} Community (embedded, one instance, 512 MB page cache, -Xmx1g)`,
        `newsgraph: Apollo Server ${packageVersion('@apollo/server')}, graphql ${packageVersion('graphql')}, neo4j-driver ${packageVersion('neo4j-driver')}`,
        `@neo4j/graphql ${packageVersion('@neo4j/graphql')} on the same Apollo Server; autocannon ${packageVersion('autocannon')}`,
        `servers run ${peers.runtime === 'compiled' ? 'compiled (`npm run build`), with plain `node`' : 'with `node --import tsx` (TypeScript transpiled at start-up)'}, each its own process (what each was given: next section)`,
      ],
      given: givenLines(peers, warmUpSeconds, w1Choice),
      data: [
        `generated by \`npm run generate -- --entities ${entities} --seed ${seed}\`: ${manifest.entities} entities, ${manifest.relationships} relationships, ${manifest.mentions} quotes from ${manifest.sources} sources`,
        `hubs: ${manifest.hubs.slice(0, 3).map((h) => `${h.id} (${h.degree})`).join(', ')}`,
        `W1: ${describeSpread(spread)}`,
      ],
      secondsPerCell: seconds,
      concurrencies,
      results,
      roundTrips,
      ingest: [
        `this run, ${w6Label}, through newsgraph's bulk ingest (\`bulkIngest\`, as \`npm run ingest\`: ~5,000 relationships per transaction, UNWIND upserts): ${w6.relationships} relationship upserts (each batch's distinct relationships, summed over batches) from ${w6.documents} documents in ${w6.seconds.toFixed(1)} s = **${w6.relationshipsPerSecond.toFixed(0)} relationships/s**`,
        ...(ingest.now ? [] : [`when the read store was loaded earlier (${ingest.stats.relationships} relationship upserts from ${ingest.stats.documents} documents, the loader of that day): ${ingest.stats.relationshipsPerSecond.toFixed(0)} relationships/s`]),
        `the ingest floor on the same documents into an empty store (\`bench/harness/ingestFloor.ts\`: plain CREATEs of the same sources, entities, facts, relationships and quotes by a loader that knows the data beforehand, so it reads nothing and tracks nothing, in the same ~5,000-relationship transactions): ${w6Floor.relationships} distinct relationships in ${w6Floor.seconds.toFixed(1)} s = **${w6Floor.relationshipsPerSecond.toFixed(0)} relationships/s**; newsgraph's distinct relationships in its load time: ${(w6Floor.relationships / w6.seconds).toFixed(0)}/s = **${(w6Floor.relationships / w6.seconds / w6Floor.relationshipsPerSecond).toFixed(2)}× the floor**`,
        '@neo4j/graphql has no bulk path for this model short of one nested create mutation per document, so W6 has no @neo4j/graphql row.',
      ],
      articles,
      notes: [
        `W1: \`entity(id)\` with \`relationships(first: 100)\` and both ends of each, for entities drawn across the degree distribution (Data above; every one has fewer than 100, so all three return all of them). @neo4j/graphql generates no "all relationship types" field: its client either asks for one connection per type and direction (${ALL_RELATIONSHIP_TYPES.length * 2}), or reads a \`@cypher\` field added for it; the bench uses the faster (above).`,
        'W2: `neighborhood(depth: 2, limit: 100)` of the five biggest hubs; W3: `path(maxHops: 4)` between mid-degree entities; W4: `search(first: 10)` on names and first names. @neo4j/graphql answers W2–W4 through `@cypher` fields running the same Cypher as the floor.',
        'W5: a mix of 60 % W1, 15 % W2, 10 % W3, 15 % W4 questions.',
        'Round trips: newsgraph reports its own (extensions.roundTrips); for the others the statements sent through the driver are counted.',
        'RSS: peak VmRSS of the server process sampled every 100 ms while under load; "n/a" counts reads of /proc/<pid>/status that failed (process gone), never shown as 0 MB.',
        ...(articles ? ['W7: per article, the GraphQL rows time one `ingestArticle` request (reading against the graph, then one write transaction) with the given number in flight; the CLI row times `ingestDocuments` (what `npm run ingest` runs on article files) in the harness process, the server stopped. Relationships written = created + updated (a new quote of a known fact updates it).'] : []),
        'Noise: the load average above says how busy the shared machine was; single cells can swing 2–5× between runs. Compare servers within a row (same minute), not across runs.',
      ],
    };
    const quickDir = path.join(BENCH_DIR, 'quick');
    const reportPath = quick ? path.join(quickDir, 'BENCHMARKS.md') : path.join(ROOT, 'BENCHMARKS.md');
    const chartPath = quick ? path.join(quickDir, 'bench-chart.svg') : path.join(ROOT, 'bench', 'chart.svg');
    fs.mkdirSync(path.dirname(reportPath), { recursive: true });
    const series = Object.entries(results).map(([workload, byC]) => ({
      workload,
      concurrency: concurrencies,
      values: Object.fromEntries(SERVERS.map((s) => [s, concurrencies.map((c) => byC[c]?.[s].requestsPerSecond ?? 0)])) as Record<ServerName, number[]>,
    }));
    fs.writeFileSync(chartPath, renderChart(series, `Requests per second by concurrency — ${manifest.entities} entities`));
    fs.writeFileSync(reportPath, renderReport(report, path.relative(path.dirname(reportPath), chartPath)));
    fs.writeFileSync(reportPath.replace(/\.md$/, '.json'), JSON.stringify(report, null, 2));
    log(`wrote ${reportPath} and ${chartPath} in ${report.minutes.toFixed(1)} min`);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
