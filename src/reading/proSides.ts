// "pro-Russian candidate X", "the pro-EU Party of Action and Solidarity", "pro-Kremlin lawmakers": the side a
// party, candidate or group is described as taking. X ENDORSES that state or body at 0.7 (eval/README.md rule 12).
// "anti-" is no endorsement, and a side named without an actor after it ("a pro-Russian stance") says nothing here.
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Words between the side and its actor: "pro-Russian presidential candidate X", "the pro-EU ruling party". */
const BETWEEN = /^(candidate|candidates|presidential|parliamentary|ruling|opposition|governing|populist|nationalist|far-right|far|right|left|-|party|politician|politicians|lawmaker|lawmakers|leader|mp|president|prime|minister|incumbent|independent|businessman|the|’s|'s)$/;

const takesSides = (m: Mention): boolean => m.kind === 'PERSON' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP';

export function proSides(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'pro' || tokens[k + 1]?.text !== '-') continue;
    const side = all.find((m) => m.first === k + 2 && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
    if (!side) continue;
    let j = side.last;
    while (j < tokens.length && j - side.last < 4 && BETWEEN.test(tokens[j]?.lower ?? '') && !actors.some((m) => m.first === j)) j++;
    // "PAS, the pro-EU party of …", "X, a pro-Kremlin lawmaker,": the apposition's name takes the side.
    const article = /^(the|a|an)$/.test(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
    const named = tokens[article - 1]?.text === ',' ? actors.find((m) => m.last === article - 1) : undefined;
    const actor = actors.find((m) => m.first === j && takesSides(m) && m.entityId !== side.entityId) ?? named;
    if (actor && takesSides(actor) && actor.entityId !== side.entityId) add('ENDORSES', actor, side, 0.7, 'pro:side', [k]);
  }
}
