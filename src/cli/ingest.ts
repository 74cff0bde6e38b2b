// `npm run ingest -- <file-or-folder> [--batch 5000] [--actor name]`: loads facts documents (.json, or .ndjson
// with one document per line) into the graph NEO4J_URI points at (or the embedded one), several documents per
// transaction, and articles (.txt, or ArticleInput-shaped objects in .json/.jsonl), each read and written in its
// own transaction, with a progress bar and a summary. Exits 1 if any document failed; the others still load.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded';
import { applySchema } from '../db/schema';
import { ingestDocuments } from '../facts/articleFiles';
import type { BulkTotals } from '../facts/bulk';
import { documentFiles, documentsIn } from '../facts/files';

function summary(totals: BulkTotals, seconds: number): string {
  const rels = totals.relationships;
  const written = rels.created + rels.updated + rels.unchanged;
  return [
    `documents: ${totals.loaded} loaded, ${totals.failed.length} failed, ${totals.documents} read`,
    `entities: ${totals.entities.created} created, ${totals.entities.updated} updated, ${totals.entities.unchanged} unchanged`,
    `relationships: ${rels.created} created, ${rels.updated} updated, ${rels.unchanged} unchanged`,
    `time: ${seconds.toFixed(1)} s, ${Math.round(written / Math.max(seconds, 0.001))} relationships/s`,
  ].join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { batch: { type: 'string', default: '5000' }, actor: { type: 'string', default: 'cli' } },
  });
  const target = positionals[0];
  if (!target) {
    console.error('usage: npm run ingest -- <file-or-folder> [--batch <relationships per transaction>] [--actor <name>]');
    return 2;
  }
  const documents = documentFiles(target).flatMap(documentsIn);
  const config = loadConfig();
  let embedded: EmbeddedNeo4j | null = null;
  if (!config.neo4j.uri) embedded = await startEmbeddedNeo4j({ dataDir: config.neo4j.embeddedDataDir, port: config.neo4j.embeddedPort, log: (m) => console.error(m) });
  const db = Database.connect(config.neo4j.uri ?? embedded!.uri, { ...config.neo4j, transactionTimeoutMs: Math.max(config.neo4j.transactionTimeoutMs, 120_000) });
  const bar = new cliProgress.SingleBar({
    format: '{bar} {value}/{total} documents | {rate} relationships/s | {failed} failed | ETA {eta_formatted}',
    etaBuffer: 20,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  try {
    await applySchema(db);
    bar.start(documents.length, 0, { rate: 0, failed: 0 });
    const totals = await ingestDocuments(db, documents, {
      actor: values.actor ?? 'cli',
      articleMaxBytes: config.articleMaxBytes,
      batchRelationships: Number(values.batch),
      onProgress: (t) => {
        const rels = t.relationships.created + t.relationships.updated + t.relationships.unchanged;
        bar.update(t.loaded + t.failed.length, { rate: Math.round(rels / Math.max((Date.now() - started) / 1000, 0.001)), failed: t.failed.length });
      },
    });
    bar.update(totals.documents, { failed: totals.failed.length });
    bar.stop();
    console.log(summary(totals, (Date.now() - started) / 1000));
    for (const f of totals.failed) {
      console.error(`FAILED ${f.file}:${f.line}: ${f.message}`);
      for (const p of f.problems) console.error(`  ${p.path}: ${p.message}`);
    }
    return totals.failed.length ? 1 : 0;
  } finally {
    bar.stop();
    await db.close();
    await embedded?.stop();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error('ingest failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
