// The ingest floor: the least a hand-written loader must do to store the same graph, to compare newsgraph's bulk
// ingest with (as the read floor does for queries). It knows the whole data set beforehand, so it never reads
// the graph: every source, entity, fact and quote is created outright, in the same ~5,000-relationship
// transactions, with the source counts worked out in advance. What it leaves out, and newsgraph does not:
// validation against the JSON Schema, change tracking (created/updated/unchanged), name keys for `lookup`,
// merged-id redirects, first day reported and quote confidence, the change feed, documents that repeat facts
// already stored, and rerunning a document alone when its batch fails.
import type { Database } from '../../src/db/database';
import type { DocumentAt } from '../../src/facts/files';
import type { RelationshipType } from '../../src/generated/graphql';
import { relationshipId } from '../../src/graph/vocabulary';
import { benchCypher } from '../cypher';

interface FloorDocument {
  source: { id: string; title: string; publisher?: string; url?: string; publishedAt?: string };
  entities: Array<{ id: string; kind: string; name: string; description?: string; aliases?: string[] }>;
  relationships: Array<{ type: RelationshipType; from: string; to: string; quote: string }>;
}

export interface FloorStats {
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
}

export async function floorIngest(db: Database, documents: readonly DocumentAt[], batchRelationships = 5000): Promise<FloorStats> {
  const started = process.hrtime.bigint();
  const docs = documents.map((d) => JSON.parse(d.text) as FloorDocument);
  // What the floor knows beforehand: each fact's distinct sources, and each entity's aliases over all documents.
  const sourcesOf = new Map<string, Set<string>>();
  const aliasesOf = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const e of doc.entities) {
      const aliases = aliasesOf.get(e.id) ?? new Set<string>();
      for (const a of e.aliases ?? []) aliases.add(a);
      aliasesOf.set(e.id, aliases);
    }
    for (const r of doc.relationships) {
      const id = relationshipId(r.type, r.from, r.to);
      const sources = sourcesOf.get(id) ?? new Set<string>();
      sources.add(doc.source.id);
      sourcesOf.set(id, sources);
    }
  }
  const seenEntities = new Set<string>();
  const seenFacts = new Set<string>();
  let batch: FloorDocument[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    const sources = batch.map((d) => ({ id: d.source.id, title: d.source.title, publisher: d.source.publisher ?? null, url: d.source.url ?? null, publishedAt: d.source.publishedAt ?? null }));
    const entities: object[] = [];
    const relationships: object[] = [];
    const quotes: object[] = [];
    for (const doc of batch) {
      for (const e of doc.entities) {
        if (seenEntities.has(e.id)) continue;
        seenEntities.add(e.id);
        entities.push({ id: e.id, kind: e.kind, name: e.name, description: e.description ?? null, aliases: [...(aliasesOf.get(e.id) ?? [])] });
      }
      for (const r of doc.relationships) {
        const id = relationshipId(r.type, r.from, r.to);
        quotes.push({ id, sourceId: doc.source.id, quote: r.quote });
        if (seenFacts.has(id)) continue;
        seenFacts.add(id);
        relationships.push({ id, type: r.type, from: r.from, to: r.to, sourceCount: sourcesOf.get(id)?.size ?? 1 });
      }
    }
    batch = [];
    size = 0;
    await db.write(async (tx) => {
      await tx.run(benchCypher('ingest-floor-sources'), { sources });
      await tx.run(benchCypher('ingest-floor-entities'), { entities });
      await tx.run(benchCypher('ingest-floor-relationships'), { relationships });
      await tx.run(benchCypher('ingest-floor-quotes'), { quotes });
    });
  };
  for (const doc of docs) {
    batch.push(doc);
    size += doc.relationships.length + 1;
    if (size >= batchRelationships) await flush();
  }
  if (batch.length) await flush();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { relationships: seenFacts.size, seconds, relationshipsPerSecond: seenFacts.size / seconds };
}
