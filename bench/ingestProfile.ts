// `npx tsx bench/ingestProfile.ts --store DIR --file FILE [--from N] [--batch 5000] [--rename]`: PROFILEs the
// statements bulk ingest runs for one batch (the documents from line N of FILE, about `--batch` relationships) on
// a populated store kept by `npm run bench:ingest -- --keep DIR`, in a transaction that is rolled back, and prints
// each statement's time, db hits, rows and its costliest operators. `--rename` gives the batch's sources and
// quotes new names, so the write finds them new (as a load of new articles about known entities would).
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { Database, profileStatements, timeStatements } from '../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded';
import { documentsIn } from '../src/facts/files';
import { writeFactsBatch } from '../src/facts/load';
import { type FactsDocument, validateFactsDocument } from '../src/facts/validate';

interface ProfileNode { operatorType: string; dbHits: number; rows: number; children: ProfileNode[] }

function flatten(node: ProfileNode): ProfileNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { store: { type: 'string' }, file: { type: 'string' }, from: { type: 'string', default: '1' }, batch: { type: 'string', default: '5000' }, rename: { type: 'boolean', default: false } } });
  if (!values.store || !values.file) throw new Error('usage: --store DIR --file FILE [--from N] [--batch 5000] [--rename]');
  const docs: FactsDocument[] = [];
  let size = 0;
  for (const at of documentsIn(values.file)) {
    if (at.line < Number(values.from) || size >= Number(values.batch)) continue;
    const { document } = validateFactsDocument(JSON.parse(at.text));
    if (!document) continue;
    docs.push(values.rename ? renamed(document) : document);
    size += document.relationships.length + 1;
  }
  const neo4j = await startEmbeddedNeo4j({ dataDir: values.store, port: await freePort(), pageCacheMb: 512 });
  const db = Database.connect(neo4j.uri, { ...loadConfig({}).neo4j, transactionTimeoutMs: 300_000 });
  const times = new Map<string, number>();
  timeStatements((name, ms) => times.set(name, ms));
  profileStatements((name, profile) => {
    const ops = flatten(profile as ProfileNode);
    const hits = ops.reduce((sum, op) => sum + op.dbHits, 0);
    const eager = ops.filter((op) => op.operatorType.startsWith('Eager')).length;
    const top = [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 6).map((op) => `${op.operatorType.replace(/@.*$/, '')} ${op.dbHits}`);
    console.log(`${name.padEnd(20)} ${String(Math.round(times.get(name) ?? 0)).padStart(6)} ms ${String(hits).padStart(9)} db hits  ${eager ? `EAGER ×${eager}` : 'no Eager'}  ${top.join(', ')}`);
  });
  const session = db.driver.session();
  try {
    console.log(`${docs.length} documents, ${size} relationships + documents`);
    // Twice: the first run's times include planning (and a cold page cache); the second's are the steady state.
    for (const run of ['first run', 'second run']) {
      console.log(run);
      const tx = session.beginTransaction();
      await writeFactsBatch(tx as unknown as ManagedTransaction, docs, 'bench-profile'); // run() is all it uses
      await tx.rollback();
    }
  } finally {
    await session.close();
    await db.close();
    await neo4j.stop();
  }
}

/** The document as a new source with new quotes: its facts then gain support rather than being found unchanged. */
function renamed(doc: FactsDocument): FactsDocument {
  return { ...doc, source: { ...doc.source, id: `${doc.source.id}-again` }, relationships: doc.relationships.map((r) => ({ ...r, quote: `${r.quote} (again)` })) };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
