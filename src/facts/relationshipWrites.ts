// Writes relationships and their supporting quotes with change tracking apart from the write: one read of what
// the touched facts hold now, the difference worked out here, then plain statements that only create or set
// (cypher/create-relationships: new facts with their quotes; update-relationships; upsert-quotes: new or changed
// quotes of facts already stored). Statements that both read and compare
// what they write plan with Eager operators and re-plan per shape; these plan once and stream.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { type Row, optStr, str } from '../db/rowShape';
import { int } from '../db/values';
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

interface StoredFact {
  since: string | null;
  until: string | null;
  confidence: number | null;
  quotes: Map<string, StoredQuote>;
}

const quoteKey = (sourceId: string, quote: string) => `${sourceId}\u0000${quote}`;
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function storedQuote(m: Row): [string, StoredQuote] {
  const sourceId = str(m, 'sourceId');
  return [quoteKey(sourceId, str(m, 'quote')), {
    sourceId, spanStart: num(m.spanStart), spanEnd: num(m.spanEnd), rule: optStr(m, 'rule'), confidence: num(m.confidence), reportedOn: optStr(m, 'reportedOn'),
  }];
}

async function readStored(tx: ManagedTransaction, ids: string[]): Promise<Map<string, StoredFact>> {
  const rows = ids.length ? await runIn(tx, 'stored-facts', { ids }) : [];
  const stored = new Map<string, StoredFact>();
  for (const row of rows) {
    const quotes = Array.isArray(row.quotes) ? (row.quotes as Row[]) : [];
    stored.set(str(row, 'id'), { since: optStr(row, 'since'), until: optStr(row, 'until'), confidence: num(row.confidence), quotes: new Map(quotes.map(storedQuote)) });
  }
  return stored;
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

/** Distinct supporting sources and the first day reported, from the stored quotes and this write's. */
export function corroboration(quotes: Iterable<{ sourceId: string; reportedOn: string | null }>) {
  const sources = new Set<string>();
  let first: string | null = null;
  for (const q of quotes) {
    sources.add(q.sourceId);
    if (q.reportedOn !== null && (first === null || q.reportedOn < first)) first = q.reportedOn;
  }
  return { sourceCount: int(sources.size), firstReported: first };
}

/**
 * Writes grouped relationships inside `tx`: new facts are created with their relationship, changed ones set,
 * new or changed quotes merged; each relationship's stored source count and first day reported are set from
 * what the read found plus what was written. `reportedOn` gives the day each source of this write reports on.
 */
export async function writeRelationships(tx: ManagedTransaction, rels: readonly GroupedRelationship[], reportedOn: ReadonlyMap<string, string>, actor: string): Promise<WriteCounts & { createdIds: string[] }> {
  const stored = await readStored(tx, rels.map((r) => r.id));
  const creates: object[] = [];
  const updates: object[] = [];
  const quotes: object[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const dayOf = (q: QuoteRow) => ({ sourceId: q.sourceId, reportedOn: reportedOn.get(q.sourceId) ?? null });
  for (const rel of rels) {
    const was = stored.get(rel.id);
    if (!was) {
      counts.created += 1;
      // A new fact's quotes are created with it (no MERGE needed: nothing can support it yet).
      creates.push({ id: rel.id, type: rel.type, from: rel.from, to: rel.to, since: rel.since, until: rel.until, confidence: rel.confidence, supports: rel.supports, ...corroboration(rel.supports.map(dayOf)) });
      continue;
    }
    const now = merged(rel, was);
    const newQuotes = rel.supports.filter((q) => quoteChanged(q, was.quotes.get(quoteKey(q.sourceId, q.quote))));
    const propsChanged = now.since !== was.since || now.until !== was.until || now.confidence !== was.confidence;
    if (!propsChanged && !newQuotes.length) {
      counts.unchanged += 1;
      continue;
    }
    counts.updated += 1;
    quotes.push(...newQuotes.map((q) => ({ ...q, id: rel.id })));
    updates.push({ id: rel.id, ...now, ...corroboration([...was.quotes.values(), ...newQuotes.map(dayOf)]) });
  }
  if (creates.length) await runIn(tx, 'create-relationships', { relationships: creates, actor });
  if (updates.length) await runIn(tx, 'update-relationships', { relationships: updates, actor });
  if (quotes.length) await runIn(tx, 'upsert-quotes', { quotes, actor });
  return { ...counts, createdIds: rels.filter((r) => !stored.has(r.id)).map((r) => r.id) };
}
