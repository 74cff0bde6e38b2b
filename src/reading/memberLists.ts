// Membership told by the body, not the member (MEMBER_OF): "the Andean Community, which includes Peru and Bolivia,",
// "the bloc, made up of Peru, Bolivia and Chile,", "the alliance, whose members include Peru and Chile,", "the
// Pacific Alliance's member states, including Peru and Chile,". memberships.ts reads the member's side ("Peru, a
// member of the bloc,"). Only an organization lists members this way: a summit "which included Peru" is an event.
import { targetAfter } from './clauses';
import { isNegation } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Verbs by which a body holds its members: "which includes Peru", "which groups Peru and Chile". */
const HOLDING_VERBS = /^(includes|include|included|comprises|comprise|comprised|groups|grouped|unites|united|encompasses|encompassed)$/;
/** Present-tense holding verbs whose subject is the body: "groups", "comprises", "includes", "brings together". */
const HOLDING_PRESENT = /^(includes|comprises|groups|unites|encompasses)$/;

/** Whether the body's mention opens its sentence, past an article and a count ("The 15-member African Union"). */
function opensSentence(tokens: readonly Token[], body: Mention): boolean {
  let p = body.first - 1;
  while (p >= 0 && body.first - p <= 4 && (/^(the|\d+|-|member|nation|country|state|strong)$/.test(tokens[p]?.lower ?? '') || /^\d+-\w+$/.test(tokens[p]?.lower ?? ''))) p--;
  return p < 0;
}

/** Participles and phrases that open the list in an apposition: "made up of", "comprising", "grouping". */
const LIST_OPENERS: readonly (readonly string[])[] = [
  ['made', 'up', 'of'], ['composed', 'of'], ['consisting', 'of'], ['comprised', 'of'], ['comprising'], ['grouping'],
  ['which', 'groups'], ['bringing', 'together'], ['which', 'brings', 'together'], ['that', 'brings', 'together'],
];
/** What the members are called after the body's possessive: "the bloc's member states", "its members". */
const MEMBER_NOUNS = /^(members|member)$/;
const MEMBER_HEADS = /^(states|countries|nations|governments|parties)$/;
/** Words that introduce the named members after the member noun: "member states, including Peru", "namely Chile". */
const NAMING = /^(including|include|includes|included|namely|like|are|were)$/;

const isMember = (m: Mention): boolean => ACTOR_KINDS.has(m.kind) && m.kind !== 'GROUP';

export function memberLists(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const body of actors) {
    if (body.kind !== 'ORGANIZATION') continue;
    let k = body.last;
    // "the bloc's member states, including Peru and Chile": the possessive's members, named after them.
    if (/^['’]s$/.test(tokens[k]?.text ?? '') && possessedMembers(tokens, actors, all, body, k + 1, add)) continue;
    // "Pacific Alliance member states, including Peru and Chile,": the name as the member noun's modifier.
    // Only with a naming word: "NATO member Turkey" is memberships.ts's, one member to the singular noun.
    if (MEMBER_NOUNS.test(tokens[k]?.lower ?? '') && possessedMembers(tokens, actors, all, body, k, add, true)) continue;
    // "The Andean Alliance groups Peru, Chile and Bolivia": the body as the subject of a holding verb (present tense;
    // "included" may be a summit's guests, and a body opening the sentence, not an object or a place's).
    if (HOLDING_PRESENT.test(tokens[k]?.lower ?? '') && opensSentence(tokens, body)) {
      listed(tokens, actors, all, body, k + 1, k, add);
      continue;
    }
    if (tokens[k]?.text !== ',') continue;
    k++;
    // "…, whose members include Peru and Chile", "…, whose member states are Peru and Chile".
    if (tokens[k]?.lower === 'whose' && MEMBER_NOUNS.test(tokens[k + 1]?.lower ?? '')) {
      const j = MEMBER_HEADS.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
      if (NAMING.test(tokens[j]?.lower ?? '')) listed(tokens, actors, all, body, j + 1, j, add);
      continue;
    }
    // "…, which includes Peru and Bolivia,", "…, that groups Peru, Bolivia and Chile".
    if (/^(which|that)$/.test(tokens[k]?.lower ?? '') && HOLDING_VERBS.test(tokens[k + 1]?.lower ?? '')) {
      listed(tokens, actors, all, body, k + 2, k + 1, add);
      continue;
    }
    // "…, made up of Peru, Bolivia and Chile,", "…, comprising Peru and Chile,".
    const opener = LIST_OPENERS.find((words) => words.every((w, j) => tokens[k + j]?.lower === w));
    if (opener) listed(tokens, actors, all, body, k + opener.length, k + opener.length - 1, add);
  }
}

/** "'s member states(,) including Peru", "'s members Peru and Chile": true when the member noun is there. */
function possessedMembers(tokens: readonly Token[], actors: Mention[], all: Mention[], body: Mention, from: number, add: Add, naming = false): boolean {
  let k = from;
  while (/^(fellow|founding|full|other|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!MEMBER_NOUNS.test(tokens[k]?.lower ?? '')) return false;
  const noun = k;
  if (MEMBER_HEADS.test(tokens[k + 1]?.lower ?? '')) k++;
  k++;
  // "the bloc's member states, including Peru": a comma and a naming word; without a comma the names follow at once.
  if (tokens[k]?.text === ',' && NAMING.test(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'as') k += 2;
  else if (tokens[k]?.lower === 'including') k += 1;
  else if (naming) return false;
  else if (tokens[k]?.text === ',' && actors.some((m) => m.first === k + 1)) k += 1;
  // "the bloc's member Peru and Chile": a singular noun names one member.
  listed(tokens, actors, all, body, k, noun, add, tokens[noun]?.lower === 'member' && k === noun + 1);
  return true;
}

/** The names at `from` (a coordinated list, "the" allowed first) are members of the body; `cue` is quoted. */
function listed(tokens: readonly Token[], actors: Mention[], all: Mention[], body: Mention, from: number, cue: number, add: Add, one = false): void {
  // "which does not include Peru", "which no longer includes Chile": a member denied is none.
  if (tokens.slice(body.last, from).some((t) => isNegation(t) || t.lower === 'longer')) return;
  const list = targetAfter(actors, all, tokens, from, 1).filter(isMember);
  const members = one ? list.slice(0, 1) : list;
  for (const m of members) if (m.entityId !== body.entityId) add('MEMBER_OF', m, body, 0.8, 'list:members-of-body', [cue]);
}
