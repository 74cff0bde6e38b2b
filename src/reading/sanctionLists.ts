// Sanctions told as a list (CAMEO 163): names put on a sanctions list or a blacklist ("Chile added Ana Rojas and the
// Red Star Bank to its sanctions list", "listed Ana Rojas under its sanctions regime", "Ana Rojas was added to
// Chile's blacklist"), and names added to sanctions widened in the same sentence ("Chile expanded its sanctions on
// Peru, adding forty firms and Ana Rojas"). Every name listed is sanctioned (eval/README.md, rule 4).
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { describedTargetAfter } from './describedTargets';
import { hedged } from './hedges';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import { measureAt } from './sanctionMeasures';
import type { Token } from './tokens';

const ADD_VERBS = /^(added|adds|add|adding|put|puts|putting|placed|places|placing|included|includes)$/;
const LIST_VERBS = /^(listed|lists|list|listing|designated|designates|designate|designating)$/;
const PASSIVE_AUX = /^(was|were|is|are|been|being)$/;
/** Words before "list" that make it a list of the sanctioned: "its sanctions list", "the terrorism list". */
const LIST_KINDS = /^(sanctions|sanction|sanctioned|terrorism|terror|terrorist|blacklist|consolidated)$/;
/** Who a list "of sanctioned …" names. */
const LISTED_KINDS = /^(entities|individuals|persons|people|companies|firms|organisations|organizations|officials|groups)$/;
/** Words of a list phrase before its head: "its own national sanctions list", "the EU's consolidated list". */
const LIST_LEAD = /^(its|their|the|a|own|national|official|new|updated|expanded|financial|global)$/;

interface ListPhrase {
  /** The token after the phrase. */
  end: number;
  /** A state or body named as the list's owner ("Chile's sanctions list"), if any. */
  owner?: Mention;
}

/**
 * The list phrase starting at `k` ("its sanctions list", "the list of sanctioned entities", "its blacklist",
 * "Chile's terrorism blacklist"), or, after "under", a sanctions regime ("its sanctions regime"); null if none.
 */
function listPhraseAt(tokens: readonly Token[], all: readonly Mention[], k: number, regime: boolean): ListPhrase | null {
  let j = k;
  const owner = all.find((m) => m.first === j && !m.inTitle && STATES_AND_GROUPS(m) && POSSESSIVE.test(tokens[m.last]?.text ?? ''));
  if (owner) j = owner.last + 1;
  while (j - k <= 6 && LIST_LEAD.test(tokens[j]?.lower ?? '')) j++;
  const w = tokens[j]?.lower ?? '';
  if (w === 'blacklist' || (w === 'black' && tokens[j + 1]?.lower === 'list')) return { end: j + (w === 'black' ? 2 : 1), owner };
  if (LIST_KINDS.test(w) && /^(list|lists|blacklist)$/.test(tokens[j + 1]?.lower ?? '')) return { end: j + 2, owner };
  // "the list of sanctioned entities", "the list of designated terrorist organisations"
  if (w === 'list' && tokens[j + 1]?.lower === 'of') {
    let n = j + 2;
    while (n - j <= 4 && /^(sanctioned|designated|terrorist|terror|foreign|banned|blacklisted)$/.test(tokens[n]?.lower ?? '')) n++;
    if (n > j + 2 && LISTED_KINDS.test(tokens[n]?.lower ?? '')) return { end: n + 1, owner };
  }
  // "under its sanctions regime": only after a listing verb, as "operating under a sanctions regime" is no listing.
  if (regime && /^(sanctions|sanction)$/.test(w) && /^(regime|programme|program|law)$/.test(tokens[j + 1]?.lower ?? '')) return { end: j + 2, owner };
  return null;
}

/** The names a listing verb at `v` puts on a list: "added the Red Star Bank and Ana Rojas", "added Peruvian banker X". */
function listedAfter(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number): Mention[] {
  const described = describedTargetAfter(actors, all, tokens, from, true);
  return described.length > 0 ? described : targetAfter(actors, all, tokens, from, 2).filter((m) => ACTOR_KINDS.has(m.kind));
}

/**
 * "Chile added Ana Rojas and the Red Star Bank to its sanctions list", "put X on its blacklist", "listed X under its
 * sanctions regime", "X was added to Chile's sanctions list (by Chile)": the lister sanctions every name listed.
 */
export function sanctionListings(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    const listing = LIST_VERBS.test(w);
    if (!(ADD_VERBS.test(w) || listing) || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    const passive = PASSIVE_AUX.test(tokens[v - 1]?.lower ?? '') || (tokens[v - 1]?.lower === 'been' && PASSIVE_AUX.test(tokens[v - 2]?.lower ?? ''));
    const listed = passive ? actorBefore(actors, all, tokens, v, 3).filter((m) => ACTOR_KINDS.has(m.kind)) : listedAfter(tokens, actors, all, v + 1);
    const last = listed[listed.length - 1];
    if (!last) continue;
    let at = passive ? v + 1 : last.last;
    // "added X, Bolivia's interior minister, to its blacklist": past an apposition set off by commas.
    if (!passive && tokens[at]?.text === ',') {
      let c = at + 1;
      while (c - at <= 8 && c < tokens.length && tokens[c]?.text !== ',') c++;
      if (tokens[c]?.text === ',') at = c + 1;
    }
    const prep = tokens[at]?.lower ?? '';
    if (!/^(to|on|onto|under)$/.test(prep) || (prep === 'under' && !listing)) continue;
    const phrase = listPhraseAt(tokens, all, at + 1, prep === 'under');
    if (!phrase) continue;
    let listers: Mention[];
    // "Chile tightened its sanctions, adding X to its blacklist": the participle has the clause's subject.
    const widening = w === 'adding' && tokens[v - 1]?.text === ',' ? wideningVerbBefore(tokens, v) : -1;
    if (widening >= 0) listers = actorBefore(actors, all, tokens, widening);
    else if (!passive) listers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
    else if (tokens[phrase.end]?.lower === 'by') listers = targetAfter(actors, all, tokens, phrase.end + 1, 2);
    else listers = phrase.owner ? [phrase.owner] : [];
    for (const a of listers.filter(STATES_AND_GROUPS)) for (const b of listed) add('SANCTIONS', a, b, 0.85, 'sanction:listed', [v, phrase.end - 1]);
  }
}

/** Verbs that widen sanctions already in force, or impose them: their ", adding …" names more of the sanctioned. */
const WIDEN_VERBS = /^(expanded|expands|expand|expanding|extended|extends|widened|widens|broadened|tightened|tightens|imposed|imposes|announced|announces|unveiled|adopted|approved|updated|updates)$/;

/** The verb that widens or imposes sanctions in the clause closed by the comma before the participle at `a`, or -1. */
function wideningVerbBefore(tokens: readonly Token[], a: number): number {
  for (let j = a - 2; j >= Math.max(0, a - 16); j--) {
    if (tokens[j]?.text === ',' || tokens[j]?.text === ';') return -1;
    if (WIDEN_VERBS.test(tokens[j]?.lower ?? '')) return j;
  }
  return -1;
}

/**
 * "Chile expanded its sanctions on Peru, adding forty firms and Ana Rojas": the participle after a comma names more
 * of the sanctioned, and the subject of the clause it closes sanctions them. Only when that clause widens or imposes
 * sanctions ("Chile said …, adding that" names nobody).
 */
export function sanctionsWidened(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let a = 1; a < tokens.length; a++) {
    if (tokens[a]?.lower !== 'adding' || tokens[a - 1]?.text !== ',') continue;
    // The clause before the comma: its verb, and a measure noun between that verb and the comma.
    const verb = wideningVerbBefore(tokens, a);
    if (verb < 0 || hedged(tokens, verb)) continue;
    let measure = false;
    for (let j = verb + 1; j < a - 1; j++) if (measureAt(tokens, j) !== null || /^(blacklist|list)$/.test(tokens[j]?.lower ?? '')) measure = true;
    if (!measure) continue;
    const named = listedAfter(tokens, actors, all, a + 1);
    const last = named[named.length - 1];
    // "adding X to its blacklist" is read by sanctionListings.
    if (!last || /^(to|on|onto)$/.test(tokens[last.last]?.lower ?? '')) continue;
    const sanctioners = actorBefore(actors, all, tokens, verb).filter(STATES_AND_GROUPS);
    for (const s of sanctioners) for (const b of named) add('SANCTIONS', s, b, 0.8, 'sanction:widened', [verb, a]);
  }
}
