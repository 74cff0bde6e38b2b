// Trade banned with a state (CAMEO 163, an embargo or boycott: SANCTIONS): "Chile banned imports of Peruvian gas",
// "Chile announced a ban on imports from Peru", "Chile halted copper exports to Peru". The state is the one the
// goods come from or go to; a ban on goods of no named state ("banned plastic bags") is none, and so is a ban only
// threatened or lifted.
import { actorBefore, targetAfter, WEEKDAYS } from './clauses';
import { gerundSubjectEnd } from './denials';
import { announcedDecision, hedged } from './hedges';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const BAN_VERBS = /^(banned|bans|ban|banning|barred|bars|prohibited|prohibits|embargoed|halted|halts|halting)$/;
const BAN_NOUNS = /^(ban|bans|embargo|prohibition|moratorium)$/;
/** Verbs that put a ban in force: "announced a ban on …", "imposed an embargo on …". */
const IMPOSING = /^(announced|announces|imposed|imposes|imposing|introduced|introduces|ordered|orders|declared|declares|adopted|placed|slapped|enacted|issued)$/;
const TRADE_NOUNS = /^(imports|exports|import|export|sales|purchases|shipments|deliveries|trade)$/;
/** Goods words between the trade noun and the state, and modifiers before them: "imports of all Peruvian farm goods". */
const GOODS_FILLER = /^(of|all|some|most|certain|the|its|raw|refined|crude|liquefied|natural|farm|agricultural|key|critical|rare|earth|high-tech|advanced|and|,|-)$/;

/** The states a trade phrase starting at `k` names ("imports of Peruvian gas", "exports to Peru", "Peruvian gas imports"). */
function tradedWith(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number): Mention[] {
  let j = k;
  let trade = -1;
  let demonym: Mention | undefined;
  for (; j < tokens.length && j - k <= 8; j++) {
    const t = tokens[j];
    if (!t) break;
    const d = all.find((m) => m.first === j && m.form === 'demonym' && STATES_AND_GROUPS(m));
    if (d) { demonym ??= d; j = d.last - 1; continue; }
    if (TRADE_NOUNS.test(t.lower)) { trade = j; if (/^(from|to)$/.test(tokens[j + 1]?.lower ?? '')) { j++; break; } continue; }
    // "from Peru", "to Peru": where the goods come from or go.
    if (/^(from|to)$/.test(t.lower) && trade >= 0) break;
    // Goods named by a common noun ("gas", "copper", "beef"): lower-case words only.
    if (!(GOODS_FILLER.test(t.lower) || (t.isWord && !t.capitalized && !/^(on|in|at|for|by|with|over|after|that|which|who|because|as)$/.test(t.lower)))) break;
  }
  if (trade < 0) return [];
  if (/^(from|to)$/.test(tokens[j]?.lower ?? '')) return targetAfter(actors, all, tokens, j + 1, 1).filter(STATES_AND_GROUPS);
  return demonym ? [demonym] : [];
}

/**
 * "Chile banned imports of Peruvian gas", "Chile announced a ban on imports from Peru", "Chile's ban on Peruvian gas
 * imports", "Chile halted copper exports to Peru": the banning state sanctions the state traded with.
 */
export function tradeBans(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    const verb = BAN_VERBS.test(w) && !/^(a|an|the|its|their)$/.test(tokens[v - 1]?.lower ?? '');
    const noun = BAN_NOUNS.test(w) && /^(on|against)$/.test(tokens[v + 1]?.lower ?? '');
    // "Chile said it would ban exports to Peru": a decision announced is told as taken (diplomaticRuptures.ts too).
    if (!(verb || noun) || tokens[v - 1]?.lower === 'to' || (hedged(tokens, v) && !(verb && announcedDecision(tokens, v)))) continue;
    // "halted" bans only trade: "halted its offensive" is no ban.
    if (/^halt/.test(w) && !TRADE_NOUNS.test(tokens[v + 1]?.lower ?? '') && !TRADE_NOUNS.test(tokens[v + 2]?.lower ?? '')) continue;
    const traded = tradedWith(tokens, actors, all, noun ? v + 2 : v + 1);
    if (traded.length === 0) continue;
    let banners: Mention[] = [];
    if (verb) banners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
    else {
      let b = v - 1;
      while (b > 0 && /^(a|an|the|new|total|full|blanket|temporary|sweeping|its|their)$/.test(tokens[b]?.lower ?? '')) b--;
      // "announced on Tuesday a ban on …": the day between the verb and its object.
      if (WEEKDAYS.test(tokens[b]?.lower ?? '') && tokens[b - 1]?.lower === 'on') b -= 2;
      // "Chile's ban on …": the owner; "Chile announced a ban on …": the subject of the verb that imposed it.
      if (POSSESSIVE.test(tokens[b]?.text ?? '')) banners = actors.filter((m) => m.last === b);
      else if (IMPOSING.test(tokens[b]?.lower ?? '') && !hedged(tokens, b)) banners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, b));
    }
    for (const a of banners.filter(STATES_AND_GROUPS)) for (const b of traded) add('SANCTIONS', a, b, 0.75, 'sanction:trade-ban', [v]);
  }
}
