// `npm run neo4j:lock [-- --from <dependency-list.txt>]`: resolves neo4j/pom.xml's version range with Maven once
// (slow: Maven walks every 5.26.x POM), checks each jar against Maven Central's .sha1, writes
// neo4j/neo4j-jars.lock.json with sha256 and sizes, and says what changed. The only command that needs Maven.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../config';
import { JAR_LOCK } from '../db/embedded';
import { centralUrl, coordinates, diffJarLocks, parseDependencyList, parseJarLock, serializeJarLock, type JarLock, type LockedJar } from '../db/neo4jJarLock';

const POM = path.join(REPO_ROOT, 'neo4j', 'pom.xml');

/** Runs `mvn dependency:list` on the pom and returns its output file's text; prints a progress line every 5 s. */
async function resolveWithMaven(): Promise<string> {
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) throw new Error('mvn not found: install maven (e.g. apt-get install maven); only npm run neo4j:lock needs it');
  const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neo4j-lock-')), 'dependencies.txt');
  const args = ['-B', '-f', POM, 'dependency:list', '-DincludeScope=runtime', '-DoutputAbsoluteArtifactFilename=true', `-DoutputFile=${outputFile}`];
  console.log(`resolving ${path.relative(REPO_ROOT, POM)} with mvn ${args.slice(3).join(' ')} (several minutes from an empty Maven cache)`);
  const started = Date.now();
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let downloaded = 0;
  const tail: string[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.includes('Downloaded from')) downloaded += 1;
    tail.push(line);
    if (tail.length > 30) tail.shift();
  });
  const timer = setInterval(() => console.log(`  maven: ${downloaded} files downloaded, ${Math.round((Date.now() - started) / 1000)} s`), 5000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`mvn dependency:list failed (exit ${code}):\n${tail.join('\n')}`);
  console.log(`  maven: done in ${Math.round((Date.now() - started) / 1000)} s (${downloaded} files downloaded)`);
  return fs.readFileSync(outputFile, 'utf8');
}

async function sha256AndSize(file: string): Promise<{ sha256: string; sha1: string; bytes: number }> {
  const sha256 = crypto.createHash('sha256');
  const sha1 = crypto.createHash('sha1');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const buffer = chunk as Buffer;
    sha256.update(buffer);
    sha1.update(buffer);
    bytes += buffer.length;
  }
  return { sha256: sha256.digest('hex'), sha1: sha1.digest('hex'), bytes };
}

/** Maven's own checksum policy only warns, so the lock double-checks every jar against Central's published sha1. */
async function centralSha1(jar: LockedJar): Promise<string> {
  const url = `${centralUrl(jar)}.sha1`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
      const sha1 = /[0-9a-f]{40}/i.exec(await response.text())?.[0];
      if (!sha1) throw new Error(`GET ${url}: no sha1 in the answer`);
      return sha1.toLowerCase();
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

async function buildLock(listing: string): Promise<JarLock> {
  const artifacts = parseDependencyList(listing).filter((a) => a.scope === 'compile' || a.scope === 'runtime');
  const notJars = artifacts.filter((a) => a.type !== 'jar');
  if (notJars.length) throw new Error(`the runtime classpath holds non-jar artifacts, which the lock cannot express: ${notJars.map((a) => `${a.groupId}:${a.artifactId}:${a.type}`).join(', ')}`);
  const neo4j = artifacts.find((a) => a.groupId === 'org.neo4j' && a.artifactId === 'neo4j');
  if (!neo4j) throw new Error('the dependency list holds no org.neo4j:neo4j');
  const jars: LockedJar[] = [];
  let checked = 0;
  const queue = [...artifacts];
  const worker = async (): Promise<void> => {
    for (let artifact = queue.shift(); artifact; artifact = queue.shift()) {
      const { file, type: _type, scope: _scope, ...coords } = artifact;
      const local = await sha256AndSize(file);
      const jar: LockedJar = { ...coords, sha256: local.sha256, bytes: local.bytes };
      const published = await centralSha1(jar);
      if (published !== local.sha1) throw new Error(`${coordinates(jar)}: ${file} has sha1 ${local.sha1}, Maven Central publishes ${published}; delete it and rerun`);
      jars.push(jar);
      checked += 1;
      if (checked % 50 === 0) console.log(`  checked ${checked}/${artifacts.length} jars against Maven Central's sha1`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  // Round-trip through the parser, so a lock this command writes is one the fetcher accepts.
  return parseJarLock(serializeJarLock({ neo4jVersion: neo4j.version, jars }));
}

function readOldLock(): JarLock | null {
  try {
    return parseJarLock(fs.readFileSync(JAR_LOCK, 'utf8'));
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  const listing = values.from ? fs.readFileSync(values.from, 'utf8') : await resolveWithMaven();
  const lock = await buildLock(listing);
  const old = readOldLock();
  const changes = diffJarLocks(old, lock);
  fs.writeFileSync(JAR_LOCK, serializeJarLock(lock));
  const megabytes = (lock.jars.reduce((sum, j) => sum + j.bytes, 0) / 1_048_576).toFixed(1);
  console.log(`wrote ${path.relative(REPO_ROOT, JAR_LOCK)}: Neo4j ${old && old.neo4jVersion !== lock.neo4jVersion ? `${old.neo4jVersion} → ` : ''}${lock.neo4jVersion}, ${lock.jars.length} jars, ${megabytes} MB`);
  const sections: [string, string[]][] = [['added', changes.added], ['removed', changes.removed], ['version bumped', changes.bumped], ['same version, new checksum', changes.rechecksummed]];
  if (!old) return console.log('no previous lock to compare with');
  if (sections.every(([, list]) => list.length === 0)) console.log('no change to the jar set');
  for (const [title, list] of sections) {
    if (list.length) console.log(`${title} (${list.length}):\n${list.map((l) => `  ${l}`).join('\n')}`);
  }
}

main().catch((error: unknown) => {
  console.error('neo4j:lock failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
