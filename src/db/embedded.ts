// The embedded default: a real Neo4j 5.26 Community from Maven Central jars, run by neo4j/EmbeddedNeo4j.java
// on the machine's Java 17 with Bolt on 127.0.0.1. Used when NEO4J_URI is not set (and by the tests).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { mavenLocalRepository, REPO_ROOT } from '../config';
import { installNeo4jJars, LOCK_HASH_FILE } from './neo4jJars';

/** The locked Neo4j jars (ensureNeo4jJars); the import runs neo4j-admin from them too. */
export const LIB_DIR = path.join(REPO_ROOT, '.neo4j', 'lib');
const LAUNCHER = path.join(REPO_ROOT, 'neo4j', 'EmbeddedNeo4j.java');
/** The exact jars (and checksums) the embedded Neo4j runs on; `npm run neo4j:lock` regenerates it. */
export const JAR_LOCK = path.join(REPO_ROOT, 'neo4j', 'neo4j-jars.lock.json');

export class MissingToolError extends Error {}

/** How the Java process ended: an exit code, or the signal that killed it. */
export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines Neo4j wrote to stderr, for the log. */
  stderr: string;
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  stop(): Promise<void>;
  /** The Java process, for tests that need to kill it hard. */
  process: ChildProcess;
  /** Settles when the Java process ends, however it ends (stop(), a crash, a kill). */
  exited: Promise<Neo4jExit>;
}

export function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new MissingToolError(`${command} not found: install ${install} (e.g. apt-get install ${install}) to run the embedded Neo4j, or set NEO4J_URI`);
  }
}

/**
 * Puts the locked Neo4j jars into .neo4j/lib (once; a changed lock refreshes them) and returns the Neo4j version.
 * Needs no Maven: the jars come straight from Maven Central, or from the local Maven repository when it has them.
 */
export async function ensureNeo4jJars(log: (msg: string) => void = () => undefined): Promise<string> {
  const installed = await installNeo4jJars({
    lockFile: JAR_LOCK,
    libDir: LIB_DIR,
    mavenRepository: mavenLocalRepository(),
    log,
    progressBar: Boolean(process.stderr.isTTY),
  });
  return installed.neo4jVersion;
}

/**
 * The java arguments that run the launcher. `java EmbeddedNeo4j.java` recompiles it at every start (about 6 s of
 * CPU), so it is compiled once per launcher source and jar set into .neo4j/launcher/<hash>; source mode if javac fails.
 */
function launcherArgs(): string[] {
  const classpath = `${LIB_DIR}${path.sep}*`;
  const hash = crypto.createHash('sha256').update(fs.readFileSync(LAUNCHER)).update(fs.readFileSync(path.join(LIB_DIR, LOCK_HASH_FILE))).digest('hex').slice(0, 16);
  const dir = path.join(REPO_ROOT, '.neo4j', 'launcher', hash);
  if (!fs.existsSync(path.join(dir, 'EmbeddedNeo4j.class'))) {
    const tmp = `${dir}.partial-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    const compiled = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', tmp, LAUNCHER], { stdio: 'ignore' });
    if (compiled.error || compiled.status !== 0) {
      fs.rmSync(tmp, { recursive: true, force: true });
      return ['-cp', classpath, LAUNCHER];
    }
    try {
      fs.renameSync(tmp, dir);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another start compiled the same launcher first
    }
  }
  return ['-cp', `${classpath}${path.delimiter}${dir}`, 'EmbeddedNeo4j'];
}

/** Java processes started here and still running: none may outlive this Node process (nor hold the store's lock). */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => { for (const c of running) c.kill('SIGTERM'); });
}

export class Neo4jStartTimeoutError extends Error {}

export async function startEmbeddedNeo4j(options: {
  dataDir: string;
  port: number;
  pageCacheMb?: number;
  log?: (msg: string) => void;
  /** A start that hangs (never READY, never exits) is killed after this long, so a restart cannot wait forever. */
  readyTimeoutMs?: number;
}): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => undefined);
  requireTool('java', ['-version'], 'openjdk-17-jdk-headless');
  const version = await ensureNeo4jJars(log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const child = spawn('java', ['-Xmx1g', ...launcherArgs(), options.dataDir, String(options.port), String(options.pageCacheMb ?? 256)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killOnExit(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });

  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    // Keep draining stdout for the process's whole life: a full pipe would block Neo4j's writes.
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      if (out.includes('READY ')) { out = ''; resolve(); }
      out = out.slice(-200);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready: ${stderr.trim().split('\n').slice(-5).join(' | ')}`)));
    if (options.readyTimeoutMs === undefined) return;
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jStartTimeoutError(`embedded Neo4j was not ready within ${options.readyTimeoutMs} ms; killed it`));
    }, options.readyTimeoutMs);
  }).finally(() => clearTimeout(timer));
  const exited = new Promise<Neo4jExit>((resolve) => {
    const settle = (): void => resolve({ code: child.exitCode, signal: child.signalCode, stderr: stderr.trim().split('\n').slice(-5).join(' | ') });
    if (child.exitCode !== null || child.signalCode !== null) settle();
    else child.once('exit', settle);
  });
  log(`embedded Neo4j ${version} on bolt://127.0.0.1:${options.port} (data in ${options.dataDir}, pid ${child.pid})`);
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    version,
    process: child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A port nothing listens on right now, for an embedded Neo4j (or server) of a test or benchmark. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
