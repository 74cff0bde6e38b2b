// Armed movements set against a state's government (CAMEO 19x, told as a description, not an act): "rebels opposed
// to the government of Mali", "insurgents who oppose the Syrian government", "militants seeking to topple Chad's
// government". Only armed collectives count: a party or a critic "opposed to the government" is no war.
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { hedged } from './hedges';

/** Heads of an armed collective: the reader names these GROUPs by their head word ("Islamist insurgents"). */
const ARMED = /^(rebels|insurgents|militants|guerrillas|guerrilla|jihadists|fighters|militias|militia|separatists|insurgency|rebellion)$/;
/** What such a movement does to a government: opposes it, or seeks its fall. */
const OPPOSE = /^(opposed|oppose|opposes|opposing)$/;
const SEEK = /^(seeking|seek|seeks|trying|try|tries|fighting|aiming|vowing|bent)$/;
const TOPPLE = /^(topple|toppling|overthrow|overthrowing|oust|ousting|bring|bringing)$/;
const GOVERNMENT = /^(government|regime|junta|authorities|state)$/;

/** The state whose government the phrase at `from` names: "the government of X", "X's government", "the Xish government". */
function governmentOf(tokens: readonly Token[], all: readonly Mention[], from: number): Mention | undefined {
  let k = from;
  if (/^(the|its)$/.test(tokens[k]?.lower ?? '')) k++;
  // "the government of Mali", "the regime in Damascus"
  if (GOVERNMENT.test(tokens[k]?.lower ?? '') && /^(of|in)$/.test(tokens[k + 1]?.lower ?? '')) {
    return all.find((m) => m.first === k + 2 && m.kind === 'COUNTRY' && !m.inTitle);
  }
  // "the Syrian government", "Niger's government", "the military government of X" is above
  const state = all.find((m) => m.first === k && m.kind === 'COUNTRY' && !m.inTitle);
  if (!state) return undefined;
  let g = state.last;
  if (/^(['’]s)$/.test(tokens[g]?.text ?? '')) g++;
  if (/^(military|central|federal|transitional|interim)$/.test(tokens[g]?.lower ?? '')) g++;
  return GOVERNMENT.test(tokens[g]?.lower ?? '') ? state : undefined;
}

/**
 * "rebels opposed to the government of X", "insurgents who oppose the Xish government", "militants seeking to
 * topple X's government": IN_CONFLICT_WITH the armed collective → X, one way (eval/README.md, rule 3).
 */
export function armedOpposition(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const group of all) {
    if (group.inTitle || group.kind !== 'GROUP' || !ARMED.test(tokens[group.last - 1]?.lower ?? '')) continue;
    let v = group.last;
    if (/^(who|which|that)$/.test(tokens[v]?.lower ?? '')) v++;
    if (/^(are|is|were|was|have|has|had|been)$/.test(tokens[v]?.lower ?? '')) v++;
    if (hedged(tokens, v)) continue;
    let from = -1;
    const w = tokens[v]?.lower ?? '';
    if (OPPOSE.test(w)) from = w === 'opposed' && tokens[v + 1]?.lower === 'to' ? v + 2 : v + 1;
    // "seeking to topple", "trying to overthrow", "bent on overthrowing", "seeking to bring down"
    else if (SEEK.test(w)) {
      let t = v + 1;
      if (/^(to|on)$/.test(tokens[t]?.lower ?? '')) t++;
      if (TOPPLE.test(tokens[t]?.lower ?? '')) from = /^(bring|bringing)$/.test(tokens[t]?.lower ?? '') && tokens[t + 1]?.lower === 'down' ? t + 2 : t + 1;
    }
    if (from < 0) continue;
    const state = governmentOf(tokens, all, from);
    if (state) add('IN_CONFLICT_WITH', group, state, 0.75, `armed-opposition:${w}`, [v]);
  }
}
