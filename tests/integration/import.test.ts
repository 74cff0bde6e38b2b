// npm run import builds, through neo4j-admin, the very graph the online path writes: the same corpus loaded by
// bulk ingest into the tests' database and imported into a new store of its own, served by a Neo4j started on
// it with the service's schema step, gives the same portable fingerprint. A store that exists is refused.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateSources } from '../../bench/generator';
import { Database } from '../../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { bulkIngest } from '../../src/facts/bulk';
import { documentFiles, documentsIn } from '../../src/facts/files';
import { importStore } from '../../src/import';
import { fingerprintDiff, portableFingerprint } from '../fixtures/fingerprint';
import { testConfig } from '../fixtures/harness';
import { testEnvironment, testNeo4jUri, wipeTestDatabase } from '../fixtures/testDatabase';

const ACTOR = 'import-test';
let dir: string;
let inputs: string;

/** What the generator never writes: article text with line breaks and quotes, spans, rules, disputes, odd aliases. */
function edgeDocuments(corpus: ReturnType<typeof generateSources> extends Iterable<infer S> ? S[] : never): string[] {
  const first = corpus[0]!.document;
  const known = first.entities[0]!;
  const disputed = first.relationships[0]!;
  const quote = `Dr. "Jo" Smith, an envoy, met ${known.name}.`;
  const dispute = `It is false that ${disputed.quote}`;
  const text = `Talks, again\n\n${quote}\r\n${dispute}\n`;
  return [JSON.stringify({
    // Dated: an undated source reports on the day it is written, which differs when a run crosses midnight UTC.
    source: { id: 'edge-article', title: 'Talks, "again"', publisher: 'Edge; Wire', url: 'https://news.example/edge', publishedAt: '2025-07-20', text },
    entities: [
      { id: 'jo-smith', kind: 'PERSON', name: 'Jo Smith', aliases: ['Smith; J.', 'The "Envoy", Jo'], roles: ['Envoy'], externalIds: { wikidata: 'Q1' }, description: 'An envoy, with commas.' },
      known,
      first.entities.find((e) => e.id === disputed.from)!,
      first.entities.find((e) => e.id === disputed.to)!,
    ].filter((e, i, all) => all.findIndex((o) => o.id === e.id) === i),
    relationships: [
      { type: 'MEETS_WITH', from: 'jo-smith', to: known.id, quote, span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }, rule: 'meets-with', confidence: 0.7 },
      { type: disputed.type, from: disputed.from, to: disputed.to, quote: dispute, stance: 'DISPUTES' },
    ],
  })];
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-import-test-'));
  inputs = path.join(dir, 'inputs');
  fs.mkdirSync(inputs);
  const corpus = [...generateSources({ entities: 300, seed: 11 })];
  fs.writeFileSync(path.join(inputs, 'a-corpus.ndjson'), corpus.map((s) => JSON.stringify(s.document)).join('\n') + '\n');
  fs.writeFileSync(path.join(inputs, 'b-edges.ndjson'), edgeDocuments(corpus).join('\n') + '\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('an imported store holds exactly the graph bulk ingest writes (portable fingerprints equal)', async () => {
  // The online path: one bulk-ingest write into the tests' own database, after the schema step a fresh start runs.
  const db = Database.connect(testNeo4jUri(), testConfig().neo4j);
  let online;
  try {
    await wipeTestDatabase(db);
    await applySchema(db);
    const totals = await bulkIngest(db, documentFiles(inputs).flatMap(documentsIn), { actor: ACTOR, batchRelationships: 1_000_000 });
    expect(totals.failed).toEqual([]);
    online = await portableFingerprint(db);
  } finally {
    await db.close();
  }

  // The import, given also what it must leave out and report: a document with an unknown entity, an article.
  const withFailures = path.join(dir, 'with-failures');
  fs.cpSync(inputs, withFailures, { recursive: true });
  fs.writeFileSync(path.join(withFailures, 'c-bad.ndjson'), JSON.stringify({ source: { id: 'bad', title: 'Bad' }, entities: [], relationships: [{ type: 'ACCUSES', from: 'jo-smith', to: 'atlantis', quote: 'q' }] }) + '\n');
  fs.writeFileSync(path.join(withFailures, 'd-article.txt'), 'A title\n\nQatar mediates.\n');
  const store = path.join(dir, 'store');
  const report = await importStore({ inputs: [withFailures], into: store, actor: ACTOR });
  expect(report.failed.map((f) => [path.basename(f.file), f.line, f.problems.map((p) => p.path)])).toEqual([
    ['c-bad.ndjson', 1, ['$.relationships[0].to']],
    ['d-article.txt', 1, []],
  ]);
  expect(report.counts).toMatchObject({ disputes: 1, entities: 301 });

  // What `NEO4J_DATA_DIR=<store> npm start` does: the embedded Neo4j on the store, then the schema step.
  const embedded = await startEmbeddedNeo4j({ dataDir: store, port: await freePort(), pageCacheMb: 64 });
  const imported = Database.connect(embedded.uri, testConfig().neo4j);
  try {
    await applySchema(imported);
    const fromImport = await portableFingerprint(imported);
    expect(fingerprintDiff(online, fromImport)).toEqual({ removed: [], added: [] });
    expect(fromImport.hash).toBe(online.hash);
    expect(fromImport.relationships).toBeGreaterThan(3000);
  } finally {
    await imported.close();
    await embedded.stop();
  }
}, 240_000);

test('refuses a store folder that already holds anything: exit 2, a message naming it, the folder untouched', async () => {
  const store = path.join(dir, 'taken');
  fs.mkdirSync(store);
  fs.writeFileSync(path.join(store, 'keep.txt'), 'someone else\'s');
  const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', inputs, '--into', store], { env: testEnvironment(), cwd: path.resolve(__dirname, '../..') });
  await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`${store} already exists and is not empty`) });
  expect(fs.readdirSync(store)).toEqual(['keep.txt']);
  expect(fs.readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
}, 60_000);
