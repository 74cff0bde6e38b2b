// The trial's pair model: a multinomial logistic regression over pair features (pairFeatures.ts), trained by
// trainer.ts on the tuning half's gold facts. Classes are relationship types and NONE; a pair's best type is kept
// when its probability clears the threshold.
import type { RelationshipType } from '../../src/generated/graphql';

export const NONE = 'NONE';

export interface PairModel {
  /** NONE first, then relationship types. */
  classes: string[];
  bias: number[];
  /** Feature → (class index, weight) pairs; weights near zero are left out. */
  weights: Record<string, Array<[number, number]>>;
  threshold: number;
}

/** Class probabilities of one feature set (softmax of the summed weights). */
export function classProbabilities(model: Pick<PairModel, 'classes' | 'bias' | 'weights'>, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const f of features) for (const [c, w] of model.weights[f] ?? []) scores[c] = (scores[c] ?? 0) + w;
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The best relationship type for a pair and its probability, or null when NONE wins or it is under the threshold. */
export function bestType(model: PairModel, features: readonly string[]): { type: RelationshipType; p: number } | null {
  const probs = classProbabilities(model, features);
  let best = 0;
  probs.forEach((p, c) => { if (p > (probs[best] ?? 0)) best = c; });
  const p = probs[best] ?? 0;
  if (best === 0 || p < model.threshold) return null;
  return { type: model.classes[best] as RelationshipType, p };
}
