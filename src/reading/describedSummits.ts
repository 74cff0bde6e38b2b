// Summits told by description rather than by their convener's name before the noun (gatherings.ts summitAt):
// - by those who gather for it: "leaders of the Andean Community gathered in Quito for their annual summit" is that
//   body's summit, held where they gathered;
// - by what it is about and where: "the peace summit planned for Lisbon", "a climate summit in Lima".
// Each is named as gatherings.ts names summits (`<Convener> summit`), or by its place and subject
// (`<Place> peace summit`) when no body convenes it. A bare "the summit in Lima" stays with the article's talks
// (events.ts): with neither a subject nor a plan it may be the talks themselves.
import { actorBefore, actorMentions } from './clauses';
import { gerundSubjectEnd } from './denials';
import { SUBJECT_WORDS } from './eventWords';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Token } from './tokens';

export interface DescribedSummit {
  /** The body whose summit it is, when those who gather for it say. */
  convener?: Mention;
  /** Where it is held, when the sentence says. */
  place?: Mention;
  /** What it is about ("peace"), for a summit named by its place. */
  subject?: string;
  /** The verb of gathering, for a convener's summit. */
  at?: number;
}

const GATHER_VERBS = /^(gathered|gather|gathers|met|meet|meets|convened|convene|convenes|assembled|assemble)$/;
/** Words of a summit's kind between "their" and "summit": "their annual summit", "its first extraordinary summit". */
const KIND_WORDS = /^(annual|yearly|biennial|regular|extraordinary|emergency|first|second|latest|two-day|three-day|leaders|’|')$/;
const PLANNED = /^(planned|scheduled|set|due|held|hosted|convened|opening)$/;
const isPlace = (m: Mention): boolean => m.kind === 'PLACE' || m.kind === 'COUNTRY';

/** The summit described at token k ("summit"), or null. */
export function describedSummitAt(tokens: readonly Token[], ms: readonly Mention[], k: number): DescribedSummit | null {
  if (tokens[k]?.lower !== 'summit') return null;
  return gatheredFor(tokens, ms, k) ?? placedSummit(tokens, ms, k);
}

/** "X gathered in <place> for their annual summit": X's summit, held there. */
function gatheredFor(tokens: readonly Token[], ms: readonly Mention[], k: number): DescribedSummit | null {
  let j = k - 1;
  while (j > 0 && KIND_WORDS.test(tokens[j]?.lower ?? '')) j--;
  if (!/^(their|its)$/.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.lower !== 'for') return null;
  let v = j - 2;
  while (v >= 0 && j - v <= 8 && !GATHER_VERBS.test(tokens[v]?.lower ?? '')) v--;
  if (v < 0 || !GATHER_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) return null;
  const convener = actorBefore(actorMentions([...ms], tokens), [...ms], tokens, gerundSubjectEnd(tokens, v)).find((m) => m.kind === 'ORGANIZATION');
  if (!convener) return null;
  const place = tokens[v + 1]?.lower === 'in' ? ms.find((m) => m.first === v + 2 && isPlace(m) && m.last < j) : undefined;
  return { convener, place, at: v };
}

/** "the peace summit planned for <place>", "a climate summit in <place>": a summit with its subject or its plan. */
function placedSummit(tokens: readonly Token[], ms: readonly Mention[], k: number): DescribedSummit | null {
  const before = tokens[k - 1]?.lower ?? '';
  const subject = SUBJECT_WORDS.has(before) ? before : undefined;
  const det = subject ? k - 2 : k - 1;
  if (!/^(the|a|an|this|next|upcoming)$/.test(tokens[det]?.lower ?? '')) return null;
  let j = k + 1;
  const planned = PLANNED.test(tokens[j]?.lower ?? '');
  if (planned) j++;
  if (!subject && !planned) return null;
  if (!/^(for|in)$/.test(tokens[j]?.lower ?? '')) return null;
  const place = ms.find((m) => (m.first === j + 1 || (m.first === j + 2 && tokens[j + 1]?.lower === 'the')) && isPlace(m));
  return place ? { place, subject } : null;
}
