// npm run eval:pairs -- --corpus <dir> [--folds 3] [--uncovered] [--no-words] — a trial of a learned reader stage:
// every pair of actors the reader finds in one sentence is an example, labelled with the gold fact between them
// in that sentence (or NONE); a multinomial logistic regression (trainer.ts) learns the type from the pair's
// features (pairFeatures.ts); its facts for the pairs no rule related are added to the reader's. It reads the
// TUNING half only and prints k-fold cross-validated figures (each article scored by a model that never saw it) at
// several thresholds, beside the rules alone. The test half is never read here. docs/reading.md gives the result.
import { EMPTY_DICTIONARY, readArticle, type ExtractedRelationship, type Extraction, type ReadingView } from '../../src/reading';
import { argValue, corpusArg, readCorpus } from '../corpus';
import { loadGoldSets, type GoldSet } from '../goldSets';
import { add, byStance, evidenceWindows, mapEntities, prf, ZERO, type Counts } from '../score';
import { scoreExtraction } from '../scoring';
import { learnedPairs, pairInstances, type PairInstance } from './learnedPairs';
import { NONE, type PairModel } from './pairModel';
import { trainPairModel, type Example } from './trainer';

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

interface Read { set: GoldSet; extraction: Extraction; pairs: PairInstance[]; examples: Example[] }

/** An article read by the rules, its actor pairs, each labelled with the gold type between its ends in its sentence. */
async function readWithPairs(set: GoldSet): Promise<Read> {
  let view: ReadingView | undefined;
  const extraction = await readArticle(set.article, EMPTY_DICTIONARY, { observe: (v) => { view = v; } });
  const pairs = view ? pairInstances(view) : [];
  const ids = mapEntities(extraction.entities, set.entities);
  const gold = byStance(set.relationships).supports;
  const windows = evidenceWindows(gold, set.article.text);
  const examples = pairs.map((p) => {
    const from = ids.get(p.from) ?? `x:${p.from}`;
    const to = ids.get(p.to) ?? `x:${p.to}`;
    const label = gold.find((g) => g.from === from && g.to === to && (windows.get(`${from} ${g.type} ${to}`) ?? []).some((w) => p.start >= w.start && p.end <= w.end))?.type ?? NONE;
    return { features: p.features, label };
  });
  return { set, extraction, pairs, examples };
}

/** The rules' facts and the model's for the pairs no rule related (reported, as the model does not judge stance). */
function withLearned(read: Read, model: PairModel): Extraction {
  const known = new Set(read.extraction.entities.map((e) => e.id));
  const learned: ExtractedRelationship[] = learnedPairs(read.pairs, model)
    .filter((c) => known.has(c.from) && known.has(c.to))
    .map((c) => ({ type: c.type, from: c.from, to: c.to, quote: read.set.article.text.slice(c.start, c.end), span: { start: c.start, end: c.end }, confidence: c.confidence, rule: c.rule, stance: 'SUPPORTS' }));
  return { ...read.extraction, relationships: [...read.extraction.relationships, ...learned] };
}

/**
 * Where each missed gold fact stands for this stage: both ends among the actors of its sentence (a pair model could
 * find it), one end there, or neither; and whether the article's reading found both ends at all.
 */
function missPlaces(read: Read): string[] {
  const ids = mapEntities(read.extraction.entities, read.set.entities);
  const mapped = (id: string): string => ids.get(id) ?? `x:${id}`;
  const found = new Set(ids.values());
  const windows = evidenceWindows(byStance(read.set.relationships).supports, read.set.article.text);
  return scoreExtraction(read.set, read.extraction).supports.fnKeys.map((key) => {
    const [from = '', , to = ''] = key.split(' ');
    const inside = read.pairs.filter((p) => (windows.get(key) ?? []).some((w) => p.start >= w.start && p.end <= w.end));
    const ends = new Set(inside.flatMap((p) => [mapped(p.from), mapped(p.to)]));
    const pair = inside.some((p) => mapped(p.from) === from && mapped(p.to) === to) || inside.some((p) => mapped(p.from) === to && mapped(p.to) === from);
    const place = pair ? 'with both ends in the sentence' : ends.has(from) || ends.has(to) ? 'with one end in the sentence' : 'with neither end in the sentence';
    return `${place}${found.has(from) && found.has(to) ? '' : ' (an end never found in the article)'}`;
  });
}

function line(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(24)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dir = corpusArg(argv, 'npm run eval:pairs -- --corpus <dir> [--folds 3] [--uncovered] [--no-words]');
  const folds = Number(argValue(argv, '--folds') ?? 3);
  const tuning = loadGoldSets(readCorpus(dir)).sets.filter((s) => s.half === 'tuning').sort((a, b) => a.id.localeCompare(b.id));
  const reads = await Promise.all(tuning.map(readWithPairs));
  // --no-words: the lexicon's act types, kinds, order and punctuation only, to see whether word identities over-fit.
  const strip = (e: Example): Example => (argv.includes('--no-words') ? { ...e, features: e.features.filter((f) => !/^(w|l\d|r\d|adjacent):/.test(f)) } : e);
  // --uncovered: learn only from the pairs no rule related, the ones the model is asked about.
  const examplesOf = (r: Read): Example[] => r.examples.filter((_, i) => !argv.includes('--uncovered') || !r.pairs[i]?.covered).map(strip);
  const all = reads.flatMap((r) => r.examples);
  const open = reads.flatMap((r) => r.examples.filter((_, i) => !r.pairs[i]?.covered));
  const facts = (xs: readonly Example[]): number => xs.filter((e) => e.label !== NONE).length;
  console.log(`tuning half: ${tuning.length} gold sets; ${all.length} actor pairs in a sentence, ${facts(all)} with a gold fact; ${open.length} no rule related, ${facts(open)} with a gold fact`);
  const byType = new Map<string, number>();
  for (const e of open) if (e.label !== NONE) byType.set(e.label, (byType.get(e.label) ?? 0) + 1);
  console.log(`  those facts by type: ${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  console.log(line('rules alone', reads.map((r) => scoreExtraction(r.set, r.extraction).supports).reduce(add, ZERO)));
  const where = new Map<string, number>();
  for (const r of reads) for (const m of missPlaces(r)) where.set(m, (where.get(m) ?? 0) + 1);
  console.log(`  the rules' misses: ${[...where].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${n} ${m}`).join('; ')}`);

  const byThreshold = new Map<number, Counts>(THRESHOLDS.map((t) => [t, ZERO]));
  for (let k = 0; k < folds; k++) {
    const model = trainPairModel(reads.filter((_, i) => i % folds !== k).flatMap(examplesOf), 0);
    for (const read of reads.filter((_, i) => i % folds === k)) {
      for (const t of THRESHOLDS) byThreshold.set(t, add(byThreshold.get(t) ?? ZERO, scoreExtraction(read.set, withLearned(read, { ...model, threshold: t })).supports));
    }
  }
  for (const t of THRESHOLDS) console.log(line(`${folds}-fold CV, p >= ${t}`, byThreshold.get(t) ?? ZERO));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
