// Sanctions as the subject of their sentence (CAMEO 163): "Chile's new sanctions target twelve Peruvian banks",
// "The sanctions, announced by Chile on Monday, target Peru's oil exports", "The measures include a travel ban on
// Ana Rojas" (whose measures the article told before: sanctionsRecalled below), and the sanctioned told as
// "those sanctioned by Chile" ("Among those sanctioned by Chile were Ana Rojas and the Red Star Bank").
import { actorBefore, targetAfter } from './clauses';
import { describedTargetAfter } from './describedTargets';
import { hedged } from './hedges';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add, Candidate } from './relations';
import { measureAt } from './sanctionMeasures';
import { sanctioned } from './sanctionsTold';
import type { Token } from './tokens';

/** What sanctions as a subject do to the sanctioned: "target", "hit", "cover", "apply to", "are aimed at" (not
 * "affect" or "hurt": sanctions on one side hurt others too). */
const TARGET_VERBS = /^(target|targets|targeted|hit|hits|cover|covers|covered)$/;
/** What they are made of: "include a travel ban on Y" names the sanctioned after the measure inside. */
const INCLUDE_VERBS = /^(include|includes|included)$/;
const MEASURE_MODIFIERS = /^(new|fresh|latest|further|additional|sweeping|tough|tougher|economic|financial|eu|western|first|second|third|\d+(st|nd|rd|th)|package|of|set|round|wave)$/;
const AGENT_PARTICIPLES = /^(announced|imposed|unveiled|adopted|approved|introduced|issued|levied|agreed)$/;
const TIME_WORDS = /^(on|in|last|this|earlier|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})$/;

interface MeasureSubject {
  /** The measure's owner or its agent ("Chile's sanctions", "the sanctions imposed by Chile"), if the sentence names one. */
  owners: Mention[];
  /** The verb after the subject phrase. */
  verb: number;
  /** Whether the phrase opens the sentence as "the/these sanctions" with no owner of its own. */
  bare: boolean;
}

/**
 * The measure noun at `k` as the subject of a verb: its owner before it ("Chile's", "Chilean"), or its agent in a
 * participle after it ("announced by Chile on Monday"), set off by commas or not; null when no verb follows.
 */
function measureSubjectAt(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number): MeasureSubject | null {
  if (measureAt(tokens, k) === null) return null;
  let b = measureAt(tokens, k) === 'sanctions' ? k - 1 : k - 2;
  while (b >= 0 && MEASURE_MODIFIERS.test(tokens[b]?.lower ?? '')) b--;
  let owners = actorBefore(actors, all, tokens, b + 1, 1).filter((m) => STATES_AND_GROUPS(m) && (m.form === 'demonym' || POSSESSIVE.test(tokens[m.last]?.text ?? '')));
  const bare = owners.length === 0 && /^(the|these|those)$/.test(tokens[b]?.lower ?? '') && b === 0;
  let v = k + 1;
  // "The sanctions, announced by Chile on Monday, target …", "the sanctions imposed by Chile target …"
  const comma = tokens[v]?.text === ',';
  if (AGENT_PARTICIPLES.test(tokens[v + (comma ? 1 : 0)]?.lower ?? '') && tokens[v + (comma ? 2 : 1)]?.lower === 'by') {
    const agents = targetAfter(actors, all, tokens, v + (comma ? 3 : 2), 2).filter(STATES_AND_GROUPS);
    const last = agents[agents.length - 1];
    if (!last) return null;
    owners = agents;
    v = last.last;
    while (v - last.last <= 4 && TIME_WORDS.test(tokens[v]?.lower ?? '')) v++;
    if (comma) { if (tokens[v]?.text !== ',') return null; v++; }
  } else if (comma) return null;
  while (/^(also|now|reportedly)$/.test(tokens[v]?.lower ?? '')) v++;
  return { owners, verb: v, bare: bare && owners.length === 0 };
}

/** Whom the measure subject's verb at `v` names: "target twelve banks and X", "include a travel ban on X". */
function sanctionedByVerb(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number): Mention[] {
  const w = tokens[v]?.lower ?? '';
  let at = -1;
  if (TARGET_VERBS.test(w)) at = v + 1;
  // "are aimed at Y", "apply to Y"
  else if (/^(are|were|is|was)$/.test(w) && /^(aimed|directed)$/.test(tokens[v + 1]?.lower ?? '') && tokens[v + 2]?.lower === 'at') at = v + 3;
  else if (/^(apply|applies|applied)$/.test(w) && tokens[v + 1]?.lower === 'to') at = v + 2;
  else if (INCLUDE_VERBS.test(w)) {
    // "include an asset freeze and a travel ban on Y": the first measure within reach that has an object.
    for (let j = v + 1; j < tokens.length && j - v <= 10; j++) {
      if (/^[,;.]$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.lower !== 'and') break;
      if (measureAt(tokens, j) !== null && /^(on|against)$/.test(tokens[j + 1]?.lower ?? '')) { at = j + 2; break; }
    }
  }
  if (at < 0 || hedged(tokens, v)) return [];
  const described = describedTargetAfter(actors, all, tokens, at, true);
  if (described.length > 0) return described;
  const named = targetAfter(actors, all, tokens, at, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.form !== 'demonym');
  return named.length > 0 ? named : sanctioned(tokens, actors, all, at);
}

/**
 * "Chile's new sanctions target twelve Peruvian banks and the Andean Shipping Company", "The sanctions, announced by
 * Chile on Monday, target Peru's oil exports", "Chilean measures include a travel ban on Ana Rojas": the owner or
 * agent of the measures sanctions those their verb names.
 */
export function sanctionsThatTarget(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const subject = measureSubjectAt(tokens, actors, all, k);
    if (!subject || subject.owners.length === 0) continue;
    for (const b of sanctionedByVerb(tokens, actors, all, subject.verb)) {
      for (const a of subject.owners) add('SANCTIONS', a, b, 0.8, 'sanction:subject', [k, subject.verb]);
    }
  }
}

/** Sentences back the sanctioner may have been named: further, "the sanctions" may be someone else's. */
export const SANCTIONS_RECALL_REACH = 3;

/**
 * "Chile imposed sanctions on Peru on Monday. The measures include an asset freeze and a travel ban on Ana Rojas.":
 * a sentence that opens on "the sanctions" or "the measures" (no owner of its own) and says whom they target
 * carries the sanctioner of the sentences before, when those name one sanctioner only.
 */
export function sanctionsRecalled(tokens: readonly Token[], actors: Mention[], all: Mention[], sanctioner: Mention['entityId']): Candidate[] {
  const out: Candidate[] = [];
  let k = 1;
  while (k < 4 && MEASURE_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
  // "The measures" alone names sanctions only when the sentences before told of some (the caller's condition).
  const measures = tokens[k]?.lower === 'measures' || tokens[k]?.lower === 'penalties' ? k : -1;
  const subject = measures >= 0 ? { owners: [], verb: k + 1 + (tokens[k + 1]?.lower === 'also' ? 1 : 0), bare: /^(the|these)$/.test(tokens[0]?.lower ?? '') } : measureSubjectAt(tokens, actors, all, k);
  if (!subject || !subject.bare) return out;
  for (const b of sanctionedByVerb(tokens, actors, all, subject.verb)) {
    if (b.entityId === sanctioner) continue;
    const first = tokens[0];
    if (first) out.push({ type: 'SANCTIONS', from: sanctioner, to: b.entityId, start: first.start, end: b.end, confidence: 0.75, rule: 'sanction:recalled', anchor: tokens[k]?.start });
  }
  return out;
}

// Not "targeted": "those targeted by Chile" may be struck, not sanctioned.
const SANCTIONED_PARTICIPLES = /^(sanctioned|blacklisted)$/;
const SANCTIONED_HEADS = /^(those|people|individuals|entities|companies|firms|banks|officials|persons|others)$/;

/**
 * "Among those sanctioned by Chile were Ana Rojas and the Red Star Bank", "Those sanctioned by Chile include X",
 * "Ana Rojas was among those sanctioned by Chile": the agent sanctions the names the copula joins to "those".
 */
export function thoseSanctioned(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let p = 1; p < tokens.length; p++) {
    if (!SANCTIONED_PARTICIPLES.test(tokens[p]?.lower ?? '') || tokens[p + 1]?.lower !== 'by') continue;
    let h = p - 1;
    if (/^(newly|also|already|recently|previously)$/.test(tokens[h]?.lower ?? '')) h--;
    if (!SANCTIONED_HEADS.test(tokens[h]?.lower ?? '')) continue;
    let start = h;
    while (start > 0 && /^(the|other|of|all|some|two|three|several)$/.test(tokens[start - 1]?.lower ?? '')) start--;
    const among = tokens[start - 1]?.lower === 'among';
    const agents = targetAfter(actors, all, tokens, p + 2, 2).filter(STATES_AND_GROUPS);
    const last = agents[agents.length - 1];
    if (!last) continue;
    let after = last.last;
    while (after - last.last <= 4 && TIME_WORDS.test(tokens[after]?.lower ?? '')) after++;
    let named: Mention[] = [];
    const copula = tokens[after]?.lower ?? '';
    // "Among those sanctioned by Chile were X and Y", "Those sanctioned by Chile include X"
    if (/^(were|are|was|is|include|included|includes)$/.test(copula) && (among || start === 0 || !/^(was|is)$/.test(copula))) {
      named = describedTargetAfter(actors, all, tokens, after + 1, true);
      if (named.length === 0) named = targetAfter(actors, all, tokens, after + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    } else if (among && /^(was|were|is|are)$/.test(tokens[start - 2]?.lower ?? '')) {
      // "Ana Rojas was among those sanctioned by Chile"
      named = actorBefore(actors, all, tokens, start - 2, 3).filter((m) => ACTOR_KINDS.has(m.kind));
    }
    if (hedged(tokens, p)) continue;
    for (const a of agents) for (const b of named) add('SANCTIONS', a, b, 0.85, 'sanction:those', [p]);
  }
}
