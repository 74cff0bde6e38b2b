// eval:extract's graph run: a scratch embedded Neo4j (temporary data folder, never .neo4j/data) holding the seed,
// then every corpus article read against the graph (`readAgainstGraph`) and ingested (`ingestArticle`) as the
// product does, in a fixed order: the tuning half, then the test half, each by url. Returns the graph-linked
// extractions of the articles that have gold, and every entity the graph ends with.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded';
import { str, strList } from '../src/db/rowShape';
import { applySchema } from '../src/db/schema';
import { ingestArticle, readAgainstGraph } from '../src/facts/articleIngest';
import { loadSeed } from '../src/facts/seed';
import type { Article, Extraction } from '../src/reading';
import { halfOf, type CorpusArticle } from './corpus';
import type { GraphEntity } from './graphFigures';

export interface GraphRun { extractions: Map<string, Extraction>; entities: GraphEntity[]; failed: string[] }

/** Tuning half first, then the test half, each sorted by url: the order fixes which article meets the graph first. */
export function ingestOrder(corpus: readonly CorpusArticle[]): CorpusArticle[] {
  const byUrl = (a: CorpusArticle, b: CorpusArticle): number => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  return [...corpus.filter((a) => halfOf(a.url) === 'tuning').sort(byUrl), ...corpus.filter((a) => halfOf(a.url) === 'test').sort(byUrl)];
}

/** Extractions are keyed by url. */
export async function runOnGraph(corpus: readonly CorpusArticle[], log: (msg: string) => void): Promise<GraphRun> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-extract-'));
  let neo4j: Awaited<ReturnType<typeof startEmbeddedNeo4j>> | null = null;
  let db: Database | null = null;
  try {
    neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pageCacheMb: 128 });
    log(`scratch Neo4j ${neo4j.version} at ${neo4j.uri} (data in ${dataDir})`);
    const config = loadConfig({ LOG_LEVEL: 'silent', NEO4J_TX_TIMEOUT_MS: '120000' });
    db = Database.connect(neo4j.uri, config.neo4j);
    await applySchema(db);
    await loadSeed(db);
    const extractions = new Map<string, Extraction>();
    const failed: string[] = [];
    for (const a of ingestOrder(corpus)) {
      const article: Article = { title: a.title, url: a.url, publisher: a.publisher ?? null, publishedAt: a.publishedAt ?? null, text: a.text };
      try {
        extractions.set(a.url, await readAgainstGraph(db, article));
        await ingestArticle(db, article, { actor: 'eval' });
      } catch (error) {
        failed.push(`${a.url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const statement = fs.readFileSync(path.join(__dirname, 'cypher', 'graph-entities.cypher'), 'utf8');
    const entities = (await db.readText(statement)).map((row) => ({ id: str(row, 'id'), kind: str(row, 'kind'), name: str(row, 'name'), aliases: strList(row, 'aliases') }));
    return { extractions, entities, failed };
  } finally {
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
