// Scoring an extraction against a gold facts document: extracted entities are mapped to gold entities by id or
// by the normalised key of any name or alias, then (from, type, to) triples are compared as sets, supported facts
// and disputed ones apart (a disputed relation is not a reported fact).
import { nameKey } from '../src/graph/vocabulary';

export interface GoldEntity { id: string; name: string; aliases?: string[] }
export interface Triple { from: string; type: string; to: string; stance?: 'SUPPORTS' | 'DISPUTES' }
export interface NamedEntity { id: string; name: string; aliases: string[] }

/** Extracted id → gold id, for every extracted entity that names a gold one; others keep an `x:` id. */
export function mapEntities(extracted: readonly NamedEntity[], gold: readonly GoldEntity[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const g of gold) {
    for (const n of [g.name, ...(g.aliases ?? [])]) {
      const k = nameKey(n);
      if (k !== '' && !byKey.has(k)) byKey.set(k, g.id);
    }
  }
  const goldIds = new Set(gold.map((g) => g.id));
  const out = new Map<string, string>();
  for (const e of extracted) {
    let target = goldIds.has(e.id) ? e.id : undefined;
    for (const n of [e.name, ...e.aliases]) {
      if (target) break;
      target = byKey.get(nameKey(n));
    }
    out.set(e.id, target ?? `x:${e.id}`);
  }
  return out;
}

export interface Counts { tp: number; fp: number; fn: number }

export function tripleKey(t: Triple): string {
  return `${t.from} ${t.type} ${t.to}`;
}

/** True positives, false positives and false negatives of predicted against gold triples (as sets). */
export function compare(predicted: readonly Triple[], gold: readonly Triple[]): Counts & { fpKeys: string[]; fnKeys: string[] } {
  const p = new Set(predicted.map(tripleKey));
  const g = new Set(gold.map(tripleKey));
  const fpKeys = [...p].filter((k) => !g.has(k));
  const fnKeys = [...g].filter((k) => !p.has(k));
  return { tp: p.size - fpKeys.length, fp: fpKeys.length, fn: fnKeys.length, fpKeys, fnKeys };
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
