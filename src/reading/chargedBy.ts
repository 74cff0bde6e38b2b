// Formal accusations told in the passive with their agent after the charge (CAMEO 112, ACCUSES): "X was charged
// with treason by a Peruvian court", "X was accused of spying by Peru", "X has been indicted on fraud charges by
// Chile". The verb rules read the agent right after the participle ("was accused by Peru of …"); here the charge
// stands between them. Without a "by" no accuser is named, and nothing is said (eval/README.md rule 1).
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { hedged, NEGATIONS } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const CHARGE_PARTICIPLES = /^(charged|accused|indicted|prosecuted)$/;
/** What follows the participle before the charge: "charged with", "accused of", "indicted on / for". */
const CHARGE_PREPS = /^(with|of|on|for|over)$/;
const PASSIVE_AUX = /^(was|were|is|are|been|being)$/;
/** How many words the charge may run to before "by": "of plotting a coup against the government". */
const CHARGE_REACH = 9;

export function chargedBy(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!CHARGE_PARTICIPLES.test(tokens[v]?.lower ?? '') || !PASSIVE_AUX.test(tokens[v - 1]?.lower ?? '')) continue;
    if (!CHARGE_PREPS.test(tokens[v + 1]?.lower ?? '') || hedged(tokens, v - 1)) continue;
    const by = agentCue(tokens, all, v + 2);
    if (by < 0) continue;
    // "a Peruvian court", "prosecutors in Chile" are the state (rule 8); a named court is itself.
    const accusers = targetAfter(actors, all, tokens, by + 1, 2).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    const accused = actorBefore(actors, all, tokens, v - 1).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of accusers) for (const b of accused) if (a.entityId !== b.entityId) add('ACCUSES', a, b, 0.8, 'passive:charged-by', [v, by]);
  }
}

/** The "by" that ends the charge from `from`: plain words only, no actor, comma or clause word before it; -1 if none. */
function agentCue(tokens: readonly Token[], all: readonly Mention[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + CHARGE_REACH); k++) {
    const t = tokens[k];
    if (!t || !t.isWord || BOUNDARY_WORDS.has(t.lower) || NEGATIONS.has(t.lower)) return -1;
    if (t.lower === 'by') return k > from ? k : -1;
    // "charged with leading the attack carried out by Y": a participle in the charge takes that "by" as its own.
    if (k > from && (/ed$/.test(t.lower) || /^(out|taken|done|made|given|held|led|run|seen|known|shown)$/.test(t.lower))) return -1;
    // "accused of helping Bolivia by Peru" would make the charge's own actor the accuser's neighbour: stop at names.
    if (all.some((m) => m.first === k)) return -1;
  }
  return -1;
}
