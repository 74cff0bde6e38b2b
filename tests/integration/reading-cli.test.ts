// `npm run ingest` on a folder of articles (.txt, .json, .jsonl) beside a facts document: each article is read and
// written in its own transaction, a bad one is reported as FAILED file:line with exit code 1, the good ones load.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Harness, startHarness } from '../fixtures/harness';
import { teamArticles } from '../fixtures/teamArticles';
import { testEnvironment } from '../fixtures/testDatabase';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await startHarness();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-articles-'));
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The team's own reports (tests/fixtures/articles/) under test ids. */
function articles(n: number): Array<Record<string, string>> {
  const all = teamArticles();
  return Array.from({ length: n }, (_, i) => {
    const a = all[i % all.length]!;
    return { ...a, id: `cli-${a.id}-${i}` };
  });
}

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '../..');

async function ingest(target: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [require.resolve('tsx/cli'), 'src/cli/ingest.ts', target], { cwd: REPO, env: { ...testEnvironment(), LOG_LEVEL: 'silent' }, maxBuffer: 10 * 1024 * 1024 })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (e: { code: number; stdout: string; stderr: string }) => e);
}

test('articles in .txt, .json and .jsonl load beside a facts document; a bad one fails alone with FAILED file:line and exit 1', async () => {
  const [a, b, c, d] = articles(4);
  fs.writeFileSync(path.join(dir, 'a.txt'), `${a!.title}\n\n${a!.text}`);
  fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ ...b, id: 'cli-json-article' }));
  fs.writeFileSync(path.join(dir, 'c.jsonl'), [JSON.stringify(c), JSON.stringify(d), JSON.stringify({ title: 'Blank', text: '   ' })].join('\n'));
  fs.writeFileSync(path.join(dir, 'd.json'), JSON.stringify({
    source: { id: 'cli-facts-document', title: 'Facts documents keep working' },
    entities: [],
    relationships: [{ type: 'ACCUSES', from: 'qatar', to: 'iran', quote: 'a facts document beside articles' }],
  }));
  fs.writeFileSync(path.join(dir, 'e-empty.txt'), 'A title and no text\n');

  const result = await ingest(dir);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`FAILED ${path.join(dir, 'c.jsonl')}:3`);
  expect(result.stderr).toContain(`FAILED ${path.join(dir, 'e-empty.txt')}:1`);
  expect(result.stderr).toContain('$.text: must not be empty');
  expect(result.stdout).toMatch(/documents: 5 loaded, 2 failed, 7 read/);

  const res = await h.gql(`query($c: ID!, $d: ID!) {
    a: sources(first: 100) { edges { node { id title text } } }
    b: source(id: "cli-json-article") { title text }
    c: source(id: $c) { text }
    d: source(id: $d) { text }
    facts: source(id: "cli-facts-document") { text facts { totalCount } }
  }`, { c: c!.id, d: d!.id });
  expect(res.errors).toBeUndefined();
  const txt = (res.data!.a.edges as Array<{ node: { id: string; title: string; text: string | null } }>).find((e) => e.node.title === a!.title);
  expect(txt?.node.text).toBe(a!.text);
  expect(res.data!.b).toEqual({ title: b!.title, text: b!.text });
  expect(res.data!.c).toEqual({ text: c!.text });
  expect(res.data!.d).toEqual({ text: d!.text });
  expect(res.data!.facts).toEqual({ text: null, facts: { totalCount: 1 } });
  expect((await h.gql(`{ source(id: "blank") { id } }`)).data?.source).toBeNull();
});

test('the same article file again changes nothing: all unchanged, exit 0', async () => {
  // Re-reading other articles after more have been ingested may link differently (the graph is the reader's
  // dictionary); the promise is about one article read again against the graph it left.
  const [, , , , e] = articles(5);
  const file = path.join(dir, 'again', 'e.txt');
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, `${e!.title}\n${e!.text}`);
  const first = await ingest(file);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/documents: 1 loaded, 0 failed, 1 read/);
  const again = await ingest(path.dirname(file));
  expect(again.stderr).not.toContain('FAILED');
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/entities: 0 created, 0 updated, [1-9]\d* unchanged/);
  expect(again.stdout).toMatch(/relationships: 0 created, 0 updated, \d+ unchanged/);
});
