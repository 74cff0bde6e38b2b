// Accords named by their region and their subject, in lower case ("the Caspian gas initiative", "the Nile water
// agreement"), and then by the subject alone ("the gas deal"). Neither is a proper name (eventWords.ts wants a
// capitalized head), yet analysts make one EVENT of it, named as the article first writes it (eval/README.md
// rule 6). Those shown leaving it withdraw from it (WITHDREW_FROM: "X pulled out of the gas deal", "X suspended
// its participation in the deal"); those shown in it take part in it (PARTICIPATES_IN: "X agreed to extend the
// deal", "X has agreed to three extensions of the initiative", and whoever left it).
import { actorBefore, actorMentions, targetAfter } from './clauses';
import { hedged } from './hedges';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const ACCORD_NOUNS = /^(initiative|deal|agreement|accord|pact|corridor|arrangement)$/;
/** What such accords are about: "grain", "gas", "water", "transit". */
const SUBJECT_NOUN = /^(grain|gas|oil|water|transit|fishing|fisheries|energy|nuclear|border|trade|shipping|export|exports|prisoner|hostage|debt|migration|peace)$/;
/** Leaving it: "pulled out of", "withdrew from", "quit", "suspended its participation in", "exited". */
const LEAVE = /^(pulled|pulls|pulling|withdrew|withdraws|withdrawing|quit|quits|quitting|exited|exits|exiting|abandoned|abandons|suspended|suspends|suspending|terminated|terminates|left|leaves)$/;
/** Staying in it: "agreed to extend the deal", "agreed to three extensions of the initiative", "renewed the deal". */
const STAY = /^(extended|extends|renewed|renews|joined|joins|signed|signs|implemented|implements)$/;
/** Adverbs and auxiliaries between an actor and its verb: "Moscow has previously briefly suspended". */
const BETWEEN = /^(has|have|had|previously|briefly|formally|officially|temporarily|again|also|then|already|finally|effectively|repeatedly)$/;

const BROKER = /^(brokered|mediated|facilitated)$/;

interface Accord { id: string; name: string; subject: string }

/** An accord noun right before the verb at k, bare or set off by a comma: "A deal brokered by", "the deal, brokered by". */
function describedBefore(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  return ACCORD_NOUNS.test(tokens[n]?.lower ?? '') && /^(a|an|the|this|that)$/.test(tokens[n - 1]?.lower ?? '');
}

/** "the Caspian gas initiative": capitalized words, a subject noun, an accord noun; its first and the noun's index. */
function fullNameAt(tokens: readonly Token[], k: number): { first: number; subject: string } | null {
  if (!ACCORD_NOUNS.test(tokens[k]?.lower ?? '') || !SUBJECT_NOUN.test(tokens[k - 1]?.text ?? '')) return null;
  let j = k - 1;
  while (j > 0 && tokens[j - 1]?.capitalized && tokens[j - 1]?.isWord && k - j < 5) j--;
  return j < k - 1 && tokens[j - 1]?.lower === 'the' ? { first: j, subject: tokens[k - 1]?.lower ?? '' } : null;
}

/** The accord at token k when the phrase names it: its full name, "the gas deal", or "the deal" / "the initiative". */
function refersAt(tokens: readonly Token[], k: number, accord: Accord): boolean {
  if (!ACCORD_NOUNS.test(tokens[k]?.lower ?? '')) return false;
  const before = tokens[k - 1]?.lower ?? '';
  return before === accord.subject || before === 'the';
}

/** The article's one accord named so, when its subject also names it alone ("the gas deal") elsewhere. */
function findAccord(ctx: ReadingContext, sentences: readonly SentenceTokens[]): Accord | null {
  let full: { name: string; subject: string } | null = null;
  let bySubject = 0;
  for (const s of sentences) {
    for (let k = 1; k < s.tokens.length; k++) {
      const at = fullNameAt(s.tokens, k);
      if (at && !full) full = { name: ctx.text.slice(s.tokens[at.first]?.start ?? 0, s.tokens[k]?.end ?? 0), subject: at.subject };
      else if (!at && ACCORD_NOUNS.test(s.tokens[k]?.lower ?? '') && s.tokens[k - 2]?.lower === 'the' && SUBJECT_NOUN.test(s.tokens[k - 1]?.lower ?? '')) bySubject++;
    }
  }
  if (!full || bySubject === 0) return null;
  return { id: slug(full.name), name: full.name, subject: full.subject };
}

/** The accord's word within a few tokens after `from` ("of the gas deal", "in the deal"), or -1. */
function accordAfter(tokens: readonly Token[], from: number, accord: Accord, span: number): number {
  for (let j = from; j < Math.min(tokens.length, from + span); j++) if (refersAt(tokens, j, accord) && !SUBJECT_NOUN.test(tokens[j + 1]?.lower ?? '')) return j;
  return -1;
}

/** Whether the article's process event (events.ts) is already an accord with its sides: that one is the accord. */
function accordWithSides(found: readonly Candidate[]): boolean {
  return found.some((c) => c.type === 'PARTICIPATES_IN' && c.rule === 'event:party' && /-(agreement|deal|accord|pact)$/.test(c.to));
}

export function subjectAccords(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], found: readonly Candidate[]): Candidate[] {
  const accord = findAccord(ctx, sentences);
  if (!accord || accordWithSides(found)) return [];
  const id = ctx.table.ensure({ id: accord.id, name: accord.name, kind: 'EVENT' }, ctx.known.get(accord.id.replace(/-/g, ''))).id;
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    const tokens = s.tokens;
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], tokens);
    tokens.forEach((t, k) => {
      if (refersAt(tokens, k, accord) && tokens[k - 1]?.lower === accord.subject) ctx.table.addSpan(id, { start: tokens[k - 1]?.start ?? t.start, end: t.end });
      // "A deal brokered by X and Y that allowed …", "the initiative, brokered by X,": the accord described, not named,
      // where the article's one accord is this one; its brokers mediate it (eval/README.md rule 5).
      if (BROKER.test(t.lower) && tokens[k + 1]?.lower === 'by' && describedBefore(tokens, k) && !hedged(tokens, k)) {
        for (const m of targetAfter(actors, ms, tokens, k + 2, 2)) {
          if (m.kind !== 'COUNTRY' && m.kind !== 'ORGANIZATION') continue;
          out.push({ type: 'MEDIATES', from: m.entityId, to: id, start: tokens[k - 1]?.start ?? t.start, end: m.end, confidence: 0.85, rule: 'accord:brokered-by', anchor: t.start });
        }
        return;
      }
      const leave = LEAVE.test(t.lower);
      const agreedTo = /^(agreed|agrees)$/.test(t.lower) && tokens[k + 1]?.lower === 'to';
      if (!leave && !STAY.test(t.lower) && !agreedTo) return;
      // "pulled out of the deal", "suspended its participation in the deal", "agreed to three extensions of the deal".
      const w = accordAfter(tokens, k + 1, accord, agreedTo ? 10 : 6);
      const word = tokens[w];
      if (!word || hedged(tokens, k)) return;
      let v = k;
      while (v > 0 && BETWEEN.test(tokens[v - 1]?.lower ?? '')) v--;
      // "threatened to pull out of the deal", "the decision to quit it": an act intended, not told as done.
      if (hedged(tokens, v) || tokens[v - 1]?.lower === 'to') return;
      for (const m of actorBefore(actors, ms, tokens, v)) {
        if (m.kind !== 'COUNTRY' && m.kind !== 'ORGANIZATION') continue;
        const span = { start: Math.min(m.start, t.start), end: word.end };
        out.push({ type: 'PARTICIPATES_IN', from: m.entityId, to: id, ...span, confidence: 0.8, rule: leave ? 'accord:left' : 'accord:in', anchor: t.start });
        if (leave) out.push({ type: 'WITHDREW_FROM', from: m.entityId, to: id, ...span, confidence: 0.8, rule: 'accord:left', anchor: t.start });
      }
    });
  });
  return out;
}
