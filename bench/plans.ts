// `npm run bench:plans [-- --store DIR]`: EXPLAINs every statement the write path runs, in a throwaway embedded
// Neo4j (or on a populated store kept by `bench:ingest --keep DIR`, whose statistics the planner then uses), and
// prints each plan's operators, flagging Eager (which makes a statement materialise all its rows before writing)
// and how long planning took. A check to run after changing a write statement, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { cypher } from '../src/db/cypher';
import neo4jDriver from 'neo4j-driver';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded';
import { applySchema } from '../src/db/schema';
import { Database } from '../src/db/database';

const WRITE_STATEMENTS: Array<[string, Record<string, unknown>]> = [
  // What bulk ingest runs per batch (src/facts/load.ts writeFactsBatch): two reads (with stored-facts), one write.
  // Single edits (src/graph/editing.ts) read with stored-entities / stored-facts and send the same write.
  ['facts-batch-state', { ids: [], declared: [], sourceIds: [] }],
  ['write-facts-batch', { actor: 'plans', sources: [], createEntities: [], updateEntities: [], keys: [], createFacts: [], updateFacts: [], quotes: [], disputes: [], stampFactIds: [], stampSourceIds: [] }],
  ['stored-entities', { ids: [] }],
  ['stored-facts', { ids: [] }],
  ['refresh-corroboration', { factIds: [], sourceIds: [] }],
];

interface PlanNode { operatorType: string; children: PlanNode[] }

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { store: { type: 'string' } } });
  const dataDir = values.store ? path.resolve(values.store) : fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-plans-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pageCacheMb: 128 });
  const config = loadConfig({}).neo4j;
  const db = Database.connect(neo4j.uri, config);
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(config.user, config.password));
  try {
    await applySchema(db);
    for (const [name, params] of WRITE_STATEMENTS) {
      const started = Date.now();
      const session = driver.session();
      const result = await session.run(`EXPLAIN ${cypher(name)}`, params).finally(() => session.close());
      const ops = result.summary.plan ? operators(result.summary.plan as unknown as PlanNode) : [];
      const eager = ops.filter((op) => op.startsWith('Eager')).length;
      console.log(`${name.padEnd(24)} ${eager ? `EAGER ×${eager}` : 'no Eager'}  planned in ${Date.now() - started} ms  ${ops.join(' < ')}`);
    }
  } finally {
    await driver.close();
    await db.close();
    await neo4j.stop();
    if (!values.store) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
