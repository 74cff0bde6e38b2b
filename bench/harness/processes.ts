// Each server runs as its own child process (so its RSS is its own), started with tsx and stopped by pid.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serverEntry } from './build';
import type { PeerSettings } from './peers';
import type { ServerName } from './workloads';

const ROOT = path.resolve(__dirname, '..', '..');

export interface RunningServer {
  name: ServerName;
  pid: number;
  baseUrl: string;
  /** Resident set size now, in MB (VmRSS from /proc); null when it cannot be read (e.g. the process is gone). */
  rssMb(): number | null;
  /** CPU time the process has used so far (user + system, all threads), in ms; null when it cannot be read. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

function launch(name: ServerName, port: number, neo4jUri: string, peers: PeerSettings, nodeArgs: string[], env: Record<string, string>): ChildProcess {
  const args = [...nodeArgs, ...serverEntry(peers.runtime, name)];
  // Every server runs as production would, with the same driver pool (bench/harness/peers.ts).
  const shared = { ...process.env, NODE_ENV: 'production' };
  if (name === 'newsgraph') {
    return spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...shared, NEO4J_URI: neo4jUri, NEO4J_MAX_POOL_SIZE: String(peers.poolSize), PORT: String(port), SEED_ON_EMPTY: 'false', DEBUG_ROUND_TRIPS: 'true', LOG_LEVEL: 'warn', ...env },
    });
  }
  return spawn(process.execPath, [...args, '--port', String(port), '--neo4j', neo4jUri, '--pool', String(peers.poolSize)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: shared });
}

/** utime + stime of `pid` from /proc/<pid>/stat, in ms (clock ticks are 10 ms on Linux). */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start past the last ')'; utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
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

/**
 * Starts one server with what every server is given (`peers`); `nodeArgs` go to node itself (e.g. --cpu-prof),
 * `env` to newsgraph's environment (e.g. JWT_SECRET).
 */
export async function startServer(name: ServerName, port: number, neo4jUri: string, peers: PeerSettings, nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<RunningServer> {
  const child = launch(name, port, neo4jUri, peers, nodeArgs, env);
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
    cpuMs: () => processCpuMs(pid),
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
