// `npm run bench:profile [-- --entities N --workload W1 --seconds S]`: runs each server with node --cpu-prof
// under one workload at concurrency 16 and reports where its CPU time goes (GraphQL execution, Apollo, the
// driver, JSON, HTTP, our code, GC) and how much of the wall time it spends idle, waiting on Neo4j.
// Uses the store `npm run bench` loaded for the same size.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOutDir } from './generate';
import { summarizeProfile } from './harness/cpuprofile';
import { BENCH_DIR, ensureLoaded, startDatabase } from './harness/database';
import { degreeSpread, pickInputs, readManifest } from './harness/inputs';
import { load } from './harness/measure';
import { startServer } from './harness/processes';
import { SERVERS, workloads } from './harness/workloads';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    entities: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    workload: { type: 'string', default: 'W1' },
    seconds: { type: 'string', default: '20' },
  } });
  const entities = Number(values.entities);
  const name = `n${entities}-s${values.seed}`;
  const dataDir = defaultOutDir(entities, Number(values.seed));
  const manifest = readManifest(dataDir);
  const bench = await startDatabase(name, 7699);
  const lines: string[] = [`# CPU profile: ${values.workload}, concurrency 16, ${values.seconds} s, ${entities} entities`, ''];
  try {
    await ensureLoaded(bench, name, dataDir, console.log);
    const questions = workloads(await pickInputs(manifest, degreeSpread(manifest, dataDir), bench.db))[values.workload ?? 'W1'] ?? [];
    for (const [i, serverName] of SERVERS.entries()) {
      const dir = path.join(BENCH_DIR, 'profile', serverName);
      fs.rmSync(dir, { recursive: true, force: true });
      const server = await startServer(serverName, 4110 + i, bench.uri, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      let result;
      try {
        await load(server, questions, 16, 3); // warm-up
        result = await load(server, questions, 16, Number(values.seconds));
      } finally {
        await server.stop();
      }
      const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) throw new Error(`no profile written for ${serverName}`);
      // Only the measured load (plus a second for shutdown), not start-up and warm-up.
      const summary = summarizeProfile(path.join(dir, file), (Number(values.seconds) + 1) * 1000);
      lines.push(`## ${serverName}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`, '',
        `The last ${(summary.totalMs / 1000).toFixed(0)} s of the profile (the measured load), busy ${(summary.busyMs / 1000).toFixed(1)} s.`, '',
        '| Where | CPU ms | share |', '|---|---:|---:|',
        ...summary.shares.map((s) => `| ${s.label} | ${s.ms.toFixed(0)} | ${(s.share * 100).toFixed(1)} %${s.label.startsWith('idle') ? ' of wall time' : ''} |`), '');
      console.log(lines.slice(-summary.shares.length - 6).join('\n'));
    }
  } finally {
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
