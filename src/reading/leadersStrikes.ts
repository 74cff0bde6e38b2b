// A leader's strikes are the led body's: "President Ana Ruiz ordered strikes on Y" is also Atlantis striking Y
// (CAMEO codes a leader acting in office as the government; the seed codes Trump's strikes on Iran for the US).
import type { RoleFact } from './mentions';
import type { Candidate } from './relations';

/** A leader's strike carries over to the state a little less surely than the act itself is read. */
const CARRIED = 0.05;

/**
 * For each STRUCK fact whose striker is a person the article shows leading exactly one state or organization
 * (LEADS, from a title or the built-in office holders), the same strike by it, on the same quote. A person leading
 * two states, or none, carries nothing; the state's own fact, when read too, keeps the higher confidence.
 */
export function leadersStrikes(roleFacts: readonly RoleFact[], candidates: readonly Candidate[]): Candidate[] {
  const led = new Map<string, Set<string>>();
  // Only offices the article states (a title, an apposition, the built-in holders): not the article-wide guess.
  for (const f of roleFacts) if (f.type === 'LEADS' && f.how !== 'article') led.set(f.person, (led.get(f.person) ?? new Set()).add(f.principal));
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'STRUCK' || c.stance === 'DISPUTES') continue;
    const states = led.get(c.from);
    const state = states?.size === 1 ? [...states][0] : undefined;
    if (!state || state === c.to) continue;
    out.push({ ...c, from: state, confidence: c.confidence - CARRIED, rule: `leader:${c.rule}` });
  }
  return out;
}
