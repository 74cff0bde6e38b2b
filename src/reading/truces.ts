// Truces between sides (CAMEO 0871): struck with a side ("X agreed a truce with Y") or named by the sides
// ("the Israel-Hezbollah ceasefire"); a truce only sought is none.
import { actorBefore, targetAfter, WEEKDAYS } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE, STATES_AND_GROUPS, TRUCE_WORDS } from './hostileWords';

// Accepting, observing or extending a truce says it is in force as much as agreeing it does.
const TRUCE_VERBS = /^(agreed|signed|reached|struck|concluded|sealed|declared|announced|accepted|observed|observing|extended)$/;
// "a 30-day truce" is tokenized 30 / - / day.
const TRUCE_MODIFIERS = /^(a|an|the|new|temporary|permanent|lasting|humanitarian|fragile|comprehensive|bilateral|unilateral|mutual|nationwide|formal|partial|full|\d+-day|\d+-hour|\d+|-|day|week|month|hour|two-week|to|on|upon|its|their)$/;

/**
 * "X agreed a truce with Y", "X signed a ceasefire agreement with Y", "X and Y reached a ceasefire": a truce in
 * force between the sides (0871), both ways. A truce only sought ("to reach a ceasefire") has no verb here.
 */
export function trucesStruck(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!TRUCE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k < tokens.length && k - v <= 6 && TRUCE_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '';
    if (!TRUCE_WORDS.test(noun)) continue;
    let after = k + 1;
    if (/^(deal|agreement|accord|pact)$/.test(tokens[after]?.lower ?? '')) after++;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    const others = tokens[after]?.lower === 'with' ? targetAfter(actors, all, tokens, after + 1, 4).filter(STATES_AND_GROUPS) : [];
    // "X and Y agreed": the verb rules already read a mutual agreement; a mutual "reached"/"signed" needs this.
    const sides = others.length > 0 ? null : subjects;
    if (sides && (sides.length < 2 || tokens[v]?.lower === 'agreed' || /^(proposal|plan|offer|talks|negotiations)$/.test(tokens[after]?.lower ?? ''))) continue;
    if (sides) {
      for (const a of sides) for (const b of sides) add('CEASEFIRE_WITH', a, b, 0.85, `truce:${tokens[v]?.lower ?? ''}`, [v, k]);
      continue;
    }
    // "X declared a unilateral ceasefire with Y": X's truce only (eval/README.md, rule 3: one-sided acts one way).
    const unilateral = tokens.slice(v + 1, k).some((t) => t.lower === 'unilateral');
    for (const a of subjects) for (const b of others) {
      add('CEASEFIRE_WITH', a, b, 0.85, `truce:${tokens[v]?.lower ?? ''}-with`, [v, k]);
      if (!unilateral) add('CEASEFIRE_WITH', b, a, 0.85, `truce:${tokens[v]?.lower ?? ''}-with`, [v, k]);
    }
  }
}

/** What a truce in force did: "took effect", "held", "collapsed"; and, after "is/was/has been", "holding", "agreed". */
const DID_IN_FORCE = /^(took|takes|came|went|held|holds|collapsed|expired|ended|broke|remains|remained|began|brokered|agreed|signed|reached|announced|mediated)$/;
const BEEN_IN_FORCE = /^(holding|agreed|signed|reached|announced|brokered|extended|violated|breached|observed)$/;

/**
 * After the sides of "the truce between X and Y": a verb that says it came into force or held ("held", "was agreed",
 * "is holding"), or a participle set off by a comma ("…, brokered by Qatar,"). "is" or "has" alone says nothing.
 */
function inForceAfter(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at]?.lower ?? '';
  if (DID_IN_FORCE.test(after)) return true;
  if (after === ',') return /^(brokered|agreed|signed|reached|announced|mediated)$/.test(tokens[at + 1]?.lower ?? '');
  let k = at;
  if (/^(is|was|has|had)$/.test(after)) k++;
  if (tokens[k]?.lower === 'been') k++;
  return k > at && BEEN_IN_FORCE.test(tokens[k]?.lower ?? '');
}

const MADE_TRUCE = /^(agreed|signed|reached|brokered|announced|mediated|struck)$/;

/** Past a date told after the sides ("between X and Y on Monday was holding"): the token after it. */
function afterDate(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower === 'on' && WEEKDAYS.test(tokens[at + 1]?.lower ?? '')) return at + 2;
  if (tokens[at]?.lower === 'last' && /^(week|month|year)$/.test(tokens[at + 1]?.lower ?? '')) return at + 2;
  return at;
}

/** Words before a truce that make it sought, not in force: "efforts to reach a truce between X and Y". */
const TRUCE_SOUGHT = /^(reach|reaching|secure|securing|broker|brokering|achieve|negotiate|negotiating|seek|seeking|sought|push|pushing|efforts|effort|proposal|proposed|plan|talks|negotiations|hopes|calls|called|urged|urging|demand|demanded|toward|towards|possible|potential|future|new|for|on|about|would|could|will)$/;

/**
 * "the Israel-Hezbollah ceasefire", "Israel's truce with Hamas", "the ceasefire between X and Y took effect": a
 * truce in force between the sides, both ways, and the conflict it pauses (eval/README.md, rule 5).
 */
export function trucesNamed(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    let noun = k;
    if (tokens[k]?.lower === 'cease' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'fire') noun = k + 2;
    else if (!TRUCE_WORDS.test(tokens[k]?.lower ?? '')) continue;
    if (tokens.slice(Math.max(0, k - 4), k).some((t) => TRUCE_SOUGHT.test(t.lower)) || hedged(tokens, k)) continue;
    let sides: [Mention, Mention] | null = null;
    // "the Israel-Hezbollah ceasefire"
    const second = all.find((m) => m.last === k && !m.inTitle && STATES_AND_GROUPS(m));
    const first = second ? all.find((m) => m.last === second.first - 1 && tokens[m.last]?.text === '-' && !m.inTitle && STATES_AND_GROUPS(m)) : undefined;
    if (first && second) sides = [first, second];
    // "Israel's ceasefire with Hezbollah"
    if (!sides && tokens[noun + 1]?.lower === 'with' && POSSESSIVE.test(tokens[k - 1]?.text ?? '')) {
      const owner = actors.find((m) => m.last === k - 1 && STATES_AND_GROUPS(m));
      const other = targetAfter(actors, all, tokens, noun + 2, 3).filter(STATES_AND_GROUPS)[0];
      if (owner && other) sides = [owner, other];
    }
    // "the truce between X and Y held": in force only when the sentence says what it did. "the truce agreed
    // between X and Y": the participle before "between" says it.
    const agreed = MADE_TRUCE.test(tokens[noun + 1]?.lower ?? '') && tokens[noun + 2]?.lower === 'between';
    const between = agreed ? noun + 2 : noun + 1;
    if (!sides && tokens[between]?.lower === 'between') {
      const pair = targetAfter(actors, all, tokens, between + 1, 3).filter(STATES_AND_GROUPS);
      const b = pair[1];
      if (pair[0] && b && (agreed || inForceAfter(tokens, afterDate(tokens, b.last)))) sides = [pair[0], b];
    }
    if (!sides) continue;
    const [a, b] = sides;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      add('CEASEFIRE_WITH', x, y, 0.8, 'truce:named', [noun]);
      add('IN_CONFLICT_WITH', x, y, 0.75, 'truce:named', [noun]);
    }
  }
}
