// One extraction scored against one gold set, and the tables eval:extract prints for a half of the corpus.
import type { Extraction } from '../src/reading';
import type { GoldSet } from './goldSets';
import { add, byStance, mapEntities, prf, scoreFacts, tripleKey, ZERO, type Counts, type Scored } from './score';

export interface ArticleScore {
  id: string; supports: Scored; disputes: Scored; byType: Map<string, Counts>; misses: MissCauses; unfoundEnds: ReadonlyMap<string, string[]>;
  /** For `--quotes`: each miss's gold quote, and each false fact's own quote and rule, by triple key. */
  evidence: ReadonlyMap<string, string>;
}

/**
 * Why the reported facts the reader missed were missed, by the first cause that applies: an end (gold entity) it never
 * found in the article; both ends found but no fact of that type between them; the fact found, quoted from another
 * sentence than the gold's.
 */
export interface MissCauses { endNotFound: number; noFact: number; otherSentence: number }

function missCauses(fnKeys: readonly string[], found: ReadonlySet<string>, predicted: ReadonlySet<string>): MissCauses {
  const causes: MissCauses = { endNotFound: 0, noFact: 0, otherSentence: 0 };
  for (const key of fnKeys) {
    const [from = '', , to = ''] = key.split(' ');
    if (!found.has(from) || !found.has(to)) causes.endNotFound += 1;
    else if (predicted.has(key)) causes.otherSentence += 1;
    else causes.noFact += 1;
  }
  return causes;
}

/** For each missed fact with an end never found, which gold entities those ends are (for `--missing-ends`). */
function unfoundEndsOf(fnKeys: readonly string[], found: ReadonlySet<string>): Map<string, string[]> {
  const unfound = new Map<string, string[]>();
  for (const key of fnKeys) {
    const [from = '', , to = ''] = key.split(' ');
    const missing = [from, to].filter((id) => !found.has(id));
    if (missing.length > 0) unfound.set(key, missing);
  }
  return unfound;
}

export function scoreExtraction(set: GoldSet, extraction: Extraction): ArticleScore {
  const ids = mapEntities(extraction.entities, set.entities);
  const all = extraction.relationships.map((r) => ({ from: ids.get(r.from) ?? `x:${r.from}`, type: r.type, to: ids.get(r.to) ?? `x:${r.to}`, stance: r.stance, span: r.span, quote: r.quote, rule: r.rule }));
  const predicted = byStance(all);
  const gold = byStance(set.relationships);
  const text = set.article.text;
  const supports = scoreFacts(predicted.supports, gold.supports, text);
  const byType = new Map<string, Counts>();
  for (const type of new Set([...predicted.supports, ...gold.supports].map((t) => t.type))) {
    byType.set(type, scoreFacts(predicted.supports.filter((t) => t.type === type), gold.supports.filter((t) => t.type === type), text));
  }
  const found = new Set(ids.values());
  const misses = missCauses(supports.fnKeys, found, new Set(predicted.supports.map(tripleKey)));
  const evidence = new Map<string, string>();
  for (const g of set.relationships) if (!evidence.has(tripleKey(g))) evidence.set(tripleKey(g), `gold: "${g.quote}"`);
  for (const p of all) evidence.set(`predicted ${tripleKey(p)}`, `"${p.quote}" (${p.rule})`);
  return { id: set.id, supports, disputes: scoreFacts(predicted.disputes, gold.disputes, text), byType, misses, unfoundEnds: unfoundEndsOf(supports.fnKeys, found), evidence };
}

const pct = (x: number): string => x.toFixed(2);

function row(label: string, c: Counts, width: number): string {
  const { precision, recall, f1 } = prf(c);
  return `| ${label.padEnd(width)} | ${String(c.tp + c.fn).padStart(4)} | ${String(c.tp + c.fp).padStart(4)} | ${String(c.tp).padStart(3)} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} |`;
}

function header(label: string, width: number): string[] {
  return [`| ${label.padEnd(width)} | gold | pred |  tp | P    | R    | F1   |`, `|${'-'.repeat(width + 2)}|------|------|-----|------|------|------|`];
}

/** "disputes: gold N, predicted M, P, R", with n/a where nothing was there to measure. */
export function disputeLine(c: Counts): string {
  const { precision, recall } = prf(c);
  const predicted = c.tp + c.fp;
  const gold = c.tp + c.fn;
  return `disputes: gold ${gold}, predicted ${predicted}, P ${predicted ? pct(precision) : 'n/a'}, R ${gold ? pct(recall) : 'n/a'}`;
}

/** `missingEnds` marks each verbose FN line whose end was never found with that end's gold id. */
export interface HalfTableOptions { types: boolean; verbose: boolean; missingEnds?: boolean; quotes?: boolean }

function missingEndNote(s: ArticleScore, key: string, options: HalfTableOptions): string {
  const missing = options.missingEnds ? s.unfoundEnds.get(key) : undefined;
  return missing ? `   [never found: ${missing.join(', ')}]` : '';
}

/** Per-article rows, the per-type table (optional), the overall line and the disputes line of one half. */
export function halfTables(scores: readonly ArticleScore[], options: HalfTableOptions): string[] {
  const width = Math.max(20, ...scores.map((s) => s.id.length));
  const total = scores.reduce((c, s) => add(c, s.supports), ZERO);
  const disputes = scores.reduce((c, s) => add(c, s.disputes), ZERO);
  const lines = [...header('article', width), ...scores.map((s) => row(s.id, s.supports, width)), row('overall (micro)', total, width)];
  if (options.types) {
    const byType = new Map<string, Counts>();
    for (const s of scores) for (const [type, c] of s.byType) byType.set(type, add(byType.get(type) ?? ZERO, c));
    lines.push('', ...header('type', 18), ...[...byType].sort((a, b) => a[0].localeCompare(b[0])).map(([type, c]) => row(type, c, 18)));
  }
  if (options.verbose) {
    for (const s of scores) {
      const said = (note: string | undefined): string[] => (options.quotes && note ? [`      ${note}`] : []);
      lines.push('', s.id, ...s.supports.fpKeys.flatMap((k) => [`  FP ${k}`, ...said(s.evidence.get(`predicted ${k.replace(/ \(quote outside.*$/, '')}`))]),
        ...s.supports.fnKeys.flatMap((k) => [`  FN ${k}${missingEndNote(s, k, options)}`, ...said(s.evidence.get(k))]),
        ...s.disputes.fpKeys.map((k) => `  FP disputed ${k}`), ...s.disputes.fnKeys.map((k) => `  FN disputed ${k}`));
    }
  }
  const misses = scores.reduce((m, s) => ({ endNotFound: m.endNotFound + s.misses.endNotFound, noFact: m.noFact + s.misses.noFact, otherSentence: m.otherSentence + s.misses.otherSentence }), { endNotFound: 0, noFact: 0, otherSentence: 0 });
  lines.push('', `misses by cause: ${misses.endNotFound} with an end never found, ${misses.noFact} with both ends found but no such fact, ${misses.otherSentence} found in another sentence than the gold's`);
  const { precision, recall, f1 } = prf(total);
  lines.push('', `overall: precision ${pct(precision)}, recall ${pct(recall)}, F1 ${pct(f1)}`, disputeLine(disputes));
  return lines;
}
