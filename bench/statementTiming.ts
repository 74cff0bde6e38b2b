// `npx tsx bench/statementTiming.ts [--uri bolt://…] --pid JAVA_PID [--n 2000] file.json:label[=alias] …`: times
// statements dumped by bench/entityPageStatements.ts (or any JSON list of {label, text, params}) against a running
// Neo4j on the bench's store (`npx tsx bench/dbhits.ts --hold` keeps one running), with W1's ids (`--entities`,
// `--seed`: which store). Each runs serially N times in blocks, the statements interleaved (A, B, A, B) so a busy shared
// machine weighs on each alike. Reports per statement the client's mean ms, Neo4j's own time (the summary's
// resultAvailableAfter + resultConsumedAfter), Neo4j's CPU ms (from /proc of --pid: every thread, so also Bolt and
// the transaction) and the PROFILE db hits summed over the ids. A before/after check for one statement, not a test.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { defaultOutDir } from './generate';
import { degreeSpread, pickInputs, readManifest } from './harness/inputs';
import { processCpuMs } from './harness/processes';

interface Statement { label: string; text: string; params: Record<string, unknown> }
interface ProfileNode { dbHits: number; rows: number; children: ProfileNode[] }
const dbHits = (node: ProfileNode): number => node.dbHits + node.children.reduce((sum, c) => sum + dbHits(c), 0);

const revive = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && '$int' in value ? neo4j.int((value as { $int: number }).$int) : value;

async function run(driver: Driver, s: Statement, id: string, prefix = ''): Promise<{ records: number; serverMs: number; profile?: ProfileNode }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { records, summary } = await session.executeRead((tx) => tx.run(prefix + s.text, { ...s.params, id }));
    return {
      records: records.length,
      serverMs: Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter),
      profile: summary.profile ? summary.profile as unknown as ProfileNode : undefined,
    };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    uri: { type: 'string', default: 'bolt://127.0.0.1:7699' },
    pid: { type: 'string', default: '0' },
    n: { type: 'string', default: '2000' },
    block: { type: 'string', default: '250' },
    entities: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  } });
  const variants = positionals.map((spec) => {
    const [file, rest = ''] = spec.split(':');
    const [label, alias = `${file}:${label}`] = rest.split('=');
    const s = (JSON.parse(fs.readFileSync(file ?? '', 'utf8'), revive) as Statement[]).find((x) => x.label === label);
    if (!s) throw new Error(`no ${label} in ${file}`);
    return { ...s, label: alias };
  });
  const driver = neo4j.driver(values.uri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true });
  try {
    const dataDir = defaultOutDir(Number(values.entities), Number(values.seed));
    const manifest = readManifest(dataDir);
    const db = Database.connect(values.uri, loadConfig({}).neo4j);
    const ids = (await pickInputs(manifest, degreeSpread(manifest, dataDir), db)).entityIds;
    await db.close();
    const k = ids.length;
    const n = Number(values.n);
    const block = Number(values.block);
    const pid = Number(values.pid);
    const stats = variants.map(() => ({ ms: 0, serverMs: 0, cpu: 0, runs: 0, hits: 0, rows: 0 }));
    for (const [i, v] of variants.entries()) {
      for (const id of ids) {
        const { profile, records } = await run(driver, v, id, 'PROFILE ');
        stats[i]!.hits += profile ? dbHits(profile) : 0;
        stats[i]!.rows += records;
      }
      for (let w = 0; w < 200; w++) await run(driver, v, ids[w % k]!);
    }
    for (let done = 0; done < n; done += block) {
      for (const [i, v] of variants.entries()) {
        const cpu0 = processCpuMs(pid) ?? 0;
        const t0 = process.hrtime.bigint();
        for (let j = 0; j < block; j++) stats[i]!.serverMs += (await run(driver, v, ids[(done + j) % k]!)).serverMs;
        stats[i]!.ms += Number(process.hrtime.bigint() - t0) / 1e6;
        stats[i]!.cpu += (processCpuMs(pid) ?? 0) - cpu0;
        stats[i]!.runs += block;
      }
    }
    for (const [i, v] of variants.entries()) {
      const s = stats[i]!;
      console.log(`${v.label.padEnd(28)} ${(s.ms / s.runs).toFixed(3)} ms/stmt  neo4j time ${(s.serverMs / s.runs).toFixed(3)} ms  neo4j cpu ${(s.cpu / s.runs).toFixed(3)} ms/stmt  db hits ${s.hits} over ${k} ids  bytes ${Buffer.byteLength(v.text)}`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
