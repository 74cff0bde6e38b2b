// The trial's learned stage: pairs of actors in one sentence that no rule related, classified by the pair model
// (pairModel.ts) on their features (pairFeatures.ts), as it would run after the reader's rules.
import type { Candidate, Mention, ReadingView } from '../../src/reading';
import { pairFeatures } from './pairFeatures';
import { bestType, type PairModel } from './pairModel';

/** Distinct actors per sentence looked at: a sentence listing thirty states is a list, not thirty acts. */
const MAX_ACTORS = 10;

/** Below this, a learned fact is weaker than any rule's (finalize keeps the stronger of two for one triple). */
const CONFIDENCE_SCALE = 0.6;

export interface PairInstance {
  sentence: number;
  from: string;
  to: string;
  start: number;
  end: number;
  features: string[];
  /** A rule already related the two (either way) in this sentence. */
  covered: boolean;
}

/** The first mention of each actor in a sentence, not a title's principal ("U.S." of "U.S. President …"). */
function actorsOf(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.first - b.first)) {
    if (m.inTitle || seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    out.push(m);
  }
  return out.slice(0, MAX_ACTORS);
}

/** Every ordered pair of distinct actors in every sentence, with its features and whether a rule covered it. */
export function pairInstances({ sentences, mentions: perSentence, candidates }: ReadingView): PairInstance[] {
  const out: PairInstance[] = [];
  sentences.forEach((s, i) => {
    const actors = actorsOf(perSentence[i] ?? []);
    if (actors.length < 2) return;
    const related = new Set<string>();
    for (const c of candidates) if (c.start >= s.start && c.start < s.end) related.add(`${c.from}\u0000${c.to}`).add(`${c.to}\u0000${c.from}`);
    for (const from of actors) {
      for (const to of actors) {
        if (from === to) continue;
        const start = Math.min(from.start, to.start);
        const end = Math.max(from.end, to.end);
        out.push({ sentence: i, from: from.entityId, to: to.entityId, start, end, features: pairFeatures(s.tokens, actors, from, to), covered: related.has(`${from.entityId}\u0000${to.entityId}`) });
      }
    }
  });
  return out;
}

/** Candidates for the uncovered pairs the model gives a type; one per unordered pair and sentence (the likelier way). */
export function learnedPairs(instances: readonly PairInstance[], model: PairModel): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const x of instances) {
    if (x.covered) continue;
    const found = bestType(model, x.features);
    if (!found) continue;
    const key = `${x.sentence}\u0000${[x.from, x.to].sort().join('\u0000')}`;
    const prev = best.get(key);
    const confidence = Math.round(found.p * CONFIDENCE_SCALE * 100) / 100;
    if (!prev || confidence > prev.confidence) best.set(key, { type: found.type, from: x.from, to: x.to, start: x.start, end: x.end, confidence, rule: `learned:${found.type.toLowerCase().replace(/_/g, '-')}` });
  }
  return [...best.values()];
}
