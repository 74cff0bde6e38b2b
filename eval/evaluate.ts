// npm run eval:extract — precision, recall and F1 of the reader's (from, type, to) triples against the gold
// sets, per article, per type and overall (micro-averaged). Reads with the built-in data only (no graph).
// Only SUPPORTS predictions are scored against the gold's reported facts; disputed relations (stance
// DISPUTES) are scored apart against the gold's `stance: "DISPUTES"` entries, on one line of their own.
// `--verbose` lists each article's false positives and misses.
import { EMPTY_DICTIONARY, readArticle } from '../src/reading';
import { loadGoldSets } from './goldSets';
import { add, byStance, compare, mapEntities, prf, type Counts } from './score';

const pct = (x: number): string => x.toFixed(2);

function row(label: string, c: Counts, width: number): string {
  const { precision, recall, f1 } = prf(c);
  return `| ${label.padEnd(width)} | ${String(c.tp + c.fn).padStart(4)} | ${String(c.tp + c.fp).padStart(4)} | ${String(c.tp).padStart(3)} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} |`;
}

/** "disputes: gold N, predicted M, P, R", with n/a where nothing was there to measure. */
function disputeLine(c: Counts): string {
  const { precision, recall } = prf(c);
  const predicted = c.tp + c.fp;
  const gold = c.tp + c.fn;
  return `disputes: gold ${gold}, predicted ${predicted}, P ${predicted ? pct(precision) : 'n/a'}, R ${gold ? pct(recall) : 'n/a'}`;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const sets = loadGoldSets();
  let total: Counts = { tp: 0, fp: 0, fn: 0 };
  let disputes: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Counts>();
  const width = Math.max(20, ...sets.map((s) => s.id.length));
  const lines: string[] = [`| ${'article'.padEnd(width)} | gold | pred |  tp | P    | R    | F1   |`, `|${'-'.repeat(width + 2)}|------|------|-----|------|------|------|`];
  const details: string[] = [];
  for (const set of sets) {
    const extraction = await readArticle(set.article, EMPTY_DICTIONARY);
    const ids = mapEntities(extraction.entities, set.entities);
    const all = extraction.relationships.map((r) => ({ from: ids.get(r.from) ?? `x:${r.from}`, type: r.type, to: ids.get(r.to) ?? `x:${r.to}`, stance: r.stance }));
    const predicted = byStance(all).supports;
    const gold = byStance(set.relationships);
    const disputed = compare(byStance(all).disputes, gold.disputes);
    disputes = add(disputes, disputed);
    const result = compare(predicted, gold.supports);
    total = add(total, result);
    lines.push(row(set.id, result, width));
    for (const type of new Set([...predicted, ...gold.supports].map((t) => t.type))) {
      const r = compare(predicted.filter((t) => t.type === type), gold.supports.filter((t) => t.type === type));
      byType.set(type, add(byType.get(type) ?? { tp: 0, fp: 0, fn: 0 }, r));
    }
    if (verbose) {
      details.push(`\n${set.id}`, ...result.fpKeys.map((k) => `  FP ${k}`), ...result.fnKeys.map((k) => `  FN ${k}`),
        ...disputed.fpKeys.map((k) => `  FP disputed ${k}`), ...disputed.fnKeys.map((k) => `  FN disputed ${k}`));
    }
  }
  lines.push(row('overall (micro)', total, width));
  const typeWidth = 18;
  const typeLines = [`| ${'type'.padEnd(typeWidth)} | gold | pred |  tp | P    | R    | F1   |`, `|${'-'.repeat(typeWidth + 2)}|------|------|-----|------|------|------|`];
  for (const [type, c] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) typeLines.push(row(type, c, typeWidth));
  console.log(`Reader against ${sets.length} gold sets (empty dictionary: built-in data only)\n`);
  console.log(lines.join('\n'));
  console.log(`\n${typeLines.join('\n')}`);
  if (verbose) console.log(details.join('\n'));
  const { precision, recall, f1 } = prf(total);
  console.log(`\noverall: precision ${pct(precision)}, recall ${pct(recall)}, F1 ${pct(f1)}`);
  console.log(disputeLine(disputes));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
