// `npm run import -- <file-or-folder>… --into <new store> [--actor name] [--work dir] [--off-heap 4G] [--skip-schema]`:
// builds a new store from facts documents with neo4j-admin's importer (src/import/), then starts it once to
// build the schema, so `NEO4J_DATA_DIR=<new store> npm start` serves it. Refuses (exit 2) a store that exists
// and is not empty. Exits 1 if any document failed (the others are imported), as npm run ingest does.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { importStore, type ImportReport, prepareStore, StoreExistsError } from '../import';

const USAGE = 'usage: npm run import -- <file-or-folder>… --into <new store folder> [--actor <name>] [--work <csv folder>] [--off-heap <size>] [--skip-schema]';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(report: ImportReport, firstStart: { startMs: number; schemaMs: number } | null): string {
  const { counts, ms } = report;
  const importMs = ms.read + ms.csv + ms.admin;
  const totalMs = importMs + (firstStart ? firstStart.startMs + firstStart.schemaMs : 0);
  return [
    `documents: ${report.documents - report.failed.length} imported, ${report.failed.length} failed, ${report.documents} read`,
    `graph: ${counts.entities} entities, ${counts.relationships} relationships, ${counts.quotes} quotes, ${counts.disputes} disputes, ${counts.sources} sources, ${counts.nameKeys} name keys`,
    `time: read and resolve ${seconds(ms.read)} (CPU ${seconds(report.cpuMs.read)}), CSV ${seconds(ms.csv)} (CPU ${seconds(report.cpuMs.csv)})`
      + `, ${(report.csvBytes / 2 ** 20).toFixed(0)} MiB of CSV`
      + `, neo4j-admin ${seconds(ms.admin)}`
      + (firstStart ? `, first start ${seconds(firstStart.startMs)} + schema and indexes ${seconds(firstStart.schemaMs)}` : ', schema skipped (built at the first start)'),
    `total: ${seconds(totalMs)}, ${Math.round(counts.relationships / Math.max(totalMs / 1000, 0.001))} relationships/s`
      + ` (${Math.round(counts.relationships / Math.max(importMs / 1000, 0.001))} relationships/s before the schema step)`,
  ].join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      into: { type: 'string' },
      actor: { type: 'string', default: 'import' },
      work: { type: 'string' },
      'off-heap': { type: 'string', default: '4G' },
      'skip-schema': { type: 'boolean', default: false },
    },
  });
  if (!positionals.length || !values.into) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  let report: ImportReport;
  try {
    report = await importStore({
      inputs: positionals,
      into: values.into,
      actor: values.actor ?? 'import',
      workDir: values.work,
      offHeap: values['off-heap'],
      log: (line) => console.error(line),
      onRead: (n) => process.stderr.write(`\rread ${n} documents`),
    });
  } catch (error) {
    if (error instanceof StoreExistsError) {
      console.error(`import refused: ${error.message}`);
      return 2;
    }
    throw error;
  }
  process.stderr.write('\n');
  const firstStart = values['skip-schema'] ? null : await prepareStore(values.into, config.neo4j, (line) => console.error(line));
  console.log(summary(report, firstStart));
  for (const f of report.failed) {
    console.error(`FAILED ${f.file}:${f.line}: ${f.message}`);
    for (const p of f.problems) console.error(`  ${p.path}: ${p.message}`);
  }
  console.log(`serve it: NEO4J_DATA_DIR=${values.into} npm start`);
  return report.failed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error('import failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
