// A meeting convened on a subject as an EVENT: "the president chaired an emergency meeting on the formation of a
// unity government. The session was attended by the army chief … Opposition leaders were also present." Analysts
// name it by its subject (`<subject>-meeting`, eval/README.md rule 6, from the text's own words). Its chair
// mediates it (rule 12: chairing a meeting → MEDIATES); those it was attended by, or who were present, take part.
import { actorBefore, actorMentions } from './clauses';
import { hedged } from './hedges';
import { slug } from './ids';
import { listAfter, presentAfter } from './inaugurations';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const CHAIR_VERBS = /^(chaired|chairs|presided|presides|convened|convenes|called|calls)$/;
const MEETING_NOUNS = /^(meeting|session)$/;
const ABOUT = /^(on|regarding|about|concerning|over)$/;
/** Words that open the subject without naming it: "on the formation of a unity government". */
const SUBJECT_OPENERS = /^(the|a|an|establishment|formation|creation|setting|set|up|of|possible|proposed|new)$/;
/** Where the subject's noun phrase ends. */
const SUBJECT_END = /^(,|\.|;|and|in|at|on|with|to|for|after|before|amid|as|which|that|who|was|were|is|late|early)$/;
/** The meeting told again in the next sentences: "The session was attended by …". */
const MEETING_AGAIN = /^(meeting|session|talks|gathering)$/;
const PARTY_KINDS = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION']);

/** The subject's last two words after the preposition at `p`: "caretaker government" of "on a military-backed caretaker government". */
function subjectAfter(tokens: readonly Token[], p: number): { words: string; end: number } | null {
  let k = p + 1;
  while (k < tokens.length && SUBJECT_OPENERS.test(tokens[k]?.lower ?? '')) k++;
  let end = k;
  while (end < tokens.length && end - k < 6 && !SUBJECT_END.test(tokens[end]?.lower ?? '')) end++;
  const words = tokens.slice(k, end).filter((t) => t.isWord && /^[a-z]/.test(t.text));
  if (words.length < 2) return null;
  return { words: words.slice(-2).map((t) => t.lower).join(' '), end };
}

export function meetingsConvened(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const tokens = sentences[i]?.tokens ?? [];
    const ms = mentions[i] ?? [];
    for (let v = 1; v < tokens.length; v++) {
      const verb = tokens[v];
      if (!verb || !CHAIR_VERBS.test(verb.lower) || hedged(tokens, v)) continue;
      const from = tokens[v + 1]?.lower === 'over' ? v + 2 : v + 1;
      // "chaired an emergency meeting on …": the noun within a few words, then its subject.
      let n = from;
      while (n < tokens.length && n - from < 4 && !MEETING_NOUNS.test(tokens[n]?.lower ?? '')) n++;
      if (!MEETING_NOUNS.test(tokens[n]?.lower ?? '') || !ABOUT.test(tokens[n + 1]?.lower ?? '')) continue;
      const subject = subjectAfter(tokens, n + 1);
      if (!subject) continue;
      const id = ctx.table.ensure({ id: slug(`${subject.words} meeting`), name: `Meeting on ${subject.words}`, kind: 'EVENT' }).id;
      const noun = tokens[n] ?? verb;
      ctx.table.addSpan(id, { start: noun.start, end: noun.end });
      const actors = actorMentions([...ms], tokens);
      // Chairing or presiding → MEDIATES; convening or calling it → HOSTS (rule 9's "hosted").
      const type = /^(chair|presid)/.test(verb.lower) ? 'MEDIATES' : 'HOSTS';
      for (const m of actorBefore(actors, ms, tokens, v)) {
        if (PARTY_KINDS.has(m.kind)) out.push({ type, from: m.entityId, to: id, start: Math.min(m.start, verb.start), end: noun.end, confidence: 0.8, rule: `meeting:${type === 'MEDIATES' ? 'chair' : 'convene'}`, anchor: verb.start });
      }
      const take = (m: Mention, at: Token, rule: string): void => {
        if (PARTY_KINDS.has(m.kind)) out.push({ type: 'PARTICIPATES_IN', from: m.entityId, to: id, start: Math.min(m.start, at.start), end: Math.max(m.end, at.end), confidence: 0.8, rule: `meeting:${rule}`, anchor: at.start });
      };
      // "The session was attended by X": this sentence's tail or the next sentence's opening.
      const told = [i, i + 1];
      for (const j of told) {
        const ts = sentences[j]?.tokens ?? [];
        const start = j === i ? subject.end : 0;
        const by = ts.findIndex((t, k) => k >= start && t.lower === 'by' && /^(attended|joined)$/.test(ts[k - 1]?.lower ?? '') && /^(was|were)$/.test(ts[k - 2]?.lower ?? ''));
        if (by < 0 || (j !== i && !ts.slice(0, by).some((t) => MEETING_AGAIN.test(t.lower))) || hedged(ts, by - 2)) continue;
        const attendees = listAfter(ts, actorMentions([...(mentions[j] ?? [])], ts), by);
        for (const m of attendees) take(m, ts[by - 1] ?? noun, 'attended-by');
      }
      presentAfter(sentences, mentions, told.filter((j) => j < sentences.length), take);
      return out;
    }
  }
  return out;
}
