// Training the pair model (src/reading/pairModel.ts): multinomial logistic regression by stochastic gradient descent,
// with L2 shrinkage and a fixed shuffle seed, so one corpus always gives one model.
import { NONE, type PairModel } from './pairModel';

export interface Example { features: readonly string[]; label: string }

export interface TrainOptions { epochs: number; rate: number; l2: number; seed: number }

export const DEFAULT_TRAINING: TrainOptions = { epochs: 15, rate: 0.1, l2: 1e-4, seed: 7 };

/** Weights under this are dropped from the written model: they change no decision and swell the file. */
const PRUNE = 0.01;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A model over NONE and the labels the examples carry. */
export function trainPairModel(examples: readonly Example[], threshold: number, options: TrainOptions = DEFAULT_TRAINING): PairModel {
  const classes = [NONE, ...[...new Set(examples.map((e) => e.label))].filter((l) => l !== NONE).sort()];
  const index = new Map(classes.map((c, i) => [c, i]));
  const k = classes.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const row = (f: string): Float64Array => {
    let w = weights.get(f);
    if (!w) weights.set(f, (w = new Float64Array(k)));
    return w;
  };
  const scores = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch * 0.5);
    for (const e of shuffled(examples, options.seed + epoch)) {
      const y = index.get(e.label) ?? 0;
      scores.set(bias);
      const rows = e.features.map(row);
      for (const w of rows) for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + (w[c] ?? 0);
      const top = Math.max(...scores);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += (scores[c] = Math.exp((scores[c] ?? 0) - top));
      for (let c = 0; c < k; c++) {
        const g = (scores[c] ?? 0) / sum - (c === y ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - rate * g;
        for (const w of rows) w[c] = (w[c] ?? 0) - rate * (g + options.l2 * (w[c] ?? 0));
      }
    }
  }
  const kept: PairModel['weights'] = {};
  for (const f of [...weights.keys()].sort()) {
    const pairs: Array<[number, number]> = [];
    (weights.get(f) ?? []).forEach((w, c) => { if (Math.abs(w) >= PRUNE) pairs.push([c, Math.round(w * 1000) / 1000]); });
    if (pairs.length > 0) kept[f] = pairs;
  }
  return { classes, bias: [...bias].map((b) => Math.round(b * 1000) / 1000), weights: kept, threshold };
}
