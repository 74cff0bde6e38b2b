// Custody told through a warrant issued or a captive taken: "a court issued an arrest warrant for X" (173, DETAINS),
// "soldiers took X hostage" (181, HOLDS_CAPTIVE). captivity.ts reads arrests, releases and swaps told otherwise.
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { describedTargetAfter } from './describedTargets';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { STATES_AND_GROUPS } from './hostileWords';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const ISSUED = /^(issued|issues|issue|issuing)$/;
/** Who issues warrants without being named an actor: "a court", "a judge", "prosecutors". */
const ISSUING_BODIES = /^(court|courts|judge|judges|tribunal|prosecutor|prosecutors|prosecution)$/;

/** The person or collective a warrant is for, after "for" or "against": "for opposition leader X". */
function wantedAfter(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number): Mention[] {
  const people = (m: Mention): boolean => m.kind === 'PERSON' || m.kind === 'GROUP';
  const named = targetAfter(actors, all, tokens, from, 3).filter(people);
  return named.length > 0 ? named : describedTargetAfter(actors, all, tokens, from);
}

/**
 * "Freedonia issued an arrest warrant for X", "a court in Freedonia has issued a warrant for the arrest of X": the
 * state or court that wants a person held detains them (173, as the ICC's warrant does). A court's state is the one
 * state its sentence names; none when it names two. A warrant only sought is an accusation (relations.ts).
 */
export function warrantsIssued(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!ISSUED.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v + 1]?.lower === 'by') continue;
    // "an (international) arrest warrant", "a warrant": the noun within four words.
    let w = v + 1;
    while (w < tokens.length && w - v <= 4 && tokens[w]?.lower !== 'warrant' && tokens[w]?.lower !== 'warrants') {
      if (!tokens[w]?.isWord || BOUNDARY_WORDS.has(tokens[w]?.lower ?? '')) { w = tokens.length; break; }
      w++;
    }
    if (!/^warrants?$/.test(tokens[w]?.lower ?? '')) continue;
    const arrest = tokens.slice(v + 1, w).some((t) => t.lower === 'arrest');
    let from = w + 1;
    // "a warrant for the arrest of X"
    if (!arrest && tokens[from]?.lower === 'for' && tokens[from + 1]?.lower === 'the' && tokens[from + 2]?.lower === 'arrest' && tokens[from + 3]?.lower === 'of') from += 4;
    else if (arrest && /^(for|against)$/.test(tokens[from]?.lower ?? '')) from += 1;
    else continue;
    const wanted = wantedAfter(tokens, actors, all, from);
    if (wanted.length === 0) continue;
    let issuers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    if (issuers.length === 0 && courtBefore(tokens, v)) {
      const states = new Set(all.filter((m) => m.kind === 'COUNTRY' && !m.inTitle).map((m) => m.entityId));
      const state = all.find((m) => m.kind === 'COUNTRY' && !m.inTitle);
      if (states.size === 1 && state) issuers = [state];
    }
    for (const a of issuers) for (const p of wanted) if (a.entityId !== p.entityId) add('DETAINS', a, p, 0.8, 'arrest:warrant-issued', [v, w]);
  }
}

/** "a court has issued", "the judge issued": an issuing body is the subject, a few words before the verb. */
function courtBefore(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    const t = tokens[k];
    if (!t || !t.isWord) return false;
    if (ISSUING_BODIES.test(t.lower)) return true;
    if (!/^(has|had|have|also|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|already|reportedly)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * "Troops took the president captive", "gunmen took three engineers hostage", "rebels took X prisoner": who takes a
 * person captive holds them (181, HOLDS_CAPTIVE).
 */
export function takenCaptive(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!/^(took|take|takes|taking|taken)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let held = targetAfter(actors, all, tokens, v + 1, 4).filter((m) => m.kind === 'PERSON' || m.kind === 'GROUP');
    if (held.length === 0) held = describedTargetAfter(actors, all, tokens, v + 1);
    const last = held[held.length - 1];
    if (!last || !/^(captive|hostage|hostages|prisoner|prisoners)$/.test(tokens[last.last]?.lower ?? '')) continue;
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS)) {
      for (const p of held) add('HOLDS_CAPTIVE', a, p, 0.85, 'captive:took-captive', [v, last.last]);
    }
  }
}
