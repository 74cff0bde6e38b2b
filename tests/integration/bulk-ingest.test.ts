// Bulk loading: several documents per transaction, a bad document fails alone (reported by file and line),
// and concurrent writers of overlapping documents end with the same graph as one writer after another.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bulkIngest } from '../../src/facts/bulk';
import { type DocumentAt, documentFiles, documentsIn } from '../../src/facts/files';
import { graphCounts, type Harness, resetToSeed, startHarness } from '../fixtures/harness';
import { testCypher } from '../fixtures/testCypher';
import { testEnvironment, wipeTestDatabase } from '../fixtures/testDatabase';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await startHarness();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bulk-'));
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const doc = (id: string, relationships: unknown[], entities: unknown[] = []) => JSON.stringify({ source: { id, title: `Bulk ${id}` }, entities, relationships });
const rel = (from: string, to: string, quote: string) => ({ type: 'ACCUSES', from, to, quote });

test('good documents load and bad ones are reported by file and line, each alone', async () => {
  fs.writeFileSync(path.join(dir, 'a.ndjson'), [
    doc('bulk-one', [rel('qatar', 'iran', 'one')], [{ id: 'bulk-new', kind: 'GROUP', name: 'Bulk group' }]),
    '{ not json',
    '',
    doc('bulk-two', [rel('bulk-new', 'qatar', 'two')]), // uses an entity the first line declares
    doc('bulk-bad', [rel('qatar', 'atlantis', 'unknown end')]),
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'b.json'), doc('bulk-three', [rel('iran', 'qatar', 'three')]));
  const documents = documentFiles(dir).flatMap(documentsIn);
  const totals = await bulkIngest(h.db, documents, { actor: 'bulk-test', batchRelationships: 100 });
  expect(totals.documents).toBe(5);
  expect(totals.loaded).toBe(3);
  expect(totals.failed.map((f) => [path.basename(f.file), f.line])).toEqual([['a.ndjson', 2], ['a.ndjson', 5]]);
  expect(totals.failed[1]?.problems).toEqual([{ path: '$.relationships[0].to', message: expect.stringContaining('atlantis') }]);
  const res = await h.gql(`{ a: source(id: "bulk-one") { id } b: source(id: "bulk-two") { id } c: source(id: "bulk-three") { id } bad: source(id: "bulk-bad") { id } }`);
  expect(res.data).toEqual({ a: { id: 'bulk-one' }, b: { id: 'bulk-two' }, c: { id: 'bulk-three' }, bad: null });
});

test('failures are reported in input order while the next batch is validated during a write', async () => {
  // One document per batch: line 2 fails validation while line 1's batch is still being written (and failing).
  const file = path.join(dir, 'order.ndjson');
  fs.writeFileSync(file, [
    doc('order-bad-end', [rel('qatar', 'nowhere-land', 'unknown end')]),
    '{ not json',
    doc('order-good', [rel('iran', 'qatar', 'order good')]),
    doc('order-bad-end-2', [rel('qatar', 'nowhere-else', 'unknown end again')]),
  ].join('\n'));
  const totals = await bulkIngest(h.db, documentsIn(file), { actor: 'bulk-test', batchRelationships: 1 });
  expect(totals.failed.map((f) => f.line)).toEqual([1, 2, 4]);
  expect(totals.loaded).toBe(1);
  expect((await h.gql(`{ source(id: "order-good") { id } }`)).data?.source).toEqual({ id: 'order-good' });
});

test('the CLI exits non-zero and names the failed lines; the good documents still load', async () => {
  const file = path.join(dir, 'cli.ndjson');
  fs.writeFileSync(file, [doc('cli-good', [rel('qatar', 'iran', 'cli good')]), doc('cli-bad', [rel('qatar', 'nowhere', 'cli bad')])].join('\n'));
  const run = promisify(execFile);
  const error = await run(process.execPath, [require.resolve('tsx/cli'), 'src/cli/ingest.ts', file], { cwd: path.resolve(__dirname, '../..'), env: { ...testEnvironment(), LOG_LEVEL: 'silent' } })
    .then(() => null, (e: { code: number; stdout: string; stderr: string }) => e);
  expect(error?.code).toBe(1);
  expect(error?.stderr).toContain(`FAILED ${file}:2`);
  expect(error?.stdout).toMatch(/documents: 1 loaded, 1 failed/);
  expect((await h.gql(`{ source(id: "cli-good") { id } }`)).data?.source).toEqual({ id: 'cli-good' });
});

/** 40 documents over a pool of 30 entities; each declares what it uses, so any order is valid. */
function overlappingDocuments(): DocumentAt[] {
  const entity = (i: number) => ({ id: `pool-${i % 30}`, kind: 'GROUP', name: `Pool ${i % 30}`, aliases: [`P${i % 30}`] });
  return Array.from({ length: 40 }, (_, d) => {
    const rels = Array.from({ length: 15 }, (_, k) => {
      const a = (d * 7 + k) % 30;
      const b = (a + 1 + ((d + k) % 5)) % 30;
      return { type: k % 2 ? 'ACCUSES' : 'NEGOTIATES', from: `pool-${a}`, to: `pool-${b}`, quote: `quote ${(d + k) % 9}` };
    });
    const ids = [...new Set(rels.flatMap((r) => [Number(r.from.slice(5)), Number(r.to.slice(5))]))];
    return { file: 'generated', line: d + 1, text: JSON.stringify({ source: { id: `pool-source-${d % 10}`, title: `Pool source ${d % 10}` }, entities: ids.map(entity), relationships: rels }) };
  });
}

async function snapshot(): Promise<Record<string, number>> {
  const [row] = await h.db.readText(testCypher('duplicates'));
  const all = await graphCounts(h.db);
  // Whole-graph totals (sources, facts, SUPPORTS and NAMES included) under their own names, so they do not
  // overwrite the entity-to-entity relationship count.
  return { ...Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)])), allNodes: all.nodes, allRelationships: all.relationships };
}

test('four concurrent writers of overlapping documents end with the same graph as one after another', async () => {
  const docs = overlappingDocuments();
  await wipeTestDatabase(h.db);
  await bulkIngest(h.db, docs, { actor: 'sequential', batchRelationships: 60 });
  const sequential = await snapshot();

  await wipeTestDatabase(h.db);
  const orders = [docs, [...docs].reverse(), [...docs.slice(20), ...docs.slice(0, 20)], docs.filter((_, i) => i % 2).concat(docs.filter((_, i) => !(i % 2))), [...docs].reverse()];
  const results = await Promise.all(orders.map((order, i) => bulkIngest(h.db, order, { actor: `writer-${i}`, batchRelationships: 60 })));
  for (const r of results) expect(r.failed).toEqual([]);
  const concurrent = await snapshot();

  expect(concurrent).toEqual(sequential);
  expect(concurrent.entities).toBe(concurrent.entityIds);
  expect(concurrent.relationships).toBe(concurrent.relationshipIds);
  expect(concurrent.relationships).toBe(concurrent.facts);
  expect(concurrent.supports).toBe(concurrent.distinctSupports);
  expect(concurrent.names).toBe(concurrent.distinctNames);
  expect(concurrent.entities).toBe(30);
  expect(concurrent.relationships).toBe(300);
  await resetToSeed(h.db);
});
