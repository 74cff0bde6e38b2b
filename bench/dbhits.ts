// `npx tsx bench/dbhits.ts [--entities 10000] [--seed 1]`: PROFILEs the statements newsgraph runs for W1–W3 and
// the floor's (bench/cypher/) on the same questions and prints the db hits, summed per workload. Neo4j's own
// measure of a statement's cost, apart from the machine's load. Starts the embedded Neo4j on the bench's store
// (loading it once, as `npm run bench` does), or uses a running one with `--uri bolt://…` (`--hold` keeps the
// one it started running, for repeated comparisons while changing a statement).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { cypher, filledCypher } from '../src/db/cypher';
import { entityProjection, relationshipMap, reportedFragment, retractedFragment, sourcesFragment, typesFragment } from '../src/graph/fragments';
import { int } from '../src/db/values';
import { type EntityPageQuery, entityPageStatement } from '../src/graph/entityPages';
import { ALL_RELATIONSHIP_TYPES } from '../src/graph/vocabulary';
import { benchCypher } from './cypher';
import { defaultOutDir, writeGraph } from './generate';
import { DEFAULT_OPTIONS } from './generator';
import { ensureLoaded, startDatabase } from './harness/database';
import { degreeSpread, pickInputs, readManifest } from './harness/inputs';
import { Database } from '../src/db/database';

interface ProfileNode { dbHits: number; children: ProfileNode[] }

const dbHits = (node: ProfileNode): number => node.dbHits + node.children.reduce((sum, child) => sum + dbHits(child), 0);

async function profile(driver: Driver, text: string, params: Record<string, unknown>): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${text}`, params);
    return result.summary.profile ? dbHits(result.summary.profile as unknown as ProfileNode) : 0;
  } finally {
    await session.close();
  }
}

type Statement = [label: string, text: string, params: Record<string, unknown>];

function entityPage(q: EntityPageQuery): Statement {
  const { name, params } = entityPageStatement(q);
  return ['entity-page', cypher(name), params];
}

/** What newsgraph runs for each workload's question, with the parameters its repositories pass. */
const ours = {
  W1: (id: string): Statement[] => [entityPage({
    id,
    filter: { direction: 'BOTH', types: [...ALL_RELATIONSHIP_TYPES], includeRetracted: false, minSources: null, asOf: null },
    page: { after: '', first: 100, limit: 101 },
    selection: { entityFields: ['id', 'name', 'kind'], endFields: ['id', 'name', 'kind'], count: false, quotes: false },
  })],
  W2: (id: string): Statement[] => [['neighborhood', cypher(filledCypher('neighborhood', {
    types: typesFragment(ALL_RELATIONSHIP_TYPES), retracted: retractedFragment(false, null), sources: sourcesFragment(null, null), edge: relationshipMap(false),
    node: entityProjection(['id', 'name', 'kind']),
  })), { id, depth: int(2), limit: int(100), types: [...ALL_RELATIONSHIP_TYPES], direction: 'BOTH', minSources: null, asOf: null }]],
  W3: (from: string, to: string): Statement[] => [['shortest-paths', cypher(filledCypher('shortest-paths', {
    types: typesFragment(ALL_RELATIONSHIP_TYPES), retracted: retractedFragment(false, null), reported: reportedFragment(null), relationship: relationshipMap(false, 'alone'),
  })), {
    from, to, maxHops: int(4), types: [...ALL_RELATIONSHIP_TYPES], limit: int(1), asOf: null,
  }]],
};

const floor = {
  W1: (id: string): Statement[] => [['entity', benchCypher('entity'), { id, limit: int(100) }]],
  W2: (id: string): Statement[] => [['neighborhood', benchCypher('neighborhood'), { id, limit: int(100) }]],
  W3: (from: string, to: string): Statement[] => [['path', benchCypher('path'), { from, to, maxHops: int(4) }]],
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    entities: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    uri: { type: 'string' },
    port: { type: 'string', default: '7697' },
    hold: { type: 'boolean', default: false },
  } });
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  const name = `n${entities}-s${seed}`;
  const dataDir = defaultOutDir(entities, seed);
  if (!fs.existsSync(path.join(dataDir, 'manifest.json'))) writeGraph({ ...DEFAULT_OPTIONS, entities, seed }, dataDir);
  const manifest = readManifest(dataDir);

  const config = loadConfig({}).neo4j;
  const started = values.uri ? null : await startDatabase(name, Number(values.port));
  const uri = values.uri ?? started?.uri ?? '';
  const db = started?.db ?? Database.connect(uri, config);
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password));
  try {
    if (started) await ensureLoaded(started, name, dataDir, (msg) => console.log(msg));
    const inputs = await pickInputs(manifest, degreeSpread(manifest, dataDir), db);
    const questions: Record<'W1' | 'W2' | 'W3', Array<{ ours: Statement[]; floor: Statement[] }>> = {
      W1: inputs.entityIds.map((id) => ({ ours: ours.W1(id), floor: floor.W1(id) })),
      W2: inputs.hubIds.map((id) => ({ ours: ours.W2(id), floor: floor.W2(id) })),
      W3: inputs.pairs.map(([a, b]) => ({ ours: ours.W3(a, b), floor: floor.W3(a, b) })),
    };
    console.log(`${name}: db hits per workload, summed over its questions (and per question, ours / floor)`);
    for (const [workload, list] of Object.entries(questions)) {
      let [oursTotal, floorTotal] = [0, 0];
      const each: string[] = [];
      for (const q of list) {
        let [o, f] = [0, 0];
        for (const [, text, params] of q.ours) o += await profile(driver, text, params);
        for (const [, text, params] of q.floor) f += await profile(driver, text, params);
        oursTotal += o;
        floorTotal += f;
        each.push(`${o}/${f}`);
      }
      const labels = list[0]?.ours.map(([label]) => label).join(' + ') ?? '';
      console.log(`${workload}  ours ${oursTotal}  floor ${floorTotal}  ratio ${(oursTotal / Math.max(floorTotal, 1)).toFixed(2)}  (${labels})`);
      console.log(`    ${each.join('  ')}`);
    }
    if (started && values.hold) {
      console.log(`holding Neo4j at ${uri}; Ctrl-C to stop`);
      await new Promise<void>((resolve) => process.once('SIGINT', resolve));
    }
  } finally {
    await driver.close();
    await db.close();
    await started?.neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
