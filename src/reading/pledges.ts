// Promises of help or of closer ties to a named actor (PLEDGED, CAMEO 030): "Chile pledged to support Peru",
// "France vowed to continue to help Ukraine", "Germany would continue to back Poland", "X committed to helping Y",
// "X offered to help Y rebuild", "X will continue to develop its relations with Y" (eval/README.md rule 12). A plain
// "will support" is a forecast, not a pledge, unless it continues a support already given. Promises about the
// article's own deal are eventPledges.ts's; plans to visit are visitPlans.ts's.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { negatedBefore as negated } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

// "promised to provide Ukraine with generators", "pledged to send Y more arms": giving help is helping.
const HELP_VERBS = /^(support|back|help|assist|aid|defend|protect|stand|provide|supply|send|give|arm|equip)$/;
const HELP_GERUNDS = /^(supporting|backing|helping|assisting|aiding|defending|protecting|standing|providing|supplying|sending|giving|arming|equipping)$/;
/** What of a state's its helper supports: "to support Peru's reconstruction" helps Peru (its leader would be a person). */
const OWNED_CAUSES = /^(reconstruction|recovery|sovereignty|defence|defense|security|economy|efforts|effort|fight|independence|territorial|stability|development|people|army|military|forces)$/;
const PROMISE_VERBS = /^(pledged|pledges|pledge|pledging|promised|promises|promise|promising|vowed|vows|vow|vowing|committed|commits|offered|offers|offer|offering)$/;
/** Verbs that state a commitment anew: "reaffirmed its commitment to …". */
const AFFIRM_VERBS = /^(reaffirmed|reaffirms|reiterated|reiterates|restated|restates|affirmed|affirms|renewed|renews|underlined|underscored|stressed|stresses)$/;
/** Words describing a commitment: "its ironclad commitment". */
const COMMITMENT_WORDS = /^(strong|unwavering|ironclad|firm|steadfast|continued|full|long-standing|longstanding)$/;
/** Growing ties: "develop relations with Y", "strengthen cooperation with Y". */
const GROW_VERBS = /^(develop|strengthen|deepen|expand|boost|enhance|bolster|broaden)$/;
const TIES = /^(relations|ties|cooperation|partnership|relationship|friendship|links)$/;

/**
 * Where the promise stands before the act at h, or -1: "pledged to <act>", "to continue to <act>", "will / would
 * continue to <act>", "committed to <act>ing", "will keep <act>ing". `continued` says the subject ends before the
 * modal ("would continue").
 */
function promiseBefore(tokens: readonly Token[], h: number, gerund: boolean): { v: number; continued: boolean } | null {
  let v = h - 1;
  if (!gerund) {
    if (tokens[v]?.lower !== 'to') return null;
    v--;
  }
  // "to continue to support", "committed to keep supporting": the promise stands before "continue".
  if (/^(continue|keep)$/.test(tokens[v]?.lower ?? '') && tokens[v - 1]?.lower === 'to') v -= 2;
  else if (gerund && tokens[v]?.lower === 'to') v--;
  const verb = tokens[v]?.lower ?? '';
  // "reaffirmed its commitment to defend Y", "reiterated their ironclad commitment to supporting Y".
  if (verb === 'commitment') {
    let j = v - 1;
    while (j > v - 4 && COMMITMENT_WORDS.test(tokens[j]?.lower ?? '')) j--;
    if (/^(its|their|his|her)$/.test(tokens[j]?.lower ?? '') && AFFIRM_VERBS.test(tokens[j - 1]?.lower ?? '') && !negated(tokens, j - 1)) return { v: j - 1, continued: false };
    return null;
  }
  const continued = /^(continue|continues|continued|keep|keeps)$/.test(verb) && /^(will|would|shall)$/.test(tokens[v - 1]?.lower ?? '');
  if (continued) return negated(tokens, v - 1) ? null : { v, continued };
  // "committed to helping": only commitment takes a gerund after "to".
  if (gerund && !/^(committed|commits|pledged|vowed)$/.test(verb)) return null;
  if (!PROMISE_VERBS.test(verb) || negated(tokens, v)) return null;
  return { v, continued: false };
}

function pledgers(tokens: readonly Token[], actors: Mention[], all: Mention[], p: { v: number; continued: boolean }): Mention[] {
  return actorBefore(actors, all, tokens, p.continued ? p.v - 1 : gerundSubjectEnd(tokens, p.v)).filter((m) => ACTOR_KINDS.has(m.kind));
}

/** Help promised: "pledged to support Y", "committed to helping Y", "would continue to back Y", "offered to assist Y". */
function helpPledges(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let h = 2; h < tokens.length; h++) {
    const word = tokens[h]?.lower ?? '';
    const gerund = HELP_GERUNDS.test(word);
    if (!gerund && !HELP_VERBS.test(word)) continue;
    const p = promiseBefore(tokens, h, gerund);
    if (!p) continue;
    const from = /^(stand|standing)$/.test(word) && tokens[h + 1]?.lower === 'by' ? h + 2 : h + 1;
    // "to support Syria's new leader": the leader is helped, not Syria.
    const targets = targetAfter(actors, all, tokens, from, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE'
      && (!/^(’s|'s)$/.test(tokens[m.last]?.text ?? '') || OWNED_CAUSES.test(tokens[m.last + 1]?.lower ?? '')));
    for (const a of pledgers(tokens, actors, all, p)) for (const b of targets) add('PLEDGED', a, b, 0.75, 'pledge:support', [p.v, h]);
  }
}

/** Closer ties promised: "will continue to develop its relations with Y", "vowed to strengthen ties with Y". */
function tiesPledges(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let h = 2; h < tokens.length; h++) {
    if (!GROW_VERBS.test(tokens[h]?.lower ?? '')) continue;
    const p = promiseBefore(tokens, h, false);
    if (!p) continue;
    let k = h + 1;
    while (k - h <= 3 && /^(its|their|the|bilateral|economic|trade|military|security|close|closer|strategic|good|friendly)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!TIES.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'with') continue;
    const targets = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    for (const a of pledgers(tokens, actors, all, p)) for (const b of targets) add('PLEDGED', a, b, 0.7, 'pledge:ties', [p.v, k]);
  }
}

/**
 * Promises two sides make to each other: "A and B pledged to respect each other's borders", "A and B signed the
 * accord, pledging to respect each other's territorial integrity" (a trailing participle: the opening pair).
 */
function mutualPledges(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 2; v < tokens.length; v++) {
    if (!PROMISE_VERBS.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'to' || negated(tokens, v)) continue;
    const each = tokens.slice(v + 2, v + 6).findIndex((t, i) => /^(each|one)$/.test(t.lower) && /^(other|another)$/.test(tokens[v + 3 + i]?.lower ?? ''));
    if (each < 0) continue;
    const opening = actors.find((m) => m.first <= 2);
    const sides = (tokens[v - 1]?.text === ',' && opening ? actorBefore(actors, all, tokens, opening.last) : pledgers(tokens, actors, all, { v, continued: false }))
      .filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    if (sides.length < 2) continue;
    for (const a of sides) for (const b of sides) add('PLEDGED', a, b, 0.7, 'pledge:mutual', [v, v + 2 + each]);
  }
}

export function pledges(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  helpPledges(tokens, actors, all, add);
  tiesPledges(tokens, actors, all, add);
  mutualPledges(tokens, actors, all, add);
}
