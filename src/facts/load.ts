// Loads one facts document in one write transaction: validated first, nothing written on any problem,
// and loading the same document again changes nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import { type Database, type RoundTripCounter, runIn } from '../db/database';
import { toNumber } from '../db/values';
import { BadUserInputError, type Problem } from '../errors';
import { nameKey, relationshipId } from '../graph/vocabulary';
import { type FactsDocument, validateFactsDocument } from './validate';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface LoadResult {
  sourceId: string;
  source: WriteCounts;
  entities: WriteCounts;
  relationships: WriteCounts;
}

function counts(row: Record<string, unknown> | undefined): WriteCounts {
  return {
    created: toNumber(row?.created ?? 0),
    updated: toNumber(row?.updated ?? 0),
    unchanged: toNumber(row?.unchanged ?? 0),
  };
}

/** Validates `input` and throws BAD_USER_INPUT listing every problem with its JSON path. */
export function parseFactsDocument(input: unknown): FactsDocument {
  const { document, problems } = validateFactsDocument(input);
  if (!document) throw new BadUserInputError('invalid facts document', problems);
  return document;
}

/** Problems for relationship ends that are neither in the document nor already in the graph. */
async function unknownEntityProblems(tx: ManagedTransaction, doc: FactsDocument): Promise<Problem[]> {
  const declared = new Set(doc.entities.map((e) => e.id));
  const referenced = [...new Set(doc.relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !declared.has(id));
  if (referenced.length === 0) return [];
  const existing = new Set((await runIn(tx, 'existing-entity-ids', { ids: referenced })).map((r) => r.id as string));
  const problems: Problem[] = [];
  doc.relationships.forEach((rel, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!declared.has(rel[end]) && !existing.has(rel[end])) {
        problems.push({ path: `$.relationships[${i}].${end}`, message: `unknown entity "${rel[end]}": not in this document nor in the graph` });
      }
    }
  });
  return problems;
}

/** Writes a validated document inside `tx`. Exposed for callers that batch several documents. */
export async function writeFacts(tx: ManagedTransaction, doc: FactsDocument, actor: string): Promise<LoadResult> {
  const problems = await unknownEntityProblems(tx, doc);
  if (problems.length) throw new BadUserInputError('invalid facts document', problems);

  const source = {
    id: doc.source.id,
    title: doc.source.title,
    publisher: doc.source.publisher ?? null,
    url: doc.source.url ?? null,
    publishedAt: doc.source.publishedAt ?? null,
  };
  const [sourceRow] = await runIn(tx, 'upsert-source', { source, actor });
  const entities = doc.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases ?? [],
    description: e.description ?? null,
    externalIds: e.externalIds ? JSON.stringify(e.externalIds) : null,
    roles: e.roles ?? [],
    keys: [...new Set([e.name, ...(e.aliases ?? [])].map(nameKey).filter(Boolean))],
  }));
  const [entityRow] = entities.length ? await runIn(tx, 'upsert-entities', { entities, actor }) : [];
  const relationships = doc.relationships.map((r) => ({
    id: relationshipId(r.type, r.from, r.to),
    type: r.type,
    from: r.from,
    to: r.to,
    quote: r.quote,
    since: r.since ?? null,
    until: r.until ?? null,
    confidence: r.confidence ?? null,
  }));
  const [relRow] = relationships.length ? await runIn(tx, 'upsert-relationships', { relationships, sourceId: source.id, actor }) : [];
  const sourceCreated = sourceRow?.created === true;
  return {
    sourceId: source.id,
    source: { created: sourceCreated ? 1 : 0, updated: sourceRow?.updated === true ? 1 : 0, unchanged: !sourceCreated && sourceRow?.updated !== true ? 1 : 0 },
    entities: counts(entityRow),
    relationships: counts(relRow),
  };
}

/** Validates and loads one facts document as one transaction. */
export async function loadFacts(db: Database, input: unknown, actor = 'system', counter?: RoundTripCounter): Promise<LoadResult> {
  const doc = parseFactsDocument(input);
  return db.write((tx) => writeFacts(tx, doc, actor), counter);
}
