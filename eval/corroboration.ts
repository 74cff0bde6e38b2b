// npm run eval:corroboration -- --corpus <dir> — the seed plus every article of the corpus folder (eval/README.md),
// read and ingested into a throwaway embedded Neo4j through the normal paths (seed loader, then `ingestDocuments` as `npm run ingest` does), then asked
// through GraphQL what "many sources, one picture" shows on them: how many facts more than one source or
// publisher supports, the best corroborated ones, disputes, and how `asOf` answers move over the articles' dates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded';
import { applySchema } from '../src/db/schema';
import { ingestDocuments } from '../src/facts/articleFiles';
import { documentsIn } from '../src/facts/files';
import { loadSeed } from '../src/facts/seed';
import { createLogger } from '../src/log';
import { createServer } from '../src/server';
import { corpusArg } from './corpus';

interface Answer { data?: Record<string, unknown>; errors?: unknown[] }
interface Corroborated { id: string; sourceCount: number; publisherCount: number; firstReported: string | null; lastReported: string | null; combinedConfidence: number; disputedBy: unknown[] }

async function main(): Promise<void> {
  const corpus = corpusArg(process.argv.slice(2), 'npm run eval:corroboration -- --corpus <dir>');
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(corpus, f));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-corroboration-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pageCacheMb: 256 });
  const config = loadConfig({ LOG_LEVEL: 'silent', NEO4J_TX_TIMEOUT_MS: '120000' });
  const db = Database.connect(neo4j.uri, config.neo4j);
  const server = await createServer({ config, db, log: createLogger('silent') });
  try {
    await applySchema(db);
    await loadSeed(db);
    const totals = await ingestDocuments(db, files.flatMap((f) => documentsIn(f)), { actor: 'eval', articleMaxBytes: config.articleMaxBytes });
    const url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
    const ask = async (query: string): Promise<Record<string, unknown>> => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const answer = (await response.json()) as Answer;
      if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    };
    const fields = 'id sourceCount publisherCount firstReported lastReported combinedConfidence disputedBy { quote }';
    const overview = await ask(`{
      stats { relationshipCount sourceCount }
      two: relationships(minSources: 2, first: 100) { totalCount edges { node { ${fields} } } }
      three: relationships(minSources: 3) { totalCount }
    }`);
    const stats = overview.stats as { relationshipCount: number; sourceCount: number };
    const multi = (overview.two as { totalCount: number; edges: Array<{ node: Corroborated }> });
    console.log(`seed + ${totals.loaded} corpus articles (${totals.failed.length} failed): ${stats.sourceCount} sources, ${stats.relationshipCount} relationships`);
    console.log(`supported by ≥2 sources: ${multi.totalCount}; by ≥2 publishers: ${multi.edges.filter((e) => e.node.publisherCount >= 2).length}; by ≥3 sources: ${(overview.three as { totalCount: number }).totalCount}`);
    console.log(`disputed: ${multi.edges.filter((e) => e.node.disputedBy.length).length} of those`);
    console.log('\nbest corroborated:');
    for (const { node } of [...multi.edges].sort((a, b) => b.node.combinedConfidence - a.node.combinedConfidence).slice(0, 10)) {
      console.log(`  ${node.id}: ${node.sourceCount} sources, ${node.publisherCount} publishers, ${node.firstReported} → ${node.lastReported}, combined ${node.combinedConfidence.toFixed(3)}`);
    }
    console.log('\nas of a day (relationships known, of them with ≥2 sources):');
    for (const day of ['2024-04-29', '2024-04-30', '2025-05-15', '2025-05-16', '2025-08-12', new Date().toISOString().slice(0, 10)]) {
      const then = await ask(`{ all: relationships(asOf: "${day}") { totalCount } two: relationships(asOf: "${day}", minSources: 2) { totalCount } }`);
      console.log(`  ${day}: ${(then.all as { totalCount: number }).totalCount}, ${(then.two as { totalCount: number }).totalCount}`);
    }
  } finally {
    await server.stop();
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
