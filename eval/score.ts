// Scoring an extraction against a gold facts document. An extracted entity is mapped to a gold entity by its own
// id or name against the gold entity's id, name and (hand-curated) aliases, and failing those by its own aliases
// that are proper names ("ISIL" of Islamic State); generic ones ("the talks") never match (descriptive.ts). A predicted (from, type, to) is a true positive only when
// the gold has that triple AND the predicted quote lies inside the sentence holding one of the gold's quotes for
// it. Predictions are counted once per mapped triple, so two extracted entities that map to one gold entity make
// one triple, not two. Supported facts and disputed ones are scored apart (a disputed relation is not a reported fact).
import { nameKey } from '../src/graph/vocabulary';
import { descriptiveReason } from './descriptive';
import { sentenceSpans, type Span } from './sentences';

export interface GoldEntity { id: string; name: string; aliases?: string[] }
export interface Triple { from: string; type: string; to: string; stance?: 'SUPPORTS' | 'DISPUTES' }
export interface GoldFact extends Triple { quote: string }
export interface PredictedFact extends Triple { span: Span }
export interface NamedEntity { id: string; name: string; aliases?: readonly string[] }

/** Extracted id → gold id, for every extracted entity whose id or name names a gold one; others keep an `x:` id. */
export function mapEntities(extracted: readonly NamedEntity[], gold: readonly GoldEntity[]): Map<string, string> {
  const byKey = new Map<string, string>();
  // Ids first, then names, then aliases: a gold id or name is never shadowed by another entity's alias.
  for (const forms of [gold.map((g) => [g.id, g.id] as const), gold.map((g) => [g.name, g.id] as const), gold.flatMap((g) => (g.aliases ?? []).map((a) => [a, g.id] as const))]) {
    for (const [form, id] of forms) {
      const k = nameKey(form);
      if (k !== '' && !byKey.has(k)) byKey.set(k, id);
    }
  }
  const out = new Map<string, string>();
  for (const e of extracted) {
    const byAlias = (e.aliases ?? []).filter((a) => descriptiveReason(a) === null).map((a) => byKey.get(nameKey(a))).find((id) => id !== undefined);
    out.set(e.id, byKey.get(nameKey(e.id)) ?? byKey.get(nameKey(e.name)) ?? byAlias ?? `x:${e.id}`);
  }
  return out;
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Scored extends Counts { fpKeys: string[]; fnKeys: string[] }

export function tripleKey(t: Triple): string {
  return `${t.from} ${t.type} ${t.to}`;
}

/** The [start, end) ranges of the sentences that hold each gold quote (found with indexOf), by triple key. */
export function evidenceWindows(gold: readonly GoldFact[], text: string): Map<string, Span[]> {
  const sentences = sentenceSpans(text);
  const windows = new Map<string, Span[]>();
  for (const g of gold) {
    const list = windows.get(tripleKey(g)) ?? [];
    windows.set(tripleKey(g), list);
    const at = g.quote === '' ? -1 : text.indexOf(g.quote);
    if (at < 0) continue;
    const end = at + g.quote.length;
    const covering = sentences.filter((s) => s.end > at && s.start < end);
    const first = covering[0];
    const last = covering[covering.length - 1];
    if (first && last) list.push({ start: first.start, end: last.end });
  }
  return windows;
}

/**
 * True positives, false positives and misses of predicted facts against gold facts of one article. A predicted
 * triple whose quotes all lie outside the gold's sentences is a false positive, and the gold triple stays a miss.
 */
export function scoreFacts(predicted: readonly PredictedFact[], gold: readonly GoldFact[], text: string): Scored {
  const windows = evidenceWindows(gold, text);
  const byKey = new Map<string, Span[]>();
  for (const p of predicted) byKey.set(tripleKey(p), [...(byKey.get(tripleKey(p)) ?? []), p.span]);
  const found = new Set<string>();
  const fpKeys: string[] = [];
  for (const [key, spans] of byKey) {
    const allowed = windows.get(key);
    if (!allowed) { fpKeys.push(key); continue; }
    const inside = spans.some((s) => allowed.some((w) => s.start >= w.start && s.end <= w.end));
    if (inside) found.add(key);
    else fpKeys.push(`${key} (quote outside the gold's sentence)`);
  }
  const fnKeys = [...windows.keys()].filter((k) => !found.has(k));
  return { tp: found.size, fp: fpKeys.length, fn: fnKeys.length, fpKeys, fnKeys };
}

/** Reported facts and disputed ones apart: gold and predictions without a stance are reported facts. */
export function byStance<T extends Triple>(triples: readonly T[]): { supports: T[]; disputes: T[] } {
  return { supports: triples.filter((t) => t.stance !== 'DISPUTES'), disputes: triples.filter((t) => t.stance === 'DISPUTES') };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };
