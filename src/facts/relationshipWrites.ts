// Writes relationships and their supporting quotes with change tracking apart from the write: one read of what
// the touched facts hold now, the difference worked out here, then write-facts-batch's parts that only create or set
// (new facts with their quotes; updated facts; new or changed quotes of facts already stored). Statements that both
// read and compare what they write plan with Eager operators and re-plan per shape; these plan once and stream.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { type Row, optStr, str } from '../db/rowShape';
import { int } from '../db/values';
import { runBatchWrite } from './batchWrite';
import type { RelationshipType } from '../generated/graphql';
import type { WriteCounts } from './load';

/** One supporting quote of a relationship row (spans as driver integers, ready for Cypher). */
export interface QuoteRow {
  sourceId: string;
  quote: string;
  spanStart: unknown;
  spanEnd: unknown;
  rule: string | null;
  confidence: number | null;
}

/** One relationship to write, grouped by id with every quote that supports it (groupRelationships). */
export interface GroupedRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  since: string | null;
  until: string | null;
  confidence: number | null;
  raiseConfidenceOnly: boolean;
  supports: QuoteRow[];
}

interface StoredQuote {
  sourceId: string;
  spanStart: number | null;
  spanEnd: number | null;
  rule: string | null;
  confidence: number | null;
  reportedOn: string | null;
}

export interface StoredFact {
  /** The typed relationship's element id, when read in the transaction that writes it (facts-batch-state). */
  relationship: string | null;
  since: string | null;
  until: string | null;
  confidence: number | null;
  quotes: Map<string, StoredQuote>;
}

const quoteKey = (sourceId: string, quote: string) => `${sourceId}\u0000${quote}`;
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function storedQuote(m: Row): [string, StoredQuote] {
  const sourceId = str(m, 'sourceId');
  return [quoteKey(sourceId, str(m, 'quote')), {
    sourceId, spanStart: num(m.spanStart), spanEnd: num(m.spanEnd), rule: optStr(m, 'rule'), confidence: num(m.confidence), reportedOn: optStr(m, 'reportedOn'),
  }];
}

/** A stored-facts row (or a facts-batch-state fact) as what the write compares with. */
export function toStoredFact(row: Row): StoredFact {
  const quotes = Array.isArray(row.quotes) ? (row.quotes as Row[]) : [];
  return { relationship: optStr(row, 'relationship'), since: optStr(row, 'since'), until: optStr(row, 'until'), confidence: num(row.confidence), quotes: new Map(quotes.map(storedQuote)) };
}

async function readStored(tx: ManagedTransaction, ids: string[]): Promise<Map<string, StoredFact>> {
  const rows = ids.length ? await runIn(tx, 'stored-facts', { ids }) : [];
  return new Map(rows.map((row) => [str(row, 'id'), toStoredFact(row)]));
}

/** The values a fact keeps after this write: given dates win; a reader's confidence only raises the stored one. */
function merged(rel: GroupedRelationship, was: StoredFact) {
  const confidence = rel.raiseConfidenceOnly && rel.confidence !== null && was.confidence !== null && rel.confidence < was.confidence
    ? was.confidence
    : rel.confidence ?? was.confidence;
  return { since: rel.since ?? was.since, until: rel.until ?? was.until, confidence };
}

/** A quote is new, or gains a span, rule or confidence it did not have (a quote given again without them keeps them). */
function quoteChanged(q: QuoteRow, was: StoredQuote | undefined): boolean {
  if (!was) return true;
  return (num(q.spanStart) !== null && num(q.spanStart) !== was.spanStart) || (num(q.spanEnd) !== null && num(q.spanEnd) !== was.spanEnd)
    || (q.rule !== null && q.rule !== was.rule) || (q.confidence !== null && q.confidence !== was.confidence);
}

/**
 * The day each source of a write reports on: `days` for those the caller knows; `today` for new sources without a
 * publication date, which report on the day the write creates them (only the database knows it: see
 * write-facts-batch.cypher's `reportedToday`).
 */
export interface SourceDays {
  days: ReadonlyMap<string, string>;
  today: ReadonlySet<string>;
}

const NO_DAYS: SourceDays = { days: new Map(), today: new Set() };

/** Distinct supporting sources and the first day reported, from the stored quotes and this write's. */
export function corroboration(quotes: Iterable<{ sourceId: string; reportedOn: string | null }>, today: ReadonlySet<string> = NO_DAYS.today) {
  const sources = new Set<string>();
  let first: string | null = null;
  let reportedToday = false;
  for (const q of quotes) {
    sources.add(q.sourceId);
    if (today.has(q.sourceId)) reportedToday = true;
    else if (q.reportedOn !== null && (first === null || q.reportedOn < first)) first = q.reportedOn;
  }
  return { sourceCount: int(sources.size), firstReported: first, reportedToday };
}

/** What a write of grouped relationships does, worked out from what the facts hold now. */
export interface RelationshipWritePlan {
  creates: object[];
  updates: object[];
  quotes: object[];
  counts: WriteCounts;
  createdIds: string[];
}

/**
 * Plans a write of grouped relationships against `stored`: new facts are created with their relationship, changed
 * ones set, new or changed quotes merged; each relationship's source count and first day reported come from what
 * the read found plus what is written.
 */
export function planRelationshipWrites(rels: readonly GroupedRelationship[], stored: ReadonlyMap<string, StoredFact>, sources: SourceDays = NO_DAYS): RelationshipWritePlan {
  const plan: RelationshipWritePlan = { creates: [], updates: [], quotes: [], counts: { created: 0, updated: 0, unchanged: 0 }, createdIds: [] };
  // A source this write touches reports on the day it now says, even where a stored quote says otherwise.
  const dayOf = (q: { sourceId: string; reportedOn?: string | null }) => ({ sourceId: q.sourceId, reportedOn: sources.days.get(q.sourceId) ?? q.reportedOn ?? null });
  for (const rel of rels) {
    const was = stored.get(rel.id);
    if (!was) {
      plan.counts.created += 1;
      plan.createdIds.push(rel.id);
      // A new fact's quotes are created with it (no MERGE needed: nothing can support it yet).
      plan.creates.push({ id: rel.id, type: rel.type, from: rel.from, to: rel.to, since: rel.since, until: rel.until, confidence: rel.confidence, supports: rel.supports, ...corroboration(rel.supports.map(dayOf), sources.today) });
      continue;
    }
    const now = merged(rel, was);
    const newQuotes = rel.supports.filter((q) => quoteChanged(q, was.quotes.get(quoteKey(q.sourceId, q.quote))));
    const propsChanged = now.since !== was.since || now.until !== was.until || now.confidence !== was.confidence;
    if (!propsChanged && !newQuotes.length) {
      plan.counts.unchanged += 1;
      continue;
    }
    plan.counts.updated += 1;
    plan.quotes.push(...newQuotes.map((q) => ({ ...q, id: rel.id })));
    plan.updates.push({ id: rel.id, relationship: was.relationship, ...now, ...corroboration([...was.quotes.values(), ...newQuotes].map(dayOf), sources.today) });
  }
  return plan;
}

/**
 * Writes grouped relationships inside `tx` (planRelationshipWrites, then write-facts-batch with those parts) and
 * gives the facts it created their place in the change feed. `reportedOn` gives the day each source reports on.
 */
export async function writeRelationships(tx: ManagedTransaction, rels: readonly GroupedRelationship[], reportedOn: ReadonlyMap<string, string>, actor: string): Promise<WriteCounts & { createdIds: string[] }> {
  const stored = await readStored(tx, rels.map((r) => r.id));
  const { creates, updates, quotes, counts, createdIds } = planRelationshipWrites(rels, stored, { days: reportedOn, today: new Set() });
  if (!creates.length && !updates.length && !quotes.length) return { ...counts, createdIds };
  await runBatchWrite(tx, actor, { createFacts: creates, updateFacts: updates, quotes, stampFactIds: createdIds });
  return { ...counts, createdIds };
}
