// What a sanction is called (CAMEO 163, "impose embargo, boycott, or sanctions"): besides "sanctions" and "an
// embargo", the kinds news names them by ("an asset freeze", "a travel ban", "restrictive measures", "export
// controls", "a ban on imports"). A trade ban against a state is an embargo, so SANCTIONS too; a cut in aid is
// not one (RESTRICTS_AID_TO, aidRestricted.ts).
import type { Token } from './tokens';

/** Head nouns that are a sanction on their own. */
const SANCTION_HEADS = /^(sanctions|embargo|embargoes)$/;
/** Head nouns that are a sanction only after their kind word: "asset freeze", "travel ban", "export controls". */
const KIND_HEADS: Readonly<Record<string, RegExp>> = {
  freeze: /^(asset|assets)$/,
  freezes: /^(asset|assets)$/,
  ban: /^(travel|visa|entry|export|import|trade)$/,
  bans: /^(travel|visa|entry|export|import|trade)$/,
  measures: /^(restrictive)$/,
  controls: /^(export)$/,
  restrictions: /^(export|import|trade|visa)$/,
  curbs: /^(export|import|trade)$/,
};

/** The kind of sanction whose head noun stands at `k` ('sanctions', 'asset-freeze', 'ban', 'measures'), or null. */
export function measureAt(tokens: readonly Token[], k: number): string | null {
  const w = tokens[k]?.lower ?? '';
  if (SANCTION_HEADS.test(w)) return 'sanctions';
  const kind = KIND_HEADS[w];
  const before = tokens[k - 1]?.lower ?? '';
  if (!kind || !kind.test(before)) return null;
  if (w.startsWith('freeze')) return 'asset-freeze';
  return w === 'measures' ? 'measures' : 'ban';
}

/** The first token of the measure whose head stands at `k`: "asset" of "asset freeze", `k` for "sanctions". */
export function measureStart(tokens: readonly Token[], k: number): number {
  return measureAt(tokens, k) === 'sanctions' ? k : k - 1;
}

/** Economic blows that "hit" a side without arms: sanctions and the like, and tariffs. */
const ECONOMIC_BLOWS = /^(tariffs|tariff|duties|levies)$/;
const isBlow = (tokens: readonly Token[], k: number): boolean => measureAt(tokens, k) !== null || ECONOMIC_BLOWS.test(tokens[k]?.lower ?? '');

/**
 * "Peru was hit by Chilean sanctions", "The sanctions on Bolivia hit Chile's economy", "Peru hit Bolivia with new
 * tariffs": the verb
 * "hit" at `v` tells of sanctions or tariffs (its agent or its subject), not of a strike.
 */
export function economicHit(tokens: readonly Token[], v: number): boolean {
  if (tokens[v + 1]?.lower === 'by' || tokens[v + 1]?.lower === 'with') {
    for (let k = v + 2; k < tokens.length && k - v <= 7; k++) {
      if (isBlow(tokens, k)) return true;
      if (!tokens[k]?.isWord || /^(and|who|which|that)$/.test(tokens[k]?.lower ?? '')) break;
    }
  }
  // "Peru hit Bolivia with new tariffs"
  for (let k = v + 1; k < tokens.length && k - v <= 6; k++) {
    if (tokens[k]?.lower === 'with') return [1, 2, 3, 4].some((d) => isBlow(tokens, k + d));
    if (!tokens[k]?.isWord && tokens[k]?.text !== '’s' && tokens[k]?.text !== "'s") break;
  }
  for (let k = v - 1; k >= 0 && v - k <= 8; k--) {
    if (isBlow(tokens, k)) return true;
    if (!tokens[k]?.isWord || /^(and|but|who|which|that)$/.test(tokens[k]?.lower ?? '')) break;
  }
  return false;
}
