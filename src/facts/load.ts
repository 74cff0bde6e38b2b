// Loads facts documents: validated first, nothing written on any problem, and loading the same document again
// changes nothing. One document is one transaction; the bulk CLI writes several documents with the same three
// statements (two reads of what they touch, one write) in one transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { type Database, type RoundTripCounter, runIn } from '../db/database';
import { type Row, integer } from '../db/rowShape';
import { int } from '../db/values';
import { BadUserInputError, type Problem } from '../errors';
import type { RelationshipType } from '../generated/graphql';
import { nameKey, relationshipId } from '../graph/vocabulary';
import { type StoredSource, idResolution, readBatchState, readFacts } from './batchState';
import { runBatchWrite } from './batchWrite';
import { planEntityWrites } from './entityWrites';
import { type SourceDays, planRelationshipWrites } from './relationshipWrites';
import { type FactsDocument, type FactsEntity, validateFactsDocument } from './validate';

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
  disputes: WriteCounts;
}

/** Counts for several documents written together. */
export interface BatchResult {
  sourceIds: string[];
  source: WriteCounts;
  entities: WriteCounts;
  relationships: WriteCounts;
  disputes: WriteCounts;
}

/**
 * What to do with a disputing quote whose fact no source supports: a document or mutation that states one is
 * wrong (`reject`, BAD_USER_INPUT); a reader that found one in an article leaves it out (`skip`).
 */
export type UnsupportedDisputes = 'reject' | 'skip';

const NONE: WriteCounts = { created: 0, updated: 0, unchanged: 0 };

/** An upsert statement's row `created, updated, unchanged`; no row (nothing to write) counts nothing. */
export function writeCounts(row: Row | undefined): WriteCounts {
  return row ? { created: integer(row, 'created'), updated: integer(row, 'updated'), unchanged: integer(row, 'unchanged') } : NONE;
}

/** Validates `input` and throws BAD_USER_INPUT listing every problem with its JSON path. */
export function parseFactsDocument(input: unknown): FactsDocument {
  const { document, problems } = validateFactsDocument(input);
  if (!document) throw new BadUserInputError('invalid facts document', problems);
  return document;
}

/** What the graph knows of some entity ids: which exist, and where merged duplicates' ids now point. */
export interface IdResolution {
  exists: Set<string>;
  mergedInto: Map<string, string>;
}

export async function resolveEntityIds(tx: ManagedTransaction, ids: Iterable<string>): Promise<IdResolution> {
  return idResolution(await runIn(tx, 'resolve-entity-ids', { ids: [...new Set(ids)] }));
}

/**
 * Problems for relationship ends that are neither declared (in this document, or in an earlier one of the same
 * batch, which is written in the same transaction) nor in the graph. Merged ids count as known.
 */
function unknownEntityProblems(doc: FactsDocument, known: IdResolution, declared: ReadonlySet<string>, root = '$'): Problem[] {
  const problems: Problem[] = [];
  doc.relationships.forEach((rel, i) => {
    for (const end of ['from', 'to'] as const) {
      const id = rel[end];
      if (!declared.has(id) && !known.exists.has(id) && !known.mergedInto.has(id)) {
        problems.push({ path: `${root}.relationships[${i}].${end}`, message: `unknown entity "${id}": not in this document nor in the graph` });
      }
    }
  });
  return problems;
}

/** An entity row for writeEntities. A merged duplicate's id only adds its names to the entity it became. */
export function entityRow(e: FactsEntity, mergedInto: ReadonlyMap<string, string>) {
  const keep = mergedInto.get(e.id);
  const names = [e.name, ...(e.aliases ?? [])];
  return {
    id: keep ?? e.id,
    kind: keep ? null : e.kind,
    name: keep ? null : e.name,
    aliases: keep ? names : e.aliases ?? [],
    description: keep ? null : e.description ?? null,
    externalIds: keep || !e.externalIds ? null : JSON.stringify(e.externalIds),
    roles: e.roles ?? [],
    keys: [...new Set(names.map(nameKey).filter(Boolean))],
  };
}

export interface RelationshipRowInput {
  type: RelationshipType;
  from: string;
  to: string;
  quote: string;
  since?: string | null;
  until?: string | null;
  confidence?: number | null;
  span?: { start: number; end: number } | null;
  rule?: string | null;
  stance?: 'SUPPORTS' | 'DISPUTES' | null;
}

/** A relationship row for writeRelationships, with merged ends redirected to the entities they became. */
export function relationshipRow(r: RelationshipRowInput, sourceId: string, mergedInto: ReadonlyMap<string, string>) {
  const from = mergedInto.get(r.from) ?? r.from;
  const to = mergedInto.get(r.to) ?? r.to;
  return {
    id: relationshipId(r.type, from, to),
    type: r.type,
    from,
    to,
    sourceId,
    quote: r.quote,
    // Integers, not floats, in the graph: the driver sends JS numbers as floats unless told.
    spanStart: r.span ? int(r.span.start) : null,
    spanEnd: r.span ? int(r.span.end) : null,
    rule: r.rule ?? null,
    // The quote's own confidence, kept on its SUPPORTS/DISPUTES edge for the combined confidence.
    quoteConfidence: r.confidence ?? null,
    disputes: r.stance === 'DISPUTES',
    since: r.since ?? null,
    until: r.until ?? null,
    confidence: r.confidence ?? null,
    // A reader's confidence (a quote with a rule) only ever raises the fact's: re-reading articles in any order
    // then ends with the same value, and a reader never lowers what a person stated.
    raiseConfidenceOnly: r.rule !== undefined && r.rule !== null,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type EntityRow = ReturnType<typeof entityRow>;
type RelationshipRow = ReturnType<typeof relationshipRow>;

/** Adds one entity row to `grouped` (by id): later values win, lists join. */
export function addEntityRow(grouped: Map<string, EntityRow>, row: EntityRow): void {
  const seen = grouped.get(row.id);
  grouped.set(row.id, !seen ? { ...row } : mergedEntityRow(seen, row));
}

/** An entity row `seen` with a later `row` of the same entity: later values win, lists join. */
export function mergedEntityRow(seen: EntityRow, row: EntityRow): EntityRow {
  return {
    id: row.id,
    kind: row.kind ?? seen.kind,
    name: row.name ?? seen.name,
    aliases: [...new Set([...seen.aliases, ...row.aliases])],
    description: row.description ?? seen.description,
    externalIds: row.externalIds ?? seen.externalIds,
    roles: [...new Set([...seen.roles, ...row.roles])],
    keys: [...new Set([...seen.keys, ...row.keys])],
  };
}

/** One row per entity id (a MERGE must not meet its own id twice in one statement): later values win, lists join. */
export function groupEntities(rows: readonly EntityRow[]): EntityRow[] {
  const grouped = new Map<string, EntityRow>();
  for (const row of rows) addEntityRow(grouped, row);
  return [...grouped.values()].sort(byId);
}

type Support = Pick<RelationshipRow, 'sourceId' | 'quote' | 'spanStart' | 'spanEnd' | 'rule'> & { confidence: number | null };
export type GroupedRelationshipRow = Omit<RelationshipRow, 'sourceId' | 'quote' | 'spanStart' | 'spanEnd' | 'rule' | 'quoteConfidence' | 'disputes'> & { supports: Support[] };

/**
 * Adds one relationship row to `grouped` (by id) with every {sourceId, quote} that supports it (with its span
 * and rule when read from an article; the first span of a repeated quote wins); later dates and confidence win
 * (a reader's confidence only raises it).
 */
export function addRelationshipRow(grouped: Map<string, GroupedRelationshipRow>, r: RelationshipRow): void {
  // Fields named one by one rather than by rest and spread: `npm run import` calls this a million times.
  const { id, sourceId, quote } = r;
  const support = { sourceId, quote, spanStart: r.spanStart, spanEnd: r.spanEnd, rule: r.rule, confidence: r.quoteConfidence };
  const seen = grouped.get(id);
  if (!seen) {
    grouped.set(id, {
      id, type: r.type, from: r.from, to: r.to, since: r.since, until: r.until, confidence: r.confidence,
      raiseConfidenceOnly: r.raiseConfidenceOnly, supports: [support],
    });
    return;
  }
  if (!seen.supports.some((s) => s.sourceId === sourceId && s.quote === quote)) seen.supports.push(support);
  seen.since = r.since ?? seen.since;
  seen.until = r.until ?? seen.until;
  seen.confidence = r.raiseConfidenceOnly && seen.confidence !== null && r.confidence !== null
    ? Math.max(seen.confidence, r.confidence)
    : r.confidence ?? seen.confidence;
  seen.raiseConfidenceOnly = seen.raiseConfidenceOnly && r.raiseConfidenceOnly;
}

/** One row per relationship id with every quote that supports it (addRelationshipRow), sorted by id. */
export function groupRelationships(rows: readonly RelationshipRow[]): GroupedRelationshipRow[] {
  const grouped = new Map<string, GroupedRelationshipRow>();
  for (const row of rows) addRelationshipRow(grouped, row);
  return [...grouped.values()].sort(byId);
}

/** One row per disputing quote (relationship id, source, quote), first occurrence kept, sorted for lock order. */
export function groupDisputes(rows: readonly RelationshipRow[]) {
  const seen = new Map<string, { id: string; sourceId: string; quote: string; spanStart: unknown; spanEnd: unknown; rule: string | null; confidence: number | null }>();
  for (const r of rows) {
    const key = JSON.stringify([r.id, r.sourceId, r.quote]);
    if (!seen.has(key)) seen.set(key, { id: r.id, sourceId: r.sourceId, quote: r.quote, spanStart: r.spanStart, spanEnd: r.spanEnd, rule: r.rule, confidence: r.quoteConfidence });
  }
  return [...seen.values()].sort(byId);
}

/**
 * Disputing quotes whose fact neither exists nor is supported in this write: problems (`reject`), or left out
 * (`skip`). Returns the disputes to write.
 */
function checkedDisputes(rows: readonly RelationshipRow[], known: (id: string) => boolean, mode: UnsupportedDisputes, pathOf: (row: RelationshipRow) => string) {
  const disputes = rows.filter((r) => r.disputes);
  const problems: Problem[] = mode === 'reject'
    ? disputes.filter((r) => !known(r.id)).map((r) => ({ path: pathOf(r), message: `disputes "${r.id}", a fact no source supports (a dispute never creates a fact)` }))
    : [];
  return { rows: disputes.filter((r) => known(r.id)), problems };
}

/**
 * Entities one write declares twice with different kinds (within a document or across a batch's documents): a
 * problem each, never a silent "last one wins". Also where each id's kind was first declared, for later problems.
 */
function conflictingKinds(docs: readonly FactsDocument[], root: string): { problems: Problem[]; pathOf: Map<string, string> } {
  const first = new Map<string, string>();
  const pathOf = new Map<string, string>();
  const problems: Problem[] = [];
  for (const d of docs) {
    d.entities.forEach((e, i) => {
      const path = `${root}.entities[${i}].kind`;
      const kind = first.get(e.id);
      if (kind === undefined) {
        first.set(e.id, e.kind);
        pathOf.set(e.id, path);
      } else if (kind !== e.kind) {
        problems.push({ path, message: `"${e.id}" is declared a ${kind} earlier in this write and a ${e.kind} here` });
      }
    });
  }
  return { problems, pathOf };
}

/** How a write treats what it finds in the graph: unsupported disputes, and entities whose stored kind differs. */
export interface WritePolicy {
  unsupportedDisputes: UnsupportedDisputes;
  /** `reject`: a document's kind that differs from the graph's is BAD_USER_INPUT; `retry`: rerun (see KindChange). */
  kindClash: 'reject' | 'retry';
}

const DOCUMENT_POLICY: WritePolicy = { unsupportedDisputes: 'reject', kindClash: 'reject' };

/**
 * Writes validated documents inside `tx` in three statements whatever their number: two reads of what the batch
 * touches (facts-batch-state, under the declared entities' write locks; stored-facts), the decisions made here, then one write
 * (write-facts-batch) that only creates or sets. Problems throw before the write, so nothing is written. Rows
 * are sorted by id so concurrent writers lock in the same order (fewer deadlocks). `root` prefixes problem paths.
 */
export async function writeFactsBatch(tx: ManagedTransaction, docs: readonly FactsDocument[], actor: string, root = '$', policy: WritePolicy = DOCUMENT_POLICY): Promise<BatchResult> {
  const declaredIds = docs.flatMap((d) => d.entities.map((e) => e.id));
  const factIdsRead = new Set(docs.flatMap((d) => d.relationships.map((r) => relationshipId(r.type, r.from, r.to))));
  const state = await readBatchState(tx, {
    ids: [...declaredIds, ...docs.flatMap((d) => d.relationships.flatMap((r) => [r.from, r.to]))],
    declared: declaredIds,
    factIds: factIdsRead,
    sourceIds: docs.map((d) => d.source.id),
  });
  const known = state.known;
  const declared = new Set<string>();
  const problems = docs.flatMap((d) => {
    for (const e of d.entities) declared.add(e.id);
    return unknownEntityProblems(d, known, declared, root);
  });
  if (problems.length) throw new BadUserInputError('invalid facts document', problems);

  const sources = docs.map((d) => ({
    id: d.source.id,
    title: d.source.title,
    publisher: d.source.publisher ?? null,
    url: d.source.url ?? null,
    publishedAt: d.source.publishedAt ?? null,
    text: d.source.text ?? null,
  }));
  const kindProblems = conflictingKinds(docs, root);
  if (kindProblems.problems.length) throw new BadUserInputError('conflicting entity kind', kindProblems.problems);
  const entities = groupEntities(docs.flatMap((d) => d.entities.map((e) => entityRow(e, known.mergedInto))));
  const rows = docs.flatMap((d) => d.relationships.map((r, i) => ({ row: relationshipRow(r, d.source.id, known.mergedInto), path: `${root}.relationships[${i}]` })));
  const pathOf = new Map(rows.map(({ row, path }) => [row, path]));
  const usable = rows.map(({ row }) => row).filter((r) => r.from !== r.to); // a fact between a duplicate and the entity it was merged into
  const relationships = groupRelationships(usable.filter((r) => !r.disputes));
  // Facts whose id changed with a merged end were not in the batch read: read them now (rare).
  const facts = new Map([...state.facts, ...await readFacts(tx, [...new Set(usable.map((r) => r.id))].filter((id) => !factIdsRead.has(id)))]);
  const supported = new Set(relationships.map((r) => r.id));
  const disputes = checkedDisputes(usable, (id) => supported.has(id) || facts.has(id), policy.unsupportedDisputes, (r) => `${pathOf.get(r) ?? root}.stance`);
  if (disputes.problems.length) throw new BadUserInputError('invalid facts document', disputes.problems);

  const days = sourceDays(sources, state.sources);
  const entityPlan = planEntityWrites(entities, state.entities, policy.kindClash === 'retry' ? { mode: 'retry' } : { mode: 'reject', pathOf: (id) => kindProblems.pathOf.get(id) ?? root });
  const factPlan = planRelationshipWrites(relationships, facts, days);
  const written = await runBatchWrite(tx, actor, {
    sources,
    createEntities: entityPlan.creates,
    updateEntities: entityPlan.updates,
    keys: entityPlan.keys,
    createFacts: factPlan.creates,
    updateFacts: factPlan.updates,
    quotes: factPlan.quotes,
    disputes: groupDisputes(disputes.rows),
    stampFactIds: factPlan.createdIds,
    stampSourceIds: sources.map((s) => s.id),
  });
  // Sources whose day moved change the first day reported of facts this write did not touch.
  if (days.redated.length) await runIn(tx, 'refresh-corroboration', { factIds: [], sourceIds: days.redated });
  return {
    sourceIds: sources.map((s) => s.id),
    source: { created: written.sourcesCreated, updated: written.sourcesUpdated, unchanged: written.sourcesUnchanged },
    entities: entityPlan.counts,
    relationships: factPlan.counts,
    disputes: { created: written.disputesCreated, updated: 0, unchanged: written.disputesUnchanged },
  };
}

/**
 * The day each source of a write reports on (its publication date, else the day it was created: today for a new
 * one), and the existing sources whose day moves (their other facts' first day reported is refreshed).
 */
function sourceDays(sources: ReadonlyArray<{ id: string; publishedAt: string | null }>, stored: ReadonlyMap<string, StoredSource>): SourceDays & { redated: string[] } {
  const days = new Map<string, string>();
  const today = new Set<string>();
  const redated: string[] = [];
  for (const s of sources) {
    const was = stored.get(s.id);
    const day = s.publishedAt ?? was?.createdOn ?? null;
    if (day === null) today.add(s.id);
    else days.set(s.id, day);
    if (was && was.reportedOn !== day) redated.push(s.id);
  }
  return { days, today, redated };
}

/** Recounts the stored source count and first day reported of these facts (after merges and single writes). */
export async function refreshCorroboration(tx: ManagedTransaction, factIds: readonly string[]): Promise<void> {
  if (factIds.length) await runIn(tx, 'refresh-corroboration', { factIds, sourceIds: [] });
}

/** Writes one validated document inside `tx`. */
export async function writeFacts(tx: ManagedTransaction, doc: FactsDocument, actor: string, root = '$', policy: WritePolicy = DOCUMENT_POLICY): Promise<LoadResult> {
  const { sourceIds: _ids, ...result } = await writeFactsBatch(tx, [doc], actor, root, policy);
  return { sourceId: doc.source.id, ...result };
}

/** Validates and loads one facts document as one transaction. */
export async function loadFacts(db: Database, input: unknown, actor = 'system', counter?: RoundTripCounter, timeoutMs?: number): Promise<LoadResult> {
  const doc = parseFactsDocument(input);
  return db.write((tx) => writeFacts(tx, doc, actor), counter, timeoutMs);
}
