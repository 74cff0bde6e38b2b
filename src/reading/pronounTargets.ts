// Targets owned by the speaker, named by a pronoun: "Ukraine said Russia struck its energy facilities", "Israel said
// Hezbollah fired rockets at its northern towns", "Chile accused Peru of shelling its border posts". In a report of
// a hostile act, "its"/"their" before the thing struck is the reporting side's, not the striker's (no side reports
// striking its own towns), so the act is a strike on the speaker. Only when the speaker and the striker are named
// actors of the sentence and are different.
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import { verbIndex } from './patterns/verbIndex';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Verbs that report what another side did: the speaker's own things are the ones "its" names. */
const REPORT_VERBS = /^(said|says|say|told|tells|claimed|claims|reported|reports|announced|announces|stated|states|accused|accuses|accusing|added|alleged|alleges)$/;
/** Plain words between the strike verb and the pronoun: "fired rockets at its", "launched drones against their". */
const MUNITIONS = /^(rockets|missiles|drones|shells|mortars|bombs|projectiles|artillery|fire|strikes|airstrikes|attacks|a|an|barrage|volley|salvo|of|ballistic|cruise|several|dozens|hundreds|more|than)$/;
/** Words a pronoun's noun phrase may run over: "its northern towns", "their positions near". */
const PHRASE_WORDS = /^[a-z][a-z-]*$/;
/** The nearest actor ending within this many tokens before a verb is its subject. */
const SUBJECT_REACH = 3;

function isStrike(word: string): boolean {
  return (verbIndex().get(word) ?? []).some((r) => r.type === 'STRUCK');
}

/** The actor ending at most SUBJECT_REACH tokens before `k` (its subject), not a title's principal. */
function subjectBefore(actors: readonly Mention[], k: number): Mention | undefined {
  return [...actors].reverse().find((m) => m.last <= k && k - m.last < SUBJECT_REACH && !m.inTitle && ACTOR_KINDS.has(m.kind));
}

export function pronounTargets(tokens: readonly Token[], actors: Mention[], _all: Mention[], add: Add): void {
  for (let r = 1; r < tokens.length; r++) {
    if (!REPORT_VERBS.test(tokens[r]?.lower ?? '')) continue;
    const speaker = subjectBefore(actors, r);
    if (!speaker) continue;
    for (let v = r + 1; v < Math.min(tokens.length, r + 8); v++) {
      const verb = tokens[v];
      if (!verb || !isStrike(verb.lower) || hedged(tokens, v)) continue;
      // The striker: named after the report verb, before the strike ("said Russia struck", "accused Peru of shelling").
      const striker = [...actors].reverse().find((m) => m.first > r && m.last <= v && v - m.last <= 3 && !m.inTitle && ACTOR_KINDS.has(m.kind));
      if (!striker || striker.entityId === speaker.entityId) continue;
      let p = v + 1;
      while (p < tokens.length && p - v <= 4 && MUNITIONS.test(tokens[p]?.lower ?? '')) p++;
      if (/^(at|on|against|into)$/.test(tokens[p]?.lower ?? '')) p++;
      // "struck its own positions": "own" takes the pronoun back to the striker.
      if (!/^(its|their)$/.test(tokens[p]?.lower ?? '') || tokens[p + 1]?.lower === 'own') continue;
      // The thing struck: the pronoun's lower-case noun phrase, up to three words.
      let end = p;
      while (end + 1 < tokens.length && end - p < 3 && PHRASE_WORDS.test(tokens[end + 1]?.text ?? '')) end++;
      if (end === p) continue;
      add('STRUCK', striker, speaker, 0.75, 'strike:speaker-owned', [v, end]);
      break;
    }
  }
}
