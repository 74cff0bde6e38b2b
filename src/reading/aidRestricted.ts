// Aid cut, frozen or blocked (CAMEO 162, RESTRICTS_AID_TO): "X suspended military aid to Y", "X cut funding for
// Y", "X withheld $95 million in aid to Y", "aid to Y was frozen by X", "X's freeze on aid to Y". Arms exports and
// trade are no aid; a cut only threatened or planned is none (hedges.ts).
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';

const CUT_VERBS = /^(suspend|suspended|suspends|suspending|cut|cuts|cutting|freeze|froze|frozen|freezes|freezing|halt|halted|halts|halting|block|blocked|blocks|blocking|withhold|withheld|withholds|withholding|pause|paused|pauses|pausing|stop|stopped|stops|stopping|slash|slashed|slashes|slashing|end|ended|ends|ending|cancel|canceled|cancelled|cancels|terminate|terminated|terminates|restrict|restricted|restricts|curb|curbed|curbs|axe|axed|scrap|scrapped|scraps)$/;
const CUT_NOUNS = /^(suspension|freeze|halt|cut|cuts|cutoff|cut-off|withholding|pause|blockade)$/;
/** What is given: aid, funding, loans. "support" only when it is money or arms ("budget support"). */
const AID_NOUNS = /^(aid|assistance|funding|contributions|donations|lending|loans|grants|disbursements)$/;
const SUPPORT_KINDS = /^(budget|financial|military|economic|development|security)$/;
/** What may follow the aid noun before "to": "aid deliveries to Y", "funding payments for Y". */
const AID_TAILS = /^(deliveries|shipments|convoys|flows|payments|programs|programmes|package|packages)$/;

/** The aid noun a few words after `from` ("military aid", "$95 million in aid", "part of its funding"), or -1. */
function aidNounAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k];
    if (!t || BOUNDARY_WORDS.has(t.lower) || /^(to|for|from|with|by|and|,|;)$/.test(t.lower)) return -1;
    if (AID_NOUNS.test(t.lower) || (t.lower === 'support' && SUPPORT_KINDS.test(tokens[k - 1]?.lower ?? ''))) return k;
  }
  return -1;
}

/** Who receives the aid after its noun ("aid (deliveries) to Y", "funding for Y"): the group and where it ends. */
function receivers(tokens: readonly Token[], actors: Mention[], all: Mention[], noun: number): Mention[] {
  const via = AID_TAILS.test(tokens[noun + 1]?.lower ?? '') ? noun + 2 : noun + 1;
  if (!/^(to|for)$/.test(tokens[via]?.lower ?? '')) return [];
  return targetAfter(actors, all, tokens, via + 1, 3).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
}

export function aidRestricted(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    const verb = CUT_VERBS.test(w);
    if (!(verb || CUT_NOUNS.test(w)) || hedged(tokens, v)) continue;
    // "threatened to cut aid", "plans to freeze funding": an infinitive is a cut not (yet) made.
    if (verb && tokens[v - 1]?.lower === 'to') continue;
    // "cut off aid to Y", "the freeze on aid to Y"
    const from = /^(off|back|on|of|in)$/.test(tokens[v + 1]?.lower ?? '') ? v + 2 : v + 1;
    const noun = aidNounAfter(tokens, from);
    if (noun < 0) continue;
    const to = receivers(tokens, actors, all, noun);
    if (to.length === 0) continue;
    let cutters: Mention[];
    if (verb) cutters = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
    else {
      // "Washington's freeze on aid to Y", "the US suspension of aid to Y": the noun's owner.
      let o = v - 1;
      while (o > 0 && /^(sudden|abrupt|temporary|partial|new|latest|recent|months-long)$/.test(tokens[o]?.lower ?? '')) o--;
      if (POSSESSIVE.test(tokens[o]?.text ?? '')) o--;
      cutters = actors.filter((m) => m.last === o + 1);
    }
    for (const a of cutters.filter(STATES_AND_GROUPS)) for (const b of to) add('RESTRICTS_AID_TO', a, b, 0.8, verb ? 'aid:cut' : 'aid:cut-noun', [v, noun]);
  }
  aidCutPassive(tokens, actors, all, add);
}

/** "Aid to Y was suspended by X", "funding for Y has been frozen by X". */
function aidCutPassive(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!AID_NOUNS.test(tokens[k]?.lower ?? '')) continue;
    const to = receivers(tokens, actors, all, k);
    const last = to[to.length - 1];
    if (!last) continue;
    let v = last.last;
    while (/^(was|were|is|are|has|have|had|been|being|also|again|temporarily)$/.test(tokens[v]?.lower ?? '')) v++;
    if (v === last.last || !CUT_VERBS.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'by' || hedged(tokens, v)) continue;
    for (const a of targetAfter(actors, all, tokens, v + 2, 2).filter(STATES_AND_GROUPS)) for (const b of to) add('RESTRICTS_AID_TO', a, b, 0.75, 'aid:cut-passive', [v, k]);
  }
}
