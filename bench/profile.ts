// `npm run bench:profile [-- --entities N --workload W1 --seconds S --pool P --neo4j-graphql-w1 cypher|connections
// --servers newsgraph,floor --neo4j-port 7699 --rate R --warm-up S --runtime compiled|tsx]`:
// runs each server with node --cpu-prof under one workload at concurrency 16, given what `npm run bench` gives it
// (bench/harness/peers.ts), and reports its CPU time per request (from /proc: user + system, all threads, so a
// busy shared machine does not inflate it as wall-clock samples would) and where that time goes (GraphQL
// execution, Apollo, the driver, JSON, HTTP, our code, GC: the profile's samples, scaled to the CPU time), and
// Neo4j's CPU time per request meanwhile (its statements' cost, which Node's profile cannot see). `--rate` holds the
// load at R requests/s in all, so before/after runs compare CPU per request at the same throughput (fixed costs,
// timers and GC of an idle heap, are otherwise spread over more requests by the faster run).
// `--warm-up` (seconds per server, default `npm run bench`'s) matters for Neo4j's number: a freshly started Neo4j
// is still compiling its hot paths for a minute or so, and that CPU falls on the server measured first (newsgraph):
// W1 at 50/s measured three times in turn read Neo4j 20.1, 4.9, 2.8 ms per request for newsgraph and 8.3, 3.8,
// 2.5 for the floor. Compare Neo4j's share only after a warm-up of 30 s or more.
// Uses the store `npm run bench` loaded for the same size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOutDir } from './generate';
import { summarizeProfile } from './harness/cpuprofile';
import { BENCH_DIR, ensureLoaded, startDatabase } from './harness/database';
import { degreeSpread, pickInputs, readManifest } from './harness/inputs';
import { load } from './harness/measure';
import { buildServers, runtimeOption } from './harness/build';
import { DEFAULT_POOL_SIZE, WARM_UP } from './harness/peers';
import { type RunningServer, processCpuMs, startServer } from './harness/processes';
import { type Neo4jGraphqlW1, SERVERS, workloads } from './harness/workloads';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    entities: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    workload: { type: 'string', default: 'W1' },
    seconds: { type: 'string', default: '20' },
    pool: { type: 'string', default: String(DEFAULT_POOL_SIZE) },
    runtime: { type: 'string', default: 'compiled' },
    'neo4j-graphql-w1': { type: 'string', default: 'cypher' },
    servers: { type: 'string', default: SERVERS.join(',') },
    'neo4j-port': { type: 'string', default: '7699' },
    rate: { type: 'string' },
    'warm-up': { type: 'string', default: String(WARM_UP.seconds) },
  } });
  const entities = Number(values.entities);
  const seconds = Number(values.seconds);
  const name = `n${entities}-s${values.seed}`;
  const dataDir = defaultOutDir(entities, Number(values.seed));
  const manifest = readManifest(dataDir);
  const runtime = runtimeOption(values.runtime);
  if (runtime === 'compiled') buildServers(console.log);
  const bench = await startDatabase(name, Number(values['neo4j-port']));
  const lines: string[] = [`# CPU profile: ${values.workload}, concurrency 16, ${values.seconds} s, ${entities} entities, pool ${values.pool}`, ''];
  const servers: RunningServer[] = [];
  try {
    await ensureLoaded(bench, name, dataDir, console.log);
    const inputs = await pickInputs(manifest, degreeSpread(manifest, dataDir), bench.db);
    const questions = workloads(inputs, values['neo4j-graphql-w1'] as Neo4jGraphqlW1)[values.workload ?? 'W1'] ?? [];
    const chosen = SERVERS.filter((s) => (values.servers ?? '').split(',').includes(s));
    // Every server is started and warmed before any is measured, so Neo4j (its JIT, its page cache) is as warm for
    // the first one measured as for the last.
    for (const [i, serverName] of chosen.entries()) {
      const dir = path.join(BENCH_DIR, 'profile', serverName);
      fs.rmSync(dir, { recursive: true, force: true });
      servers.push(await startServer(serverName, 4110 + i, bench.uri, { poolSize: Number(values.pool), runtime }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]));
    }
    for (const server of servers) await load(server, questions, WARM_UP.connections, Number(values['warm-up']));
    for (const server of servers) {
      const serverName = server.name;
      const dir = path.join(BENCH_DIR, 'profile', serverName);
      let result;
      let cpuMs: number | null = null;
      let neo4jCpuMs: number | null = null;
      const neo4jPid = bench.neo4j.process.pid ?? 0;
      const loadBefore = os.loadavg()[0] ?? 0;
      try {
        const cpuBefore = server.cpuMs();
        const neo4jBefore = processCpuMs(neo4jPid);
        result = await load(server, questions, 16, seconds, values.rate ? Number(values.rate) : undefined);
        const cpuAfter = server.cpuMs();
        const neo4jAfter = processCpuMs(neo4jPid);
        if (cpuBefore !== null && cpuAfter !== null) cpuMs = cpuAfter - cpuBefore;
        if (neo4jBefore !== null && neo4jAfter !== null) neo4jCpuMs = neo4jAfter - neo4jBefore;
      } finally {
        // Stopped at once: the profile's last seconds are then this load.
        await server.stop();
      }
      // The main thread's profile (thread 0; other threads, if any, write their own files).
      const file = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()[0];
      if (!file) throw new Error(`no profile written for ${serverName}`);
      // Only the measured load (plus a second for shutdown), not start-up and warm-up.
      const summary = summarizeProfile(path.join(dir, file), (seconds + 1) * 1000);
      const requests = result.requestsPerSecond * seconds;
      const perRequest = cpuMs !== null && requests > 0 ? cpuMs / requests : null;
      // Samples say where the busy time went; the process's own CPU time says how much there was.
      const scale = perRequest !== null && summary.busyMs > 0 ? perRequest / summary.busyMs : 0;
      lines.push(`## ${serverName}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.errors ? `, ${result.errors} errors (${result.firstErrors.join('; ')})` : ''}`, '',
        `**CPU ${perRequest?.toFixed(2) ?? 'n/a'} ms per request** (${cpuMs ?? 'n/a'} ms of process CPU time over ${requests.toFixed(0)} requests); Neo4j meanwhile ${neo4jCpuMs !== null && requests > 0 ? (neo4jCpuMs / requests).toFixed(2) : 'n/a'} ms per request; load average (1 min) ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after.`,
        `The last ${(summary.totalMs / 1000).toFixed(0)} s of the main thread's profile (the measured load), busy ${(summary.busyMs / 1000).toFixed(1)} s.`, '',
        '| Where | CPU ms per request | profile ms | share |', '|---|---:|---:|---:|',
        ...summary.shares.map((s) => {
          const idle = s.label.startsWith('idle');
          return `| ${s.label} | ${idle ? '' : (s.ms * scale).toFixed(2)} | ${s.ms.toFixed(0)} | ${(s.share * 100).toFixed(1)} %${idle ? ' of wall time' : ''} |`;
        }), '');
      console.log(lines.slice(-summary.shares.length - 8).join('\n'));
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await bench.db.close();
    await bench.neo4j.stop();
  }
  const out = path.join(BENCH_DIR, 'profile', `summary-${values.workload}.md`);
  fs.writeFileSync(out, lines.join('\n'));
  console.log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
