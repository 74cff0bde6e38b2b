// `npm run bench:neo4j-recovery [-- --kills 3 --facts 20 --timeout 120 --root <checkout>]`: the service as
// `npm start` runs it (src/main.ts, the embedded Neo4j, a scratch data folder and free ports), its Java process
// SIGKILLed while the API serves; measures how long until an entity read answers with data again, with nobody
// touching the service, and checks every acknowledged write is still there. `--root` runs it on another checkout
// (e.g. an older commit, `git worktree add`) to compare before/after. A benchmark: the numbers depend on the machine.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../src/auth/mint';
import { freePort } from '../src/db/embedded';
import { stopChild, waitReady } from './harness/processes';

const SECRET = 'bench-secret-for-neo4j-recovery-0123456789abcdef';
const INGEST = 'mutation($d: FactsDocumentInput!) { ingestFacts(document: $d) { sourceId } }';
const READ = 'query($id: ID!) { entity(id: $id) { id name } }';

const log = (msg: string): void => console.log(`[bench:neo4j-recovery ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function documentFor(i: number) {
  const [a, b] = [`rec-a-${i}`, `rec-b-${i}`];
  return {
    source: { id: `rec-src-${i}`, title: `Recovery write ${i}` },
    entities: [{ id: a, kind: 'GROUP', name: `Recovery A ${i}` }, { id: b, kind: 'GROUP', name: `Recovery B ${i}` }],
    relationships: [{ type: 'MEMBER_OF', from: a, to: b, quote: `A ${i} is a member of B ${i}` }],
  };
}

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; data: Record<string, unknown> | null; code: string | null }> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
    return { status: res.status, data: body.data ?? null, code: body.errors?.[0]?.extensions?.code ?? null };
  } catch {
    return { status: 0, data: null, code: 'NO RESPONSE' };
  }
}

const statusOf = (url: string): Promise<number> => fetch(url).then((r) => r.status, () => 0);

/** The embedded Neo4j is the service's only java child. */
function javaChildOf(pid: number): number | null {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' });
  const line = out.split('\n').map((l) => l.trim().split(/\s+/)).find(([, comm]) => comm === 'java');
  return line?.[0] ? Number(line[0]) : null;
}

interface Kill { recoveredMs: number | null; readySeen: number[]; liveSeen: number[]; exitLogged: boolean; readBack: string; timeline: string[] }

async function killOnce(child: ChildProcess, base: string, lines: string[], written: number, timeoutMs: number): Promise<Kill> {
  const java = javaChildOf(child.pid as number);
  if (java === null) throw new Error('no java child of the service found');
  const logMark = lines.length;
  const killedAt = Date.now();
  process.kill(java, 'SIGKILL');
  log(`SIGKILL to java pid ${java}`);
  const readySeen = new Set<number>();
  const liveSeen = new Set<number>();
  let recoveredMs: number | null = null;
  while (Date.now() - killedAt < timeoutMs) {
    readySeen.add(await statusOf(`${base}/health/ready`));
    liveSeen.add(await statusOf(`${base}/health/live`));
    const read = await post(`${base}/graphql`, READ, { id: 'rec-a-0' });
    if (read.status === 200 && read.data?.entity) { recoveredMs = Date.now() - killedAt; break; }
    await new Promise((r) => setTimeout(r, 250));
  }
  let found = 0;
  if (recoveredMs !== null) {
    for (let i = 0; i < written; i += 1) if ((await post(`${base}/graphql`, READ, { id: `rec-b-${i}` })).data?.entity) found += 1;
  }
  const logged = lines.slice(logMark).flatMap((l) => { try { return [JSON.parse(l) as { level: number; time: number; msg: string }]; } catch { return []; } });
  const exitLogged = logged.some((l) => l.level === 50 && l.msg.includes('exited'));
  // Where the time went: the service's own log lines about Neo4j, in ms after the kill.
  const timeline = logged.filter((l) => /neo4j/i.test(l.msg)).map((l) => `+${((l.time - killedAt) / 1000).toFixed(1)} s ${l.msg}`);
  return { recoveredMs, readySeen: [...readySeen].sort(), liveSeen: [...liveSeen].sort(), exitLogged, readBack: `${found}/${written}`, timeline };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { kills: { type: 'string', default: '3' }, facts: { type: 'string', default: '20' }, timeout: { type: 'string', default: '120' }, root: { type: 'string' } } });
  const root = path.resolve(values.root ?? path.join(__dirname, '..'));
  const kills = Number(values.kills);
  const facts = Number(values.facts);
  const timeoutMs = Number(values.timeout) * 1000;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-recovery-'));
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: String(boltPort), SEED_ON_EMPTY: 'false', JWT_SECRET: SECRET };
  delete env.NEO4J_URI;
  log(`service at ${root}, data in ${dataDir}`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(`${base}/health/ready`, child, 180_000);
    const editor = { authorization: `Bearer ${await mintToken({ secret: SECRET, subject: 'bench', roles: ['editor'] })}` };
    const results: Kill[] = [];
    for (let k = 0; k < kills; k += 1) {
      // Like a client: a write that is not acknowledged is sent again after a pause (ingestFacts is idempotent).
      const refused: string[] = [];
      for (let i = k * facts; i < (k + 1) * facts; i += 1) {
        for (let attempt = 1; ; attempt += 1) {
          const r = await post(`${base}/graphql`, INGEST, { d: documentFor(i) }, editor);
          if (!r.code) break;
          refused.push(r.code);
          if (attempt === 5) throw new Error(`write ${i} not acknowledged after 5 attempts: ${r.code}`);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
      if (refused.length) log(`writes answered with an error and sent again: ${refused.join(', ')}`);
      const result = await killOnce(child, base, lines, (k + 1) * facts, timeoutMs);
      results.push(result);
      log(`kill ${k + 1}: ${result.recoveredMs === null ? `NOT recovered within ${timeoutMs / 1000} s` : `API answered with data ${(result.recoveredMs / 1000).toFixed(1)} s after the kill`}; /health/ready seen ${result.readySeen.join(',')}; /health/live seen ${result.liveSeen.join(',')}; exit logged at error: ${result.exitLogged}; acknowledged writes read back ${result.readBack}`);
      for (const line of result.timeline) console.log(`    ${line}`);
      if (result.recoveredMs === null) break;
    }
    const metrics = await fetch(`${base}/metrics`).then((r) => r.text(), () => '');
    console.log(metrics.split('\n').filter((l) => /^newsgraph_neo4j_(up|restarts_total|exits_total|process_state)/.test(l)).join('\n'));
    const times = results.map((r) => r.recoveredMs).filter((ms): ms is number => ms !== null);
    console.log(`\nrecovery after SIGKILL (kill → entity read with data): ${times.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ') || 'none'}${times.length < results.length ? `; ${results.length - times.length} not recovered within ${timeoutMs / 1000} s` : ''}`);
  } finally {
    const java = child.exitCode === null ? javaChildOf(child.pid as number) : null;
    await stopChild(child, 30_000);
    // A Neo4j the service did not stop (it never restarted one, or was itself stuck) must not outlive the bench.
    if (java !== null && fs.existsSync(`/proc/${java}`) && fs.readFileSync(`/proc/${java}/comm`, 'utf8').trim() === 'java') process.kill(java, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
