// An inauguration as an EVENT (eval/README.md rule 6): "X was sworn in as president", "X took the oath of
// office", "X's inauguration". Analysts name it by the one sworn in and the year (`<surname>-inauguration-<year>`).
// Those shown at it take part in it (PARTICIPATES_IN): "the inauguration was attended by A, B and C", "A attended
// the swearing-in", and, in the next sentences, "delegations from A and B were also present". The city it is held
// in ("the inauguration at the national stadium in Nairobi") → LOCATED_IN.
import { actorBefore, actorMentions } from './clauses';
import { hedged } from './hedges';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const ATTEND_VERBS = /^(attended|attends|attend|attending|witnessed|joined)$/;
/** Words that end a list of attendees: a new clause starts ("…, who later met Y", "… before flying home"). */
const LIST_END = /^(who|which|that|said|says|while|after|before|where|when|but|;|according|told)$/;
/** How many sentences after the inauguration a bare "were also present" still speaks of it. */
const PRESENT_REACH = 2;
/** Other gatherings a bare "were present" could speak of instead. */
const OTHER_GATHERING = /^(talks|meeting|meetings|summit|negotiations|conference|session|rally|protest|protests|funeral)$/;

/** How many sentences after the swearing-in a bare "the ceremony" is still its. */
const CEREMONY_REACH = 2;

/**
 * "inauguration", "investiture", "swearing-in" (tokens: swearing, -, in), and "the ceremony" shortly after a
 * swearing-in (`ceremony`): the noun's last token, else -1.
 */
function inaugurationAt(tokens: readonly Token[], k: number, ceremony: boolean): number {
  const t = tokens[k]?.lower ?? '';
  if (t === 'inauguration' || t === 'investiture' || (ceremony && t === 'ceremony')) return k;
  if (t === 'swearing' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'in') return k + 2;
  return -1;
}

/** The person sworn in at token k ("was sworn in", "took the oath", "was inaugurated"), else undefined. */
function swornAt(tokens: readonly Token[], actors: readonly Mention[], ms: readonly Mention[], k: number): Mention | undefined {
  const t = tokens[k]?.lower ?? '';
  const sworn = (t === 'sworn' && tokens[k + 1]?.lower === 'in') || t === 'inaugurated';
  const oath = /^(took|takes|taken)$/.test(t) && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'oath';
  if (!sworn && !oath) return undefined;
  let v = k;
  // "was sworn in", "has been sworn in": the subject stands before the auxiliaries.
  while (v > 0 && /^(was|is|were|been|has|had|being|officially|formally|finally)$/.test(tokens[v - 1]?.lower ?? '')) v--;
  if (sworn && v === k) return undefined;
  if (hedged(tokens, v)) return undefined;
  return actorBefore(actors, ms, tokens, v).find((m) => m.kind === 'PERSON');
}

/** The one sworn in, named before or after the inauguration noun: "Ruiz's inauguration", "the inauguration of Ruiz". */
function ownerOf(tokens: readonly Token[], ms: readonly Mention[], start: number, end: number): Mention | undefined {
  const before = /^(’s|'s)$/.test(tokens[start - 1]?.text ?? '') ? ms.find((m) => m.kind === 'PERSON' && m.last === start - 1) : undefined;
  // "the swearing-in of President Juan Perez": the name may open with its title.
  return before ?? (tokens[end + 1]?.lower === 'of' ? ms.find((m) => m.kind === 'PERSON' && m.first >= end + 2 && m.first <= end + 4) : undefined);
}

/** Attendees named after "attended by" at token `by`, up to the end of the list. */
export function listAfter(tokens: readonly Token[], actors: readonly Mention[], by: number): Mention[] {
  let end = by + 1;
  while (end < tokens.length && !LIST_END.test(tokens[end]?.lower ?? '')) end++;
  const listed = actors.filter((m) => m.first > by && m.last <= end);
  // "African Union Commission Chair X": a body or state right before a titled person is the title's, not a guest.
  return listed.filter((m, i) => {
    const next = listed[i + 1];
    return m.kind === 'PERSON' || !next || next.kind !== 'PERSON' || next.first - m.last > 4 || !tokens.slice(m.last, next.first).every((t) => t.capitalized);
  });
}

const ATTENDEE_KINDS = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION']);

/** The inauguration of the article, those at it, and where it was held. */
export function findInaugurations(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Candidate[] {
  let sworn: string | undefined;
  let swornIn = -1;
  const nouns: Array<{ i: number; k: number; end: number }> = [];
  sentences.forEach((s, i) => {
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], s.tokens);
    s.tokens.forEach((_, k) => {
      if (!sworn) {
        sworn = swornAt(s.tokens, actors, ms, k)?.entityId;
        if (sworn) swornIn = i;
      }
      const end = inaugurationAt(s.tokens, k, swornIn >= 0 && i - swornIn <= CEREMONY_REACH);
      if (end < 0) return;
      nouns.push({ i, k, end });
      sworn ??= ownerOf(s.tokens, ms, k, end)?.entityId;
    });
  });
  const person = sworn ? ctx.table.get(sworn) : undefined;
  if (!sworn || !person || nouns.length === 0) return [];
  const surname = person.name.split(/\s+/).pop() ?? person.name;
  const year = ctx.year;
  const id = slug(`${surname} inauguration${year ? ` ${year}` : ''}`);
  const name = `Inauguration of ${person.name}${year ? ` (${year})` : ''}`;
  const event = ctx.table.ensure({ id, name, kind: 'EVENT' }, ctx.known.get(id.replace(/-/g, ''))).id;
  const out: Candidate[] = [];
  const take = (m: Mention, at: Token, rule: string): void => {
    if (!ATTENDEE_KINDS.has(m.kind) || m.entityId === sworn) return;
    out.push({ type: 'PARTICIPATES_IN', from: m.entityId, to: event, start: Math.min(m.start, at.start), end: Math.max(m.end, at.end), confidence: 0.8, rule: `inauguration:${rule}`, anchor: at.start });
  };
  let lastSentence = -1;
  for (const { i, k, end } of nouns) {
    const tokens = sentences[i]?.tokens ?? [];
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], tokens);
    const word = tokens[end];
    if (!word) continue;
    ctx.table.addSpan(event, { start: tokens[k]?.start ?? word.start, end: word.end });
    lastSentence = i;
    // "The inauguration … was attended by A, B and C".
    for (let v = end + 1; v < Math.min(tokens.length, end + 12); v++) {
      if (ATTEND_VERBS.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'by' && /^(was|were|is)$/.test(tokens[v - 1]?.lower ?? '') && !hedged(tokens, v - 1)) {
        for (const m of listAfter(tokens, actors, v + 1)) take(m, tokens[v] ?? word, 'attended-by');
        break;
      }
    }
    // "A attended the inauguration", "A attended Ruiz's swearing-in".
    for (let v = k - 1; v >= Math.max(0, k - 6); v--) {
      if (!ATTEND_VERBS.test(tokens[v]?.lower ?? '')) continue;
      if (!hedged(tokens, v)) for (const m of actorBefore(actors, ms, tokens, v)) take(m, tokens[v] ?? word, 'attend');
      break;
    }
    // "the inauguration at the stadium in Nairobi", "his inauguration in Nairobi": the city it is held in.
    for (let v = end + 1; v < Math.min(tokens.length, end + 8); v++) {
      const t = tokens[v];
      if (!t || !(t.capitalized || /^(at|in|the|of)$/.test(t.lower))) break;
      const place = t.lower === 'in' ? ms.find((m) => m.first === v + 1 && m.kind === 'PLACE') : undefined;
      if (place) {
        out.push({ type: 'LOCATED_IN', from: event, to: place.entityId, start: tokens[k]?.start ?? word.start, end: place.end, confidence: 0.8, rule: 'inauguration:in', anchor: word.start });
        break;
      }
    }
  }
  // "Delegations from A and B were also present": the sentences right after the inauguration's.
  if (lastSentence >= 0) presentAfter(sentences, mentions, nouns.map((n) => n.i), take);
  return out;
}

/** Those "(also) present" in a sentence within PRESENT_REACH after one that names the gathering (sentences `at`). */
export function presentAfter(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], at: readonly number[], take: (m: Mention, at: Token, rule: string) => void): void {
  const named = new Set(at);
  sentences.forEach((s, i) => {
    if (named.has(i) || !at.some((j) => j < i && i - j <= PRESENT_REACH)) return;
    const tokens = s.tokens;
    if (tokens.some((t) => OTHER_GATHERING.test(t.lower))) return;
    const v = tokens.findIndex((t, k) => t.lower === 'present' && /^(were|was|also)$/.test(tokens[k - 1]?.lower ?? ''));
    if (v < 0) return;
    let aux = v - 1;
    if (tokens[aux]?.lower === 'also') aux--;
    if (!/^(were|was)$/.test(tokens[aux]?.lower ?? '') || hedged(tokens, aux)) return;
    const actors = actorMentions([...(mentions[i] ?? [])], tokens);
    // The subject: the names before the verb, within the sentence's first clause.
    if (tokens.slice(0, aux).some((t) => LIST_END.test(t.lower))) return;
    const word = tokens[v];
    if (word) for (const m of actors) if (m.last <= aux) take(m, word, 'present');
  });
}
