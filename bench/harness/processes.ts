// Each server runs as its own child process (so its RSS is its own), started with tsx and stopped by pid.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ServerName } from './workloads';

const ROOT = path.resolve(__dirname, '..', '..');

export interface RunningServer {
  name: ServerName;
  pid: number;
  baseUrl: string;
  /** Resident set size now, in MB (VmRSS from /proc); null when it cannot be read (e.g. the process is gone). */
  rssMb(): number | null;
  stop(): Promise<void>;
}

function launch(name: ServerName, port: number, neo4jUri: string, nodeArgs: string[], env: Record<string, string>): ChildProcess {
  const node = [process.execPath, ...nodeArgs, '--import', 'tsx'];
  if (name === 'newsgraph') {
    return spawn(node[0] as string, [...node.slice(1), path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: neo4jUri, PORT: String(port), SEED_ON_EMPTY: 'false', DEBUG_ROUND_TRIPS: 'true', LOG_LEVEL: 'warn', ...env },
    });
  }
  const script = path.join(ROOT, 'bench', 'servers', `${name === 'floor' ? 'floor' : 'neo4j-graphql'}.ts`);
  return spawn(node[0] as string, [...node.slice(1), script, '--port', String(port), '--neo4j', neo4jUri], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Waits until `url` answers 200 (the child exiting first is an error). */
export async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s`);
}

/** Starts one server; `nodeArgs` go to node itself (e.g. --cpu-prof), `env` to newsgraph's environment (e.g. JWT_SECRET). */
export async function startServer(name: ServerName, port: number, neo4jUri: string, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<RunningServer> {
  const child = launch(name, port, neo4jUri, nodeArgs, env);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitReady(name === 'newsgraph' ? `${baseUrl}/health/ready` : `${baseUrl}/stats`, child);
  const pid = child.pid as number;
  return {
    name,
    pid,
    baseUrl,
    rssMb() {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : null;
      } catch {
        return null;
      }
    },
    stop: () => stopChild(child, 10_000),
  };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the child has exited. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
