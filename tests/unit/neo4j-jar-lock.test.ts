// The Neo4j jar lock's pure parts: reading it, naming and locating jars, checking checksums, reading Maven's list.
import {
  centralUrl,
  ChecksumMismatchError,
  diffJarLocks,
  jarFileName,
  jarLockHash,
  JarLockError,
  parseCoordinates,
  parseDependencyList,
  parseJarLock,
  repositoryPath,
  serializeJarLock,
  verifyChecksum,
  type JarLock,
} from '../../src/db/neo4jJarLock';
import { mavenLocalRepository } from '../../src/config';
import { installNeo4jJars, LOCK_HASH_FILE } from '../../src/db/neo4jJars';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

const lock: JarLock = {
  neo4jVersion: '5.26.9',
  jars: [
    { groupId: 'org.neo4j', artifactId: 'neo4j', version: '5.26.9', classifier: null, sha256: SHA_A, bytes: 1000 },
    { groupId: 'io.netty', artifactId: 'netty-transport-native-epoll', version: '4.1.115.Final', classifier: 'linux-x86_64', sha256: SHA_B, bytes: 2000 },
  ],
};

describe('the Neo4j jar lock', () => {
  test('a written lock reads back as the same lock, one jar a line', () => {
    const text = serializeJarLock(lock);
    expect(parseJarLock(text)).toEqual({ neo4jVersion: '5.26.9', jars: [lock.jars[1], lock.jars[0]] });
    expect(text).toContain('{"jar":"io.netty:netty-transport-native-epoll:4.1.115.Final:linux-x86_64","sha256":"');
  });

  test('the committed lock parses and names a 5.26 Neo4j', () => {
    const committed = parseJarLock(fs.readFileSync(path.join(__dirname, '../../neo4j/neo4j-jars.lock.json'), 'utf8'));
    expect(committed.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(committed.jars.length).toBeGreaterThan(100);
  });

  test.each([
    ['not JSON', '{', /not JSON/],
    ['no jars', '{"neo4jVersion":"5.26.9","jars":[]}', /non-empty "jars"/],
    ['a short checksum', '{"neo4jVersion":"5.26.9","jars":[{"jar":"org.neo4j:neo4j:5.26.9","sha256":"abc","bytes":1}]}', /jars\[0\] \(org.neo4j:neo4j:5.26.9\): "sha256"/],
    ['no size', `{"neo4jVersion":"5.26.9","jars":[{"jar":"org.neo4j:neo4j:5.26.9","sha256":"${SHA_A}"}]}`, /"bytes"/],
    ['bad coordinates', `{"neo4jVersion":"5.26.9","jars":[{"jar":"org.neo4j","sha256":"${SHA_A}","bytes":1}]}`, /not group:artifact:version/],
    ['no neo4j jar of its version', `{"neo4jVersion":"5.26.9","jars":[{"jar":"org.neo4j:neo4j:5.26.8","sha256":"${SHA_A}","bytes":1}]}`, /holds no org.neo4j:neo4j:5.26.9/],
    ['two jars of one file name', `{"neo4jVersion":"5.26.9","jars":[{"jar":"org.neo4j:neo4j:5.26.9","sha256":"${SHA_A}","bytes":1},{"jar":"other:neo4j:5.26.9","sha256":"${SHA_B}","bytes":1}]}`, /both named neo4j-5.26.9.jar/],
  ])('a lock with %s is refused', (_what, text, message) => {
    expect(() => parseJarLock(text)).toThrow(JarLockError);
    expect(() => parseJarLock(text)).toThrow(message);
  });

  test('coordinates take an optional classifier and an optional jar type, nothing else', () => {
    expect(parseCoordinates('org.neo4j:neo4j:5.26.9')).toEqual({ groupId: 'org.neo4j', artifactId: 'neo4j', version: '5.26.9', classifier: null });
    expect(parseCoordinates('io.netty:netty-x:4.1:linux-x86_64:jar').classifier).toBe('linux-x86_64');
    expect(() => parseCoordinates('io.netty:netty-x:4.1:linux-x86_64:pom')).toThrow(/only jars/);
    expect(() => parseCoordinates('a:b:../c')).toThrow(JarLockError);
    expect(() => parseCoordinates('a:b/c:1')).toThrow(JarLockError);
  });

  test('jar URLs follow Maven Central layout, classifier included', () => {
    const [neo4j, epoll] = lock.jars as [JarLock['jars'][0], JarLock['jars'][0]];
    expect(centralUrl(neo4j)).toBe('https://repo1.maven.org/maven2/org/neo4j/neo4j/5.26.9/neo4j-5.26.9.jar');
    expect(centralUrl(epoll)).toBe('https://repo1.maven.org/maven2/io/netty/netty-transport-native-epoll/4.1.115.Final/netty-transport-native-epoll-4.1.115.Final-linux-x86_64.jar');
    expect(repositoryPath(epoll)).toBe('io/netty/netty-transport-native-epoll/4.1.115.Final/netty-transport-native-epoll-4.1.115.Final-linux-x86_64.jar');
    expect(jarFileName(neo4j)).toBe('neo4j-5.26.9.jar');
  });

  test('a checksum other than the locked one is a ChecksumMismatchError naming both', () => {
    const jar = lock.jars[0]!;
    expect(() => verifyChecksum(jar, SHA_A.toUpperCase())).not.toThrow();
    expect(() => verifyChecksum(jar, SHA_B)).toThrow(ChecksumMismatchError);
    expect(() => verifyChecksum(jar, SHA_B)).toThrow(`org.neo4j:neo4j:5.26.9: sha256 ${SHA_B} does not match the lock's ${SHA_A}`);
  });

  test('the lock hash changes with the jar set, not with the order of its lines', () => {
    const reordered = { ...lock, jars: [...lock.jars].reverse() };
    expect(jarLockHash(reordered)).toBe(jarLockHash(lock));
    const bumped = { ...lock, jars: [{ ...lock.jars[0]!, sha256: SHA_B }, lock.jars[1]!] };
    expect(jarLockHash(bumped)).not.toBe(jarLockHash(lock));
  });

  test("Maven's dependency:list output, plugin 2.8 or 3.x, becomes artifacts with their files", () => {
    const output = [
      '',
      'The following files have been resolved:',
      '   org.neo4j:neo4j:jar:5.26.9:compile:/m2/org/neo4j/neo4j/5.26.9/neo4j-5.26.9.jar',
      '   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.115.Final:runtime:/m2/io/netty/e.jar -- module io.netty.transport.epoll [auto]',
      '   com.github.ben-manes.caffeine:caffeine:jar:3.1.8:compile:/m2/c.jar (optional)',
      '   none',
    ].join('\n');
    expect(parseDependencyList(output)).toEqual([
      { groupId: 'org.neo4j', artifactId: 'neo4j', type: 'jar', classifier: null, version: '5.26.9', scope: 'compile', file: '/m2/org/neo4j/neo4j/5.26.9/neo4j-5.26.9.jar' },
      { groupId: 'io.netty', artifactId: 'netty-transport-native-epoll', type: 'jar', classifier: 'linux-x86_64', version: '4.1.115.Final', scope: 'runtime', file: '/m2/io/netty/e.jar' },
      { groupId: 'com.github.ben-manes.caffeine', artifactId: 'caffeine', type: 'jar', classifier: null, version: '3.1.8', scope: 'compile', file: '/m2/c.jar' },
    ]);
  });

  test('a new lock is compared jar by jar: added, removed, version bumped', () => {
    const after: JarLock = {
      neo4jVersion: '5.26.10',
      jars: [
        { ...lock.jars[0]!, version: '5.26.10', sha256: SHA_B },
        { groupId: 'org.neo4j', artifactId: 'neo4j-new', version: '5.26.10', classifier: null, sha256: SHA_A, bytes: 5 },
      ],
    };
    expect(diffJarLocks(lock, after)).toEqual({
      added: ['org.neo4j:neo4j-new:5.26.10'],
      removed: ['io.netty:netty-transport-native-epoll:4.1.115.Final:linux-x86_64'],
      bumped: ['org.neo4j:neo4j 5.26.9 → 5.26.10'],
      rechecksummed: [],
    });
  });

  test('the local Maven repository is -Dmaven.repo.local from MAVEN_OPTS, else ~/.m2/repository', () => {
    expect(mavenLocalRepository({ MAVEN_OPTS: '-Xmx1g -Dmaven.repo.local=/tmp/m2 -B' })).toBe('/tmp/m2');
    expect(mavenLocalRepository({ MAVEN_OPTS: '-Dmaven.repo.local="/tmp/with space"' })).toBe('/tmp/with space');
    expect(mavenLocalRepository({})).toBe(path.join(os.homedir(), '.m2', 'repository'));
  });
});

describe('installing the locked jars', () => {
  // Jars found in a local Maven repository with the locked checksum are copied, so these tests need no network.
  const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'neo4j-jars-test-'));
  const repo = path.join(work, 'm2');
  const libDir = path.join(work, 'lib');
  const jar = (coords: string, content: string): { jar: string; sha256: string; bytes: number } => {
    const [group, artifact, version] = coords.split(':') as [string, string, string];
    const dir = path.join(repo, ...group.split('.'), artifact, version);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${artifact}-${version}.jar`), content);
    return { jar: coords, sha256: sha256(content), bytes: Buffer.byteLength(content) };
  };
  const writeLock = (jars: ReturnType<typeof jar>[]): string => {
    const file = path.join(work, 'lock.json');
    fs.writeFileSync(file, JSON.stringify({ neo4jVersion: '5.26.9', jars }));
    return file;
  };
  const neo4j = jar('org.neo4j:neo4j:5.26.9', 'the neo4j jar');
  const extra = jar('org.example:extra:1.0', 'an extra jar');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('lib holds exactly the locked jars and the lock hash; a changed lock refreshes it', async () => {
    expect(await installNeo4jJars({ lockFile: writeLock([neo4j, extra]), libDir, mavenRepository: repo })).toEqual({ neo4jVersion: '5.26.9', fetched: true });
    expect(fs.readdirSync(libDir).sort()).toEqual([LOCK_HASH_FILE, 'extra-1.0.jar', 'neo4j-5.26.9.jar']);
    expect(await installNeo4jJars({ lockFile: writeLock([neo4j, extra]), libDir, mavenRepository: repo })).toEqual({ neo4jVersion: '5.26.9', fetched: false });

    expect(await installNeo4jJars({ lockFile: writeLock([neo4j]), libDir, mavenRepository: repo })).toEqual({ neo4jVersion: '5.26.9', fetched: true });
    expect(fs.readdirSync(libDir).sort()).toEqual([LOCK_HASH_FILE, 'neo4j-5.26.9.jar']);
    expect(fs.readdirSync(work).filter((name) => name.startsWith('lib.'))).toEqual([]);
  });
});

