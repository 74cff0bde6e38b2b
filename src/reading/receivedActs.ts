// Speech acts told from the receiving end: "Israel's conduct drew criticism from Spain", "the move sparked
// condemnation from Turkey and Egypt", "X won praise from Y". The giver is named after "from"; the receiver is the
// clause's subject or, when the subject is a thing, its owner ("Israel's conduct", "the Chinese move").
import type { RelationshipType } from '../generated/graphql';
import { ACT_NOUNS } from './actReferences';
import { actorBefore, BOUNDARY_WORDS, outerFirst, targetAfter } from './clauses';
import { hedged } from './hedges';
import { openingActor } from './openingActors';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Verbs by which a subject receives what others say of it. */
export const RECEIVE_VERBS = /^(drew|draws|draw|drawn|drawing|sparked|sparks|spark|sparking|prompted|prompts|prompting|triggered|triggers|triggering|provoked|provokes|provoking|faced|faces|face|facing|received|receives|attracted|attracts|attracting|earned|earns|earning|won|wins|winning|garnered|garnering|met|meets)$/;
/** What is received, and the act it is when the giver is named. */
const RECEIVED: Readonly<Record<string, RelationshipType>> = {
  criticism: 'CRITICIZES', condemnation: 'CRITICIZES', condemnations: 'CRITICIZES', rebuke: 'CRITICIZES',
  rebukes: 'CRITICIZES', censure: 'CRITICIZES', outrage: 'CRITICIZES', protests: 'CRITICIZES', protest: 'CRITICIZES',
  backlash: 'CRITICIZES', anger: 'CRITICIZES', accusations: 'ACCUSES', praise: 'ENDORSES', backing: 'ENDORSES',
  support: 'ENDORSES', warnings: 'WARNS_ABOUT', threats: 'THREATENS',
};
/** Words between the verb and what is received: "drew sharp international criticism". */
const RECEIVED_LEAD = /^(with|sharp|strong|swift|widespread|wide|international|global|fierce|harsh|fresh|new|renewed|immediate|strongest|a|an|the|heavy|broad|rare|public|official|angry|further|more|some|much|high)$/;
const PREPOSITIONS = /^(on|against|in|at|to|with|for|over|into|near|by|of|from|about)$/;
/** How far back the clause's owner may stand from the verb: "Israel's conduct of the war in Gaza drew". */
const OWNER_REACH = 8;

export function receivedActs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!RECEIVE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k < tokens.length && k - v <= 4 && RECEIVED_LEAD.test(tokens[k]?.lower ?? '')) k++;
    const type = RECEIVED[tokens[k]?.lower ?? ''];
    if (!type || tokens[k + 1]?.lower !== 'from') continue;
    const givers = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    if (givers.length === 0) continue;
    // "Iran seized a tanker, drawing condemnation from Y": a participle set off after the act receives for its doer.
    // "Y closed the border, a move that drew criticism from X": the same, through the noun summing the act up.
    const summed = movePhraseBefore(tokens, v);
    const trailing = (tokens[v - 1]?.text === ',' && tokens[v]?.lower.endsWith('ing')) || summed ? openingActor(tokens, actors) : null;
    const got = trailing ? [trailing] : summed ? [] : receivers(tokens, actors, all, v);
    for (const b of got) for (const a of givers) add(type, a, b, 0.75, `received:${tokens[k]?.lower ?? ''}`, [v, k]);
  }
}

/** Nouns that sum up the act the sentence opened with: "…, a move that drew …", "… in a decision that sparked …". */
const SUMMING_NOUNS = /^(move|decision|step)$/;
const SUMMING_LEAD = /^(controversial|surprise|unilateral|rare|sudden|bold)$/;

/**
 * "Y closed the border on Monday, a move that drew criticism from X", "… in a move that sparked …": the act summed
 * up right before the receiving verb at `v` is the sentence's opening act, so its doer receives.
 */
function movePhraseBefore(tokens: readonly Token[], v: number): boolean {
  if (!/^(that|which)$/.test(tokens[v - 1]?.lower ?? '') || !SUMMING_NOUNS.test(tokens[v - 2]?.lower ?? '')) return false;
  let d = v - 3;
  if (SUMMING_LEAD.test(tokens[d]?.lower ?? '')) d--;
  return /^(a|an)$/.test(tokens[d]?.lower ?? '') && /^(,|in|—|–)$/.test(tokens[d - 1]?.text ?? '');
}

/** The subject before the verb, or the owner (a possessive or demonym) of a subject that is a thing. */
function receivers(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number): Mention[] {
  const subjects = actorBefore(actors, all, tokens, v).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  // "The strike on the Chinese embassy drew …": a name after a preposition is not the subject.
  const head = subjects[0] ? outerFirst(subjects[0], all) : -1;
  const prep = tokens[/^(the|a|an)$/.test(tokens[head - 1]?.lower ?? '') ? head - 2 : head - 1]?.lower ?? '';
  // After a preposition the owner of the subject's head may still be named: "Israel's strike on Iran drew …".
  if (subjects.length > 0 && !PREPOSITIONS.test(prep)) return subjects;
  // "The strikes by Peru drew …": the agent of the act that opens the clause receives.
  if (subjects.length > 0 && prep === 'by' && ACT_NOUNS.has(tokens[head - 2]?.lower ?? '') && opensClause(tokens, head - 2)) return subjects;
  for (let k = v - 1; k >= 0 && v - k <= OWNER_REACH; k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';' || BOUNDARY_WORDS.has(t.lower)) return [];
    const owner = actors.find((m) => m.first === k && ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    if (owner && (owner.form === 'demonym' || /^(’s|'s)$/.test(tokens[owner.last]?.text ?? ''))) {
      // The owner must open its clause: "the Chinese move", "Israel's conduct", not "the strike on Israel's port".
      let p = owner.first - 1;
      if (/^(the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
      return p < 0 || tokens[p]?.text === ',' ? [owner] : [];
    }
  }
  return [];
}

/** Whether the noun at `k` opens its clause, past an article and up to two modifiers ("The latest strikes by …"). */
function opensClause(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && k - p <= 3 && tokens[p]?.isWord && !tokens[p]?.capitalized && !/^(the|a|an|of|on|in|by|to|and|that|which)$/.test(tokens[p]?.lower ?? '')) p--;
  if (/^(the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
  return p < 0 || tokens[p]?.text === ',' || /^(said|says|that)$/.test(tokens[p]?.lower ?? '');
}
