// Taking and holding office, told with a verb: "X was sworn in as president of Y", "X was elected prime minister",
// "parliament elected X as Y's prime minister", "X became Y's president", "X has ruled Y since 2000". The holder
// LEADS the state or body (eval/README.md rule 7); a hedged or future election ("may be elected") says nothing.
import { actorBefore, targetAfter } from './clauses';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const TAKING = /^(elected|re-elected|reelected|voted|named|appointed|chosen|installed|sworn|inaugurated|became|becomes|confirmed)$/;
/** Offices whose holder leads a state or a body; "prime minister" is read as its two words. */
const LEADING_OFFICES = /^(president|premier|chancellor|head|leader|chairman|chairwoman|chair|chief|commander|ruler|king|queen|emir)$/;
/** Words describing the office, ordinals and superlatives among them: "the country's fifth and youngest president". */
const DESCRIBING = /^(the|new|next|interim|acting|transitional|first|caretaker|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th)|youngest|oldest|first-ever|female|woman|civilian|and)$/;
/** When the oath was taken, between "sworn in" and "as": "sworn in on Tuesday as", "sworn in today as". */
const WHEN = /^(yesterday|today|tonight|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|formally|officially|last|this|week|night|morning|evening)$/;
/** "X has ruled Y", "X has led Y since 2010": still in office (a plain past "led" may be history). */
const HOLDING = /^(ruled|led|governed|headed)$/;

const held = (m: Mention): boolean => (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && !m.inTitle;

/** The one state a sentence names (by name or demonym; in a title too, with `titles`), or undefined. */
function onlyState(all: Mention[], titles = false): Mention | undefined {
  const named = all.filter((m) => m.kind === 'COUNTRY' && (titles || !m.inTitle));
  return new Set(named.map((m) => m.entityId)).size === 1 ? named[0] : undefined;
}

/** The end of a leading office's words at k ("prime minister", "secretary-general", "president"), or -1. */
function officeEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower === 'prime' && tokens[k + 1]?.lower === 'minister') return k + 2;
  if (/^(secretary|director)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'general') return k + 3;
  return LEADING_OFFICES.test(tokens[k]?.lower ?? '') ? k + 1 : -1;
}

/**
 * What an office phrase from k names: "(the) Y's (new) president", "president of Y", "prime minister" (the one state
 * the sentence names, when the sentence names one).
 */
function officeOf(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number): { things: Mention[]; at: number } | null {
  while (DESCRIBING.test(tokens[k]?.lower ?? '')) k++;
  // "the country's president": the one state the sentence names.
  const country = /^(country|nation)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'the' && /^['’]s$/.test(tokens[k + 1]?.text ?? '') ? onlyState(all, true) : undefined;
  const owner = country ? { ...country, last: k + 1 } : all.find((m) => m.first === k && held(m) && /^['’]s$/.test(tokens[m.last]?.text ?? ''));
  if (owner) {
    k = owner.last + 1;
    while (DESCRIBING.test(tokens[k]?.lower ?? '')) k++;
    const end = officeEnd(tokens, k);
    return end > 0 ? { things: [owner], at: k } : null;
  }
  const end = officeEnd(tokens, k);
  if (end < 0) return null;
  if (tokens[end]?.lower === 'of') return { things: targetAfter(actors, all, tokens, end + 1, 1).filter(held), at: k };
  // "X was elected prime minister on Sunday": the one state the sentence names.
  const state = onlyState(all);
  return state && /^(president|premier|chancellor|prime|ruler|king|queen|emir|leader)$/.test(tokens[k]?.lower ?? '') ? { things: [state], at: k } : null;
}

export function officesTaken(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? '';
    if (HOLDING.test(verb) && /^(has|have)$/.test(tokens[v - 1]?.lower ?? '') && !hedged(tokens, v - 1)) {
      const things = targetAfter(actors, all, tokens, v + 1, 1).filter(held);
      const leaders = actorBefore(actors, all, tokens, v - 1, 1).filter((m) => m.kind === 'PERSON');
      for (const a of leaders) for (const b of things) add('LEADS', a, b, 0.85, `verb:has-${verb}`, [v]);
      continue;
    }
    if (!TAKING.test(verb)) continue;
    // "re-elected" is written as three tokens: its subject and hedges stand before "re".
    const from = tokens[v - 1]?.text === '-' && tokens[v - 2]?.lower === 're' ? v - 2 : v;
    if (hedged(tokens, from)) continue;
    let k = v + 1;
    if (tokens[k]?.lower === 'in') k++;
    let w = k;
    while (w - k < 3 && WHEN.test(tokens[w]?.lower ?? '')) w++;
    if (w > k && tokens[w]?.lower === 'as') k = w;
    // "parliament elected Mark Carney as prime minister": the person is the object; else the subject.
    const object = verb !== 'became' && verb !== 'becomes' ? all.find((m) => m.first === k && m.kind === 'PERSON') : undefined;
    if (object) k = object.last;
    if (tokens[k]?.lower === 'as') k++;
    const office = officeOf(tokens, actors, all, k);
    if (!office) continue;
    const people = object ? [object] : actorBefore(actors, all, tokens, from).filter((m) => m.kind === 'PERSON');
    for (const a of people) for (const b of office.things) add('LEADS', a, b, 0.85, `office:${verb}`, [v, office.at]);
  }
}
