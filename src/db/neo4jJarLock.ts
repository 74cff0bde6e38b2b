// The lock of the embedded Neo4j's jars (neo4j/neo4j-jars.lock.json): what it holds, how it is read, written and
// compared, and how Maven's `dependency:list` output becomes one. Pure: no network, no file system.
import crypto from 'node:crypto';

/** Maven Central, the one source of the jars. */
export const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';

export interface LockedJar {
  groupId: string;
  artifactId: string;
  version: string;
  classifier: string | null;
  /** sha256 of the jar, hex. */
  sha256: string;
  bytes: number;
}

export interface JarLock {
  /** The org.neo4j:neo4j version the range in neo4j/pom.xml resolved to. */
  neo4jVersion: string;
  jars: LockedJar[];
}

export class JarLockError extends Error {}

export class ChecksumMismatchError extends Error {
  constructor(readonly jar: string, readonly expected: string, readonly actual: string) {
    super(`${jar}: sha256 ${actual} does not match the lock's ${expected}`);
  }
}

const PART = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `group:artifact:version[:classifier]`, the form the lock file uses. */
export function coordinates(jar: Pick<LockedJar, 'groupId' | 'artifactId' | 'version' | 'classifier'>): string {
  return [jar.groupId, jar.artifactId, jar.version, ...(jar.classifier ? [jar.classifier] : [])].join(':');
}

/** Parses `group:artifact:version[:classifier][:jar]`; only jars are locked, so a type other than jar is refused. */
export function parseCoordinates(text: string): Pick<LockedJar, 'groupId' | 'artifactId' | 'version' | 'classifier'> {
  const parts = text.split(':');
  if (parts.length === 5 && parts[4] !== 'jar') throw new JarLockError(`${text}: only jars are locked, not "${parts[4]}"`);
  const [groupId, artifactId, version, classifier] = parts;
  if (parts.length < 3 || parts.length > 5 || !groupId || !artifactId || !version || parts.some((p, i) => !PART.test(p) && !(i === 3 && p === ''))) {
    throw new JarLockError(`"${text}" is not group:artifact:version[:classifier]`);
  }
  return { groupId, artifactId, version, classifier: classifier || null };
}

/** The jar's name in .neo4j/lib and in Maven repositories: `artifact-version[-classifier].jar`. */
export function jarFileName(jar: LockedJar): string {
  return `${jar.artifactId}-${jar.version}${jar.classifier ? `-${jar.classifier}` : ''}.jar`;
}

/** The jar's path inside a Maven repository layout (Central's or a local ~/.m2/repository). */
export function repositoryPath(jar: LockedJar): string {
  return [...jar.groupId.split('.'), jar.artifactId, jar.version, jarFileName(jar)].join('/');
}

export function centralUrl(jar: LockedJar, base = MAVEN_CENTRAL): string {
  return `${base}/${repositoryPath(jar)}`;
}

/** Throws ChecksumMismatchError unless `actual` is the sha256 the lock records for the jar. */
export function verifyChecksum(jar: LockedJar, actual: string): void {
  if (actual.toLowerCase() !== jar.sha256) throw new ChecksumMismatchError(coordinates(jar), jar.sha256, actual);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks a lock file's text; every problem is a JarLockError naming the entry. */
export function parseJarLock(text: string): JarLock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JarLockError(`the jar lock is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(data) || typeof data.neo4jVersion !== 'string' || !PART.test(data.neo4jVersion) || !Array.isArray(data.jars) || data.jars.length === 0) {
    throw new JarLockError('the jar lock needs "neo4jVersion" and a non-empty "jars" list');
  }
  const jars = data.jars.map((entry: unknown, i): LockedJar => {
    if (!isRecord(entry) || typeof entry.jar !== 'string') throw new JarLockError(`jars[${i}] needs "jar": "group:artifact:version[:classifier]"`);
    const where = `jars[${i}] (${entry.jar})`;
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) throw new JarLockError(`${where}: "sha256" must be 64 lower-case hex digits`);
    if (typeof entry.bytes !== 'number' || !Number.isInteger(entry.bytes) || entry.bytes <= 0) throw new JarLockError(`${where}: "bytes" must be a positive integer`);
    return { ...parseCoordinates(entry.jar), sha256: entry.sha256, bytes: entry.bytes };
  });
  const names = new Set<string>();
  for (const jar of jars) {
    // All jars share one folder, so two with one file name would silently shadow each other.
    if (names.has(jarFileName(jar))) throw new JarLockError(`two locked jars are both named ${jarFileName(jar)}`);
    names.add(jarFileName(jar));
  }
  if (!jars.some((j) => j.groupId === 'org.neo4j' && j.artifactId === 'neo4j' && j.version === data.neo4jVersion)) {
    throw new JarLockError(`the jar lock says Neo4j ${data.neo4jVersion} but holds no org.neo4j:neo4j:${data.neo4jVersion}`);
  }
  return { neo4jVersion: data.neo4jVersion, jars };
}

/** The lock as committed: one jar a line, sorted, so a patch bump reads as a short diff. */
export function serializeJarLock(lock: JarLock): string {
  const jars = [...lock.jars].sort((a, b) => coordinates(a).localeCompare(coordinates(b)));
  const lines = jars.map((j) => `    ${JSON.stringify({ jar: coordinates(j), sha256: j.sha256, bytes: j.bytes })}`);
  return [
    '{',
    '  "comment": "The exact jars of the embedded Neo4j, fetched from Maven Central by src/db/neo4jJars.ts. Written by npm run neo4j:lock from neo4j/pom.xml; not edited by hand.",',
    `  "neo4jVersion": ${JSON.stringify(lock.neo4jVersion)},`,
    '  "jars": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** Identifies the jar set: .neo4j/lib keeps it in .lock-hash and is refetched when the lock's differs. */
export function jarLockHash(lock: JarLock): string {
  const lines = lock.jars.map((j) => `${coordinates(j)} ${j.sha256}`).sort();
  return crypto.createHash('sha256').update(lines.join('\n')).digest('hex');
}

export interface ListedArtifact {
  groupId: string;
  artifactId: string;
  version: string;
  classifier: string | null;
  type: string;
  scope: string;
  file: string;
}

/**
 * Parses `mvn dependency:list -DoutputAbsoluteArtifactFilename=true` output (an -DoutputFile or the log):
 * `group:artifact:type[:classifier]:version:scope:/abs/path.jar`, optionally followed by ` -- module name`
 * (plugin 3.x) or ` (optional)`.
 */
export function parseDependencyList(output: string): ListedArtifact[] {
  const artifacts: ListedArtifact[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(/^\[INFO\]/, '').replace(/\s--\s.*$/, '').replace(/\s\(optional\)\s*$/, '').trim();
    const match = /^([^\s:]+(?::[^\s:]+){4,5}):(\/.*|[A-Za-z]:\\.*)$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const parts = match[1].split(':');
    const [groupId, artifactId, type] = parts;
    const [classifier, version, scope] = parts.length === 6 ? parts.slice(3) : [null, ...parts.slice(3)];
    if (!groupId || !artifactId || !type || !version || !scope) continue;
    artifacts.push({ groupId, artifactId, type, classifier: classifier ?? null, version, scope, file: match[2].trim() });
  }
  return artifacts;
}

export interface JarLockChanges {
  added: string[];
  removed: string[];
  /** `group:artifact[:classifier] old → new` */
  bumped: string[];
  /** Same coordinates, different bytes: should never happen on Central, so it is called out. */
  rechecksummed: string[];
}

/** What changed between two locks, jar by jar (a jar's identity is its group, artifact and classifier). */
export function diffJarLocks(before: JarLock | null, after: JarLock): JarLockChanges {
  const key = (j: LockedJar): string => [j.groupId, j.artifactId, ...(j.classifier ? [j.classifier] : [])].join(':');
  const old = new Map((before?.jars ?? []).map((j) => [key(j), j]));
  const changes: JarLockChanges = { added: [], removed: [], bumped: [], rechecksummed: [] };
  for (const jar of after.jars) {
    const was = old.get(key(jar));
    old.delete(key(jar));
    if (!was) changes.added.push(coordinates(jar));
    else if (was.version !== jar.version) changes.bumped.push(`${key(jar)} ${was.version} → ${jar.version}`);
    else if (was.sha256 !== jar.sha256) changes.rechecksummed.push(coordinates(jar));
  }
  changes.removed = [...old.values()].map(coordinates);
  for (const list of Object.values(changes)) list.sort();
  return changes;
}
