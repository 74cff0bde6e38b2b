// Diplomatic relations cut (CAMEO 16). Envoys expelled are a sanction as the gold codes them (SANCTIONS the envoys'
// state): "X expelled Y's ambassador", "X announced the expulsion of the ambassadors of A and B", "X expelled two
// Freedonian diplomats". Ties severed or an embassy shut leave relations with the other state (WITHDREW_FROM): "X
// severed diplomatic ties with Y", "X suspended operations at its embassy in <capital>" (names.ts makes that capital
// the government). An ambassador only recalled is not read: the gold leaves it uncoded (negotiatorsRecalled.ts).
// A decision announced ("X said it would expel …") is coded as taken; any other hedge or negation drops the act.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { announcedDecision, hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const EXPEL_VERBS = /^(expelled|expel|expels|expelling)$/;
const SEVER_VERBS = /^(severed|sever|severs|severing|cut|cuts|cutting|broke|break|breaks|breaking|suspended|suspend|suspends|suspending)$/;
const SHUT_VERBS = /^(closed|close|closes|closing|shut|shuts|shuttered|suspended|suspend|suspends|suspending)$/;
const ENVOY_NOUNS = /^(ambassador|ambassadors|envoy|envoys|diplomat|diplomats|staff|chargé|charge|attaché|attache|attachés|consul|consuls|personnel)$/;
/** Words of the envoys' phrase before its noun: "the two most senior Freedonian diplomats", "all diplomatic staff". */
const ENVOY_WORDS = /^(the|a|an|its|their|his|her|all|two|three|four|five|six|seven|eight|nine|ten|\d+|several|senior|top|most|more|diplomatic|embassy|other|remaining|of)$/;
const PARTIES = (m: Mention): boolean => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION';
// A leader may cut ties himself; a pronoun for him is left out, as the one meant may be a name the reader missed.
const ACTORS = (m: Mention): boolean => PARTIES(m) || (m.kind === 'PERSON' && m.form !== 'anaphor');
const dropped = (tokens: readonly Token[], v: number): boolean => tokens[v - 1]?.lower === 'to' || (hedged(tokens, v) && !announcedDecision(tokens, v));

/** Whose envoys the phrase from k names: "Y's ambassador", "Freedonian diplomats", "the ambassadors of A, B and C". */
function envoysOf(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number): Mention[] {
  let k = from;
  let owners: Mention[] = [];
  while (k < tokens.length && k - from < 8) {
    const m = all.find((x) => x.first === k && PARTIES(x));
    if (m) {
      owners = [m];
      k = m.last;
      if (/^(’s|'s)$/.test(tokens[k]?.text ?? '')) k++;
      continue;
    }
    if (ENVOY_NOUNS.test(tokens[k]?.lower ?? '')) break;
    if (!ENVOY_WORDS.test(tokens[k]?.lower ?? '')) return [];
    k++;
  }
  if (!ENVOY_NOUNS.test(tokens[k]?.lower ?? '')) return [];
  while (ENVOY_NOUNS.test(tokens[k + 1]?.lower ?? '')) k++;
  // "the ambassadors of A, B and C", "diplomats from Y" (not "diplomats from its embassy").
  if (owners.length === 0 && /^(of|from)$/.test(tokens[k + 1]?.lower ?? '')) owners = targetAfter(actors, all, tokens, k + 2, 0);
  return owners.filter(PARTIES);
}

/** "X expelled Y's ambassador", "X ordered / announced the expulsion of Y's envoy": SANCTIONS Y. */
function expulsions(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    let verb = -1;
    let from = -1;
    if (EXPEL_VERBS.test(w) && tokens[v + 1]?.lower !== 'by') {
      verb = v;
      from = v + 1;
    } else if (w === 'expulsion' && tokens[v + 1]?.lower === 'of') {
      // The verb that carries the noun: "announced the expulsion of", "ordered the expulsion of".
      let j = v - 1;
      while (j > 0 && /^(the|an|immediate)$/.test(tokens[j]?.lower ?? '')) j--;
      if (!/^(announced|announces|ordered|orders|decreed|confirmed|demanded)$/.test(tokens[j]?.lower ?? '') || /^(demanded)$/.test(tokens[j]?.lower ?? '')) continue;
      verb = j;
      from = v + 2;
    } else continue;
    if (dropped(tokens, verb)) continue;
    const targets = envoysOf(tokens, actors, all, from);
    if (targets.length === 0) continue;
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, verb)).filter(PARTIES)) {
      for (const b of targets) add('SANCTIONS', a, b, 0.8, 'rupture:expelled', [verb]);
    }
  }
}

/** "X severed (diplomatic) ties with Y", "broke off relations with Y", "shut its embassy in Y": WITHDREW_FROM Y. */
function severances(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    if (!(SEVER_VERBS.test(w) || SHUT_VERBS.test(w)) || dropped(tokens, v)) continue;
    let k = v + 1;
    if (tokens[k]?.lower === 'off') k++;
    let at = -1;
    if (SEVER_VERBS.test(w)) {
      let j = k;
      while (j - k < 3 && /^(all|its|their|diplomatic|the|formal|official)$/.test(tokens[j]?.lower ?? '')) j++;
      if (/^(ties|relations)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'with') at = j + 2;
    }
    if (at < 0 && SHUT_VERBS.test(w)) {
      // "closed its embassy in Y", "suspended operations at its embassy in Y".
      let j = k;
      if (tokens[j]?.lower === 'operations' && /^(at|of)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
      if (/^(its|their)$/.test(tokens[j]?.lower ?? '') && /^(embassy|embassies)$/.test(tokens[j + 1]?.lower ?? '') && /^(in|to)$/.test(tokens[j + 2]?.lower ?? '')) at = j + 3;
    }
    if (at < 0) continue;
    const left = targetAfter(actors, all, tokens, at, 0).filter((m) => m.kind === 'COUNTRY');
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(ACTORS)) {
      for (const b of left) add('WITHDREW_FROM', a, b, 0.8, 'rupture:severed', [v]);
    }
  }
}

export function diplomaticRuptures(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  expulsions(tokens, actors, all, add);
  severances(tokens, actors, all, add);
}
