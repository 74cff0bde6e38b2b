// Hostile acts whose side is told by a pronoun, a repulse or a relative clause: "sanctioned Freedonia over its
// invasion of Y", "Y repelled an invasion attempt by X", "X's strikes on Y that targeted Z's leaders".
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { hedged } from './hedges';
import { STATES_AND_GROUPS, STRIKE_NOUNS } from './hostileWords';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Wars one side wages on another, owned by "its" / "their". */
const OWNED_WARS = /^(invasion|occupation|offensive|war|incursion|annexation|aggression|bombardment|blockade|crackdown|fight)$/;

/**
 * "isolate Freedonia for its invasion of Y", "sanctioned X over its war against Y": the pronoun's owner is the state or
 * group named just before it in the clause (190), one way; a war both ways.
 */
export function pronounWars(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]?.lower ?? '';
    if (!OWNED_WARS.test(noun) || !/^(its|their)$/.test(tokens[k - 1]?.lower ?? '') || hedged(tokens, k - 1)) continue;
    if (!/^(of|on|against|in|into)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // "its fight against Y", "their crackdown on Y": a fight or crackdown is hostile only towards a side.
    if (/^(fight|crackdown)$/.test(noun) && !/^(against|on)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // The owner: the nearest state or group before the pronoun, with no clause boundary or comma between.
    let owner: Mention | undefined;
    for (let j = k - 2; j >= 0 && k - j <= 8 && !owner; j--) {
      const t = tokens[j];
      if (!t || t.text === ',' || t.text === ';' || BOUNDARY_WORDS.has(t.lower)) break;
      owner = actors.find((m) => m.last === j + 1 && STATES_AND_GROUPS(m));
    }
    if (!owner) continue;
    const place = /^(in|into)$/.test(tokens[k + 1]?.lower ?? '');
    const targets = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => (place ? m.kind === 'COUNTRY' || m.kind === 'PLACE' : STATES_AND_GROUPS(m) || m.kind === 'PLACE'));
    for (const b of targets) {
      if (b.entityId === owner.entityId) continue;
      const type = noun === 'bombardment' ? 'STRUCK' : 'IN_CONFLICT_WITH';
      add(type, owner, b, 0.8, `owned:its-${noun}`, [k - 1, k]);
      if (noun === 'war' && b.kind !== 'PLACE') add(type, b, owner, 0.8, `owned:its-${noun}`, [k - 1, k]);
    }
  }
}

/** Verbs of beating an attack back: whoever repels an invasion fights its invader. */
const REPEL_VERBS = /^(repelled|repels|repel|repelling|repulsed|repulses|repulse|thwarted|thwarts|resisted|resists|beat|fended|fought)$/;

/**
 * "Y repelled an invasion attempt by X", "Y fought off an offensive by X": both sides fought (190), both ways.
 */
export function invasionsRepelled(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!REPEL_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    if (/^(off|back)$/.test(tokens[k]?.lower ?? '')) k++;
    while (k < tokens.length && k - v <= 5 && /^(a|an|the|major|massive|new|renewed|fresh|ground|military|armed|attempted|full-scale|large-scale)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!/^(invasion|offensive|incursion|attack|assault|attacks|assaults)$/.test(tokens[k]?.lower ?? '')) continue;
    if (/^(attempt|attempts)$/.test(tokens[k + 1]?.lower ?? '')) k++;
    if (tokens[k + 1]?.lower !== 'by') continue;
    const attackers = targetAfter(actors, all, tokens, k + 2, 2).filter(STATES_AND_GROUPS);
    const defenders = actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS);
    for (const a of attackers) for (const b of defenders) {
      if (a.entityId === b.entityId) continue;
      add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:repelled', [v, k]);
      add('IN_CONFLICT_WITH', b, a, 0.8, 'fight:repelled', [v, k]);
    }
  }
}

/**
 * "X's strikes on Y that targeted Z's officials", "Israeli airstrikes which hit Hezbollah depots": the strikes'
 * owner struck what the relative clause says they hit (195).
 */
export function strikesThatTargeted(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || hedged(tokens, k)) continue;
    // The relative pronoun right after the noun, or after its "on Y" (a few words).
    let r = k + 1;
    if (/^(on|against)$/.test(tokens[r]?.lower ?? '')) {
      while (r < tokens.length && r - k <= 6 && !/^(that|which)$/.test(tokens[r]?.lower ?? '')) {
        if (tokens[r]?.text === ',' || tokens[r]?.text === '.') break;
        r++;
      }
    }
    if (!/^(that|which)$/.test(tokens[r]?.lower ?? '') || !/^(targeted|hit|struck|killed)$/.test(tokens[r + 1]?.lower ?? '')) continue;
    const owners = actorBefore(actors, all, tokens, k, 1).filter(STATES_AND_GROUPS);
    const hit = targetAfter(actors, all, tokens, r + 2, 3).filter((m) => STATES_AND_GROUPS(m) || m.kind === 'PLACE');
    for (const a of owners) for (const b of hit) if (a.entityId !== b.entityId) add('STRUCK', a, b, 0.8, 'strike:that-targeted', [k, r + 1]);
  }
}
