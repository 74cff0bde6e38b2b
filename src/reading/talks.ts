// Talks told as such (CAMEO 040 / 046): "X held talks with Y" is a meeting; "X and Y resumed peace talks", "held 20
// rounds of talks", "X is in talks with Y" and "X's negotiations with Y" are negotiation, both ways. The talks as an
// event (who takes part, where) are events.ts's; these read the act between the sides.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** "Hamas will hold talks with Egyptian mediators", "X held talks with Y": a meeting, both ways (040). */
export function talksWith(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!/^(talks|consultations|meeting|call|conversation|discussions)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'with') continue;
    let v = k - 1;
    while (v > 0 && /^(phone|telephone|direct|separate|further|new|a|the|video)$/.test(tokens[v]?.lower ?? '')) v--;
    if (!/^(held|hold|holds|holding|had|have|has)$/.test(tokens[v]?.lower ?? '')) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
    const targets = targetAfter(actors, all, tokens, k + 2, 4).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjects) for (const b of targets) {
      add('MEETS_WITH', a, b, 0.8, `nominal:${tokens[k]?.lower ?? 'talks'}-with`, [k]);
      add('MEETS_WITH', b, a, 0.8, `nominal:${tokens[k]?.lower ?? 'talks'}-with`, [k]);
    }
  }
}

const TALK_VERBS = /^(resumed|resume|resumes|resuming|began|begin|begins|beginning|opened|open|opens|launched|launch|started|start|starts|continued|continue|continues|conducted|conduct|concluded|conclude|restarted|entered|held|hold|holds|holding)$/;
// Rounds after rounds ("held 20 rounds of talks") and talks over a border make a negotiation, not a courtesy call.
const NEGOTIATED_TALKS = /^(peace|ceasefire|truce|indirect|nuclear|round|rounds|border)$/;
const TALK_MODIFIERS = /^(into|peace|direct|indirect|new|fresh|formal|a|round|rounds|of|the|another|second|third|first|fourth|fifth|sixth|seventh|eighth|latest|final|high-level|-|level|high|their|its|ceasefire|truce|nuclear|bilateral|border|several|multiple|more|than|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/**
 * "The government and the rebels resumed peace talks", "X opened negotiations with Y": negotiation (046), both
 * ways. Plain "held talks with" is a meeting (talksWith) unless the talks are called peace talks or negotiations.
 */
export function talksHeld(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v];
    if (!verb || !TALK_VERBS.test(verb.lower) || hedged(tokens, v)) continue;
    let k = v + 1;
    // "held a fifth round of indirect talks", "have held more than 20 rounds of talks": up to seven words of rounds and kinds.
    while (k < tokens.length && k - v <= 7 && TALK_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '';
    if (noun !== 'talks' && noun !== 'negotiations') continue;
    // Talks through a go-between ("indirect talks") or over a nuclear programme are bargaining, not a courtesy meeting.
    const peace = noun === 'negotiations' || tokens.slice(v + 1, k).some((t) => NEGOTIATED_TALKS.test(t.lower)) || bargained(tokens, k);
    const meeting = /^(held|hold|holds|holding)$/.test(verb.lower);
    if (meeting && !peace) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
    const partners = tokens[k + 1]?.lower === 'with' ? targetAfter(actors, all, tokens, k + 2, 4).filter((m) => ACTOR_KINDS.has(m.kind)) : [];
    const sides = partners.length > 0 ? [...subjects, ...partners] : subjects;
    if (sides.length < 2) continue;
    for (const a of sides) for (const b of sides) if (a.entityId !== b.entityId && (partners.length === 0 || subjects.includes(a) !== subjects.includes(b))) add('NEGOTIATES', a, b, 0.8, `talks:${verb.lower}`, [v, k]);
  }
}

/** Words that make talks a bargain, not a courtesy call: a go-between, or a war, truce or deal talked about. */
// Not "mediators": talks with the mediators are a meeting with the go-between (talksWith).
const BARGAIN_WORDS = /^(mediated|brokered|facilitated|mediation)$/;
const BARGAIN_SUBJECTS = /^(ceasefire|cease-fire|truce|peace|deal|agreement|war|conflict|hostages|prisoners|nuclear|border|settlement|normalisation|normalization)$/;

/**
 * "X and Y held talks in Paris, mediated by Z", "held talks on a ceasefire": talks through a go-between anywhere in
 * the sentence, or about a war, truce or deal (within six words after "on", "over" or "about"), are negotiation (046).
 */
export function bargained(tokens: readonly Token[], noun: number): boolean {
  if (tokens.some((t) => BARGAIN_WORDS.test(t.lower))) return true;
  if (!/^(on|over|about|aimed|toward|towards)$/.test(tokens[noun + 1]?.lower ?? '')) return false;
  return tokens.slice(noun + 2, noun + 8).some((t) => BARGAIN_SUBJECTS.test(t.lower));
}

/**
 * "Iran is in talks with the United States", "Chile and Bolivia are in talks", "Iran's negotiations with the
 * United States": being in talks, or negotiations owned by a side, is negotiation (046), both ways.
 */
export function inTalks(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]?.lower ?? '';
    if (noun !== 'talks' && noun !== 'negotiations') continue;
    const be = tokens[k - 1]?.lower === 'in' && /^(is|are|was|were|been|be|remain|remains|remained|still|now|already)$/.test(tokens[k - 2]?.lower ?? '');
    const owned = noun === 'negotiations' && tokens[k + 1]?.lower === 'with' && /^['’]s$/.test(tokens[k - 1]?.text ?? '');
    if ((!be && !owned) || hedged(tokens, be ? k - 2 : k)) continue;
    const subjects = (be ? actorBefore(actors, all, tokens, k - 2) : actors.filter((m) => m.last === k - 1)).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    const partners = tokens[k + 1]?.lower === 'with' ? targetAfter(actors, all, tokens, k + 2, 4).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE') : [];
    const sides = partners.length > 0 ? [...subjects, ...partners] : subjects;
    if (sides.length < 2) continue;
    for (const a of sides) for (const b of sides) {
      if (a.entityId !== b.entityId && (partners.length === 0 || subjects.includes(a) !== subjects.includes(b))) add('NEGOTIATES', a, b, 0.8, be ? 'talks:in-talks' : 'talks:owned', [k]);
    }
  }
}
