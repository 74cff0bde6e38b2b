// A visit announced as a plan is a promise (eval/README.md rule 12: "a stated plan to visit" → PLEDGED, CAMEO 030):
// "X will visit Y", "X plans to visit Y", "X announced plans to travel to Y", "X is set / scheduled / due to visit
// Y". Not a forecast by others ("X is expected to visit Y", "X may visit Y") and not a wish ("hopes to visit").
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { negatedBefore as negated } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Words that say the visit is the actor's own plan: "plans to", "set to", "scheduled to", "due to", "intends to". */
const PLAN_WORDS = /^(plans|plan|planned|planning|intends|intend|intended|set|scheduled|due|preparing)$/;
/** Verbs that announce a plan as a noun: "announced plans to visit". */
const ANNOUNCE = /^(announced|announces|unveiled|confirmed|confirms|revealed|disclosed)$/;

/** Where the places of a visit start, for a verb at v ("visit Y", "travel to Y"), or -1. */
function destinationAt(tokens: readonly Token[], v: number): number {
  const verb = tokens[v]?.lower ?? '';
  if (verb === 'visit') return v + 1;
  if (/^(travel|go|fly)$/.test(verb) && tokens[v + 1]?.lower === 'to') return v + 2;
  return -1;
}

/** The token the subject stands before, for a visit verb at v, when a plan is stated; else -1. */
function planBefore(tokens: readonly Token[], v: number): number {
  const before = tokens[v - 1]?.lower ?? '';
  // "X will visit Y": the future of one's own act, said of oneself or reported as settled.
  if (before === 'will') return negated(tokens, v - 1) ? -1 : v - 1;
  if (before !== 'to') return -1;
  const plan = v - 2;
  if (!PLAN_WORDS.test(tokens[plan]?.lower ?? '') || negated(tokens, plan)) return -1;
  // "announced plans to visit", "has announced its plans to visit".
  let j = plan - 1;
  if (/^(its|his|her|their)$/.test(tokens[j]?.lower ?? '')) j--;
  if (ANNOUNCE.test(tokens[j]?.lower ?? '')) return j;
  // "X is set to visit", "X plans to visit": "set" and "due" only after a form of "be".
  if (/^(set|due|scheduled|preparing)$/.test(tokens[plan]?.lower ?? '') && !/^(is|are|was|were|be|been)$/.test(tokens[plan - 1]?.lower ?? '')) return -1;
  return plan;
}

/** Plans to visit a state or place: PLEDGED from the one who plans to each place named. */
export function visitPlans(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 2; v < tokens.length; v++) {
    const at = destinationAt(tokens, v);
    if (at < 0) continue;
    const before = planBefore(tokens, v);
    if (before < 0) continue;
    // A capital read as its government ("visit Lima") may be the city or the state: neither is sure.
    const places = targetAfter(actors, all, tokens, at, 2).filter((m) => (m.kind === 'COUNTRY' || m.kind === 'PLACE') && m.form !== 'capital');
    if (places.length === 0) continue;
    const who = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, before)).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    for (const a of who) for (const p of places) if (a.entityId !== p.entityId) add('PLEDGED', a, p, 0.75, 'plan:visit', [before, v]);
  }
}
