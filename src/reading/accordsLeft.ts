// Accords left (165, WITHDREW_FROM): "X withdrew from the Open Skies Treaty", "X quit the Paris Agreement", "X's
// withdrawal from the Kyoto Protocol". An accord named once in passing is no process event of the article
// (events.ts), yet leaving it is a fact about it: the accord becomes an EVENT of its own name (eval/README.md
// rules 5 and 6). An accord named twice is the article's event, left the same way.
import { actorBefore, actorMentions } from './clauses';
import { gerundSubjectEnd } from './denials';
import { namedEventStart } from './eventWords';
import { hedged } from './hedges';
import { slug } from './ids';
import { ACTOR_KINDS, type Mention, type ReadingContext, type SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE } from './hostileWords';

const LEAVE_VERBS = /^(pull|walk|withdrew|withdraw|withdraws|withdrawing|withdrawn|quit|quits|quitting|exited|exits|exit|left|leaves|leave|leaving|abandoned|abandons|abandon|pulled|pulls|pulling|walked|walks|renounced|renounces|renounce|ditched|ditches|scrapped|scraps|suspended|suspends)$/;
const THREAT_FORMS = /^(threatened|threatens|threaten|threatening)$/;
const LEAVE_NOUNS = /^(withdrawal|exit|departure|pullout)$/;
/** What stands between the verb and the accord's name: "pulled out of the", "walked away from the". */
const BETWEEN = /^(the|from|of|out|away|formally|officially|its|participation|in)$/;

/** The verb or noun of leaving before the name that starts at `start`, or -1. */
function leavingBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  while (k >= 0 && start - k <= 5 && BETWEEN.test(tokens[k]?.lower ?? '')) k--;
  const w = tokens[k]?.lower ?? '';
  return LEAVE_VERBS.test(w) || (LEAVE_NOUNS.test(w) && tokens[k + 1]?.lower === 'from') ? k : -1;
}

export function accordsLeft(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    const tokens = s.tokens;
    const ms = mentions[i] ?? [];
    const actors = actorMentions(ms, tokens);
    tokens.forEach((head, k) => {
      const start = namedEventStart(tokens, k);
      if (start < 0) return;
      const v = leavingBefore(tokens, start);
      // "threatened to pull out of the Open Skies Treaty": leaving threatened is a threat to the accord (THREATENS).
      const threat = tokens[v - 1]?.lower === 'to' && THREAT_FORMS.test(tokens[v - 2]?.lower ?? '');
      if (v < 0 || hedged(tokens, threat ? v - 2 : v) || (tokens[v - 1]?.lower === 'to' && !threat)) return;
      const verb = tokens[threat ? v - 2 : v];
      if (!verb) return;
      // The leaver: the subject of the verb, or the owner of the noun ("Russia's withdrawal from").
      const leavers = LEAVE_NOUNS.test(verb.lower)
        ? (POSSESSIVE.test(tokens[v - 1]?.text ?? '') ? actors.filter((m) => m.last === v - 1) : [])
        : actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, threat ? v - 2 : v));
      const parties = leavers.filter((m) => m.kind !== 'PERSON' && m.kind !== 'PLACE' && ACTOR_KINDS.has(m.kind));
      const first = tokens[start];
      if (parties.length === 0 || !first) return;
      const name = ctx.text.slice(first.start, head.end);
      const id = ctx.table.ensure({ id: slug(name), name, kind: 'EVENT' }, ctx.known.get(slug(name).replace(/-/g, ''))).id;
      ctx.table.addMention(id, { start: first.start, end: head.end }, name);
      for (const m of parties) {
        if (threat) out.push({ type: 'THREATENS', from: m.entityId, to: id, start: Math.min(m.start, verb.start), end: head.end, confidence: 0.7, rule: 'accord:leave-threatened', anchor: verb.start });
        else out.push({ type: 'WITHDREW_FROM', from: m.entityId, to: id, start: Math.min(m.start, verb.start), end: head.end, confidence: 0.8, rule: 'accord:left', anchor: verb.start });
      }
    });
  });
  return out;
}
