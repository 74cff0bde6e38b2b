// "The strikes hit targets in the capital": a sentence that opens on the strikes the one before told goes on to say
// where they fell. The strikers are the earlier sentence's; each place named as hit is struck (eval/README.md,
// rule 9: each named place hit gets its own STRUCK fact).
import { WATERS } from './clauses';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

/** Sentences back the strikes may have been told: further, "the strikes" may be others. */
export const RECALL_REACH = 2;

const RECALLED_NOUNS = /^(strikes|airstrikes|air-strikes|attacks|raids|bombings|bombardment|shelling)$/;
const RECALLED_MODIFIERS = /^(latest|recent|new|overnight|joint|air|missile|drone|initial|first)$/;
/** What the strikes did to a place: hit it or counted targets in it. Not "followed", "came after", "began". */
const HIT_VERBS = /^(hit|hits|struck|targeted|target|targets|included|include|includes|destroyed|destroy|destroys|damaged|pounded|pound|pounds|hammered|focused|concentrated|reached)$/;
const PLACE_PREPOSITIONS = /^(in|across|on|near|around|at|outside)$/;
/** Words that may stand between such a preposition and the place: "in the capital Sanaa", "in the port city of X". */
const PLACE_DESCRIPTORS = /^(the|capital|city|port|town|province|region|village|of|northern|southern|eastern|western|central)$/;

/**
 * "The strikes included targets in Sanaa", "The latest raids hit Hodeidah": a sentence that opens on "the
 * strikes" (no owner of its own) and says where they hit carries the strikers of the last sentence that told of
 * strikes. Places count right after the verb or after a preposition of place ("in", "across", "near").
 */
export function recalledStrikes(tokens: readonly Token[], mentions: readonly Mention[], strikers: readonly string[]): Candidate[] {
  if (strikers.length === 0 || tokens[0]?.lower !== 'the') return [];
  let k = 1;
  while (k < 4 && RECALLED_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
  const noun = tokens[k];
  if (!noun || !RECALLED_NOUNS.test(noun.lower)) return [];
  let v = k + 1;
  while (v <= k + 2 && /^(also|have|had|reportedly)$/.test(tokens[v]?.lower ?? '')) v++;
  const verb = tokens[v];
  if (!verb || !HIT_VERBS.test(verb.lower) || hedged(tokens, v)) return [];
  const out: Candidate[] = [];
  for (const place of mentions) {
    if (place.inTitle || place.first <= v || (place.kind !== 'PLACE' && place.kind !== 'COUNTRY') || WATERS.test(place.entityId)) continue;
    let j = place.first - 1;
    while (j > v && PLACE_DESCRIPTORS.test(tokens[j]?.lower ?? '')) j--;
    if (j !== v && !PLACE_PREPOSITIONS.test(tokens[j]?.lower ?? '')) continue;
    for (const striker of strikers) {
      if (striker === place.entityId) continue;
      out.push({ type: 'STRUCK', from: striker, to: place.entityId, start: tokens[0]?.start ?? noun.start, end: place.end, confidence: 0.8, rule: 'strike:recalled', anchor: noun.start });
    }
  }
  return out;
}
