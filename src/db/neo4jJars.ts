// Puts exactly the locked Neo4j jars into .neo4j/lib: copied from a local Maven repository or the previous lib
// folder when the checksum matches, otherwise downloaded from Maven Central, several at once, each verified.
// No Maven and no transitive resolution: the lock already says which jars, so there is nothing to resolve.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { centralUrl, ChecksumMismatchError, jarFileName, jarLockHash, parseJarLock, repositoryPath, verifyChecksum, type JarLock, type LockedJar } from './neo4jJarLock';

export const LOCK_HASH_FILE = '.lock-hash';

export interface InstallJarsOptions {
  lockFile: string;
  libDir: string;
  /** A local Maven repository to copy matching jars from (e.g. ~/.m2/repository); it need not exist. */
  mavenRepository?: string;
  log?: (msg: string) => void;
  /** Downloads at once. */
  concurrency?: number;
  /** Attempts per jar on transient failures (network errors, HTTP 429/5xx, timeouts). */
  attempts?: number;
  /** A progress bar on stderr; off means a log line every few seconds. */
  progressBar?: boolean;
}

export interface InstalledJars {
  neo4jVersion: string;
  /** False when .neo4j/lib already held the locked set. */
  fetched: boolean;
}

class NotRetryable extends Error {}

export function readJarLock(lockFile: string): JarLock {
  return parseJarLock(fs.readFileSync(lockFile, 'utf8'));
}

/** True when libDir holds the lock's jar set: its .lock-hash is the lock's and every jar is there. */
export function libMatchesLock(libDir: string, lock: JarLock): boolean {
  try {
    if (fs.readFileSync(path.join(libDir, LOCK_HASH_FILE), 'utf8').trim() !== jarLockHash(lock)) return false;
  } catch {
    return false;
  }
  return lock.jars.every((jar) => fs.existsSync(path.join(libDir, jarFileName(jar))));
}

export async function installNeo4jJars(options: InstallJarsOptions): Promise<InstalledJars> {
  const lock = readJarLock(options.lockFile);
  const { libDir } = options;
  const log = options.log ?? (() => undefined);
  if (libMatchesLock(libDir, lock)) return { neo4jVersion: lock.neo4jVersion, fetched: false };

  removeAbandonedPartials(libDir);
  const tmp = `${libDir}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const totalBytes = lock.jars.reduce((sum, j) => sum + j.bytes, 0);
  log(`fetching Neo4j ${lock.neo4jVersion}: ${lock.jars.length} locked jars (${mb(totalBytes)} MB) from Maven Central into ${displayPath(libDir)} (once)`);
  const progress = startProgress(lock.jars.length, totalBytes, options.progressBar ?? false, log);
  const sources = [libDir, ...(options.mavenRepository ? [options.mavenRepository] : [])];
  let copied = 0;
  try {
    await eachConcurrently(lock.jars, options.concurrency ?? 8, async (jar) => {
      const target = path.join(tmp, jarFileName(jar));
      if (await copyLocal(jar, sources, target)) {
        copied += 1;
        progress.bytes(jar.bytes);
      } else {
        await download(jar, target, options.attempts ?? 4, (n) => progress.bytes(n));
      }
      progress.jarDone();
    });
  } catch (error) {
    progress.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  progress.stop();
  fs.writeFileSync(path.join(tmp, LOCK_HASH_FILE), `${jarLockHash(lock)}\n`);
  swapIntoPlace(tmp, libDir, lock);
  log(`Neo4j ${lock.neo4jVersion} jars ready: ${lock.jars.length} jars, ${mb(totalBytes)} MB in ${progress.seconds().toFixed(1)} s (${lock.jars.length - copied} downloaded, ${copied} copied from local folders)`);
  return { neo4jVersion: lock.neo4jVersion, fetched: true };
}

/** Renames the finished folder into place, so an interrupted fetch is never mistaken for a complete one. */
function swapIntoPlace(tmp: string, libDir: string, lock: JarLock): void {
  if (fs.existsSync(libDir)) {
    // Another process may have finished the same fetch first; its folder is as good as ours.
    if (libMatchesLock(libDir, lock)) {
      fs.rmSync(tmp, { recursive: true, force: true });
      return;
    }
    const stale = `${libDir}.stale-${process.pid}`;
    fs.renameSync(libDir, stale);
    fs.rmSync(stale, { recursive: true, force: true });
  }
  fs.renameSync(tmp, libDir);
}

/** Partial folders left by a fetch whose process is gone (Ctrl-C, crash) would otherwise pile up. */
function removeAbandonedPartials(libDir: string): void {
  const parent = path.dirname(libDir);
  if (!fs.existsSync(parent)) return;
  const prefix = `${path.basename(libDir)}.`;
  for (const name of fs.readdirSync(parent)) {
    const match = name.startsWith(prefix) ? /^(?:partial|stale)(?:-(\d+))?$/.exec(name.slice(prefix.length)) : null;
    if (match && !(match[1] && processAlive(Number(match[1])))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Copies the jar from the first source folder that holds it with the locked checksum. */
async function copyLocal(jar: LockedJar, sources: string[], target: string): Promise<boolean> {
  for (const source of sources) {
    for (const candidate of [path.join(source, jarFileName(jar)), path.join(source, ...repositoryPath(jar).split('/'))]) {
      try {
        if (fs.statSync(candidate).size !== jar.bytes || (await sha256File(candidate)) !== jar.sha256) continue;
      } catch {
        continue;
      }
      await fs.promises.copyFile(candidate, target);
      return true;
    }
  }
  return false;
}

async function download(jar: LockedJar, target: string, attempts: number, onBytes: (n: number) => void): Promise<void> {
  const url = centralUrl(jar);
  for (let attempt = 1; ; attempt += 1) {
    let received = 0;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      if (!response.ok || !response.body) {
        const message = `GET ${url}: HTTP ${response.status}`;
        throw response.status === 429 || response.status >= 500 ? new Error(message) : new NotRetryable(message);
      }
      const hash = crypto.createHash('sha256');
      const out = fs.createWriteStream(target);
      try {
        for await (const chunk of response.body) {
          hash.update(chunk);
          received += chunk.length;
          onBytes(chunk.length);
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
      } finally {
        await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      }
      verifyChecksum(jar, hash.digest('hex'));
      return;
    } catch (error) {
      onBytes(-received);
      const final = error instanceof NotRetryable || error instanceof ChecksumMismatchError || attempt >= attempts;
      if (final) throw error instanceof NotRetryable ? new Error(error.message) : error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
    }
  }
}

async function eachConcurrently<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    // After one failure the others stop taking new jars: the fetch is lost anyway.
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? relative : dir;
}

function mb(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}

interface Progress {
  bytes(n: number): void;
  jarDone(): void;
  seconds(): number;
  stop(): void;
}

/** A bar on a terminal; elsewhere (CI, pino logs) a line every 3 s, so a slow fetch never looks hung. */
function startProgress(totalJars: number, totalBytes: number, bar: boolean, log: (msg: string) => void): Progress {
  const started = Date.now();
  let jars = 0;
  let bytes = 0;
  const seconds = (): number => (Date.now() - started) / 1000;
  const rate = (): string => (bytes / 1_048_576 / Math.max(seconds(), 0.001)).toFixed(1);
  const payload = (): Record<string, string> => ({ done: mb(bytes), totalMb: mb(totalBytes), rate: rate(), jars: `${jars}/${totalJars}` });
  const progressBar = bar
    ? new cliProgress.SingleBar({ format: 'Neo4j jars {bar} {jars} jars | {done}/{totalMb} MB | {rate} MB/s', hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic)
    : null;
  progressBar?.start(totalBytes, 0, payload());
  const timer = progressBar ? null : setInterval(() => log(`Neo4j jars: ${jars}/${totalJars} jars, ${mb(bytes)}/${mb(totalBytes)} MB, ${rate()} MB/s`), 3000);
  let stopped = false;
  return {
    bytes(n) {
      bytes += n;
      progressBar?.update(Math.min(bytes, totalBytes), payload());
    },
    jarDone() {
      jars += 1;
      progressBar?.update(Math.min(bytes, totalBytes), payload());
    },
    seconds,
    stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      progressBar?.stop();
    },
  };
}
