// A state's envoy summoned to hear a protest: "Peru summoned Bolivia's ambassador to protest the arrests", "summoned
// the Bolivian envoy in protest at …", "Bolivia's ambassador was summoned by Peru to lodge a complaint". The protest
// is criticism of the envoy's state (111). A summons alone ("summoned Y's ambassador over the arrests", "for
// consultations") is not coded: eval/README.md gives it no type, and it may be a plain meeting.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const SUMMON_VERBS = /^(summoned|summons|summon|summoning)$/;
/** The envoy's words after the owner: "'s top diplomat", "ambassador in Lima", "chargé d'affaires". */
const ENVOY_WORDS = /^(’s|'s|ambassador|ambassadors|envoy|envoys|diplomat|diplomats|chargé|charge|d'affaires|d’affaires|top|senior|deputy|acting|head|of|mission|representative|consul|the)$/;
const ENVOY_HEADS = /^(ambassador|ambassadors|envoy|envoys|diplomat|diplomats|chargé|charge|representative|consul)$/;
/** How far the protest's words may stand past the envoy: "… in Lima on Monday to protest". */
const PURPOSE_REACH = 6;
/** What the summons is for, when it is a protest: "to protest", "to lodge a complaint", "in protest at". */
const PROTEST_VERBS = /^(protest|complain|denounce|condemn|rebuke|reprimand|object)$/;
const CONVEY_VERBS = /^(lodge|express|convey|register|deliver|voice|hand)$/;
const PROTEST_NOUNS = /^(protest|complaint|displeasure|outrage|indignation|dismay|anger|objection|objections)$/;
const NOUN_LEAD = /^(a|an|its|their|his|her|the|strong|formal|strongly|worded|-|stern|firm|official|deep|serious|diplomatic)$/;

export function envoysSummoned(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!SUMMON_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    const passive = /^(was|were|been|is|are)$/.test(tokens[v - 1]?.lower ?? '');
    if (passive) summonedBy(tokens, actors, all, v, add);
    else summonedEnvoy(tokens, actors, all, v, add);
  }
}

/** "summoned Bolivia's ambassador", "summoned the Bolivian envoy": the envoy's state and the token after the envoy. */
function envoyOwner(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number): { owners: Mention[]; end: number } | null {
  let k = from;
  if (tokens[k]?.lower === 'the') k++;
  const owner = actors.find((m) => m.first === k && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
  if (!owner) return null;
  const possessive = /^(’s|'s)$/.test(tokens[owner.last]?.text ?? '');
  if (!possessive && owner.form !== 'demonym') return null;
  let j = owner.last;
  let head = -1;
  while (j < tokens.length && j - owner.last <= 5 && ENVOY_WORDS.test(tokens[j]?.lower ?? '')) {
    if (ENVOY_HEADS.test(tokens[j]?.lower ?? '')) head = j;
    j++;
  }
  return head < 0 ? null : { owners: [owner], end: j };
}

/** The protest named within reach after `from`: its token, else -1. A comma or a clause's word first ends it. */
function protestAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + PURPOSE_REACH); k++) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'to' && PROTEST_VERBS.test(tokens[k + 1]?.lower ?? '')) return k + 1;
    if (w === 'to' && CONVEY_VERBS.test(tokens[k + 1]?.lower ?? '')) {
      let n = k + 2;
      while (n - k <= 6 && NOUN_LEAD.test(tokens[n]?.lower ?? '')) n++;
      // "to lodge a formal protest", "to express its displeasure"; not "to deliver a message".
      return PROTEST_NOUNS.test(tokens[n]?.lower ?? '') ? n : -1;
    }
    if (w === 'in' && tokens[k + 1]?.lower === 'protest') return k + 1;
    if (!tokens[k]?.isWord || /^(and|but|that|which|who|after|for|over|amid)$/.test(w)) return -1;
  }
  return -1;
}

/** "Peru summoned Bolivia's ambassador to protest the arrests": Peru criticises Bolivia. */
function summonedEnvoy(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const envoy = envoyOwner(tokens, actors, all, v + 1);
  if (!envoy) return;
  const protest = protestAfter(tokens, envoy.end);
  if (protest < 0) return;
  const summoners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  for (const a of summoners) for (const b of envoy.owners) if (a.entityId !== b.entityId) add('CRITICIZES', a, b, 0.8, 'protest:envoy-summoned', [v, protest]);
}

/** "Bolivia's ambassador was summoned by Peru to protest …": the summoner after "by", the envoy's state before. */
function summonedBy(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  if (tokens[v + 1]?.lower !== 'by') return;
  const summoners = targetAfter(actors, all, tokens, v + 2, 2).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
  const last = summoners[summoners.length - 1];
  if (!last) return;
  const protest = protestAfter(tokens, last.last);
  if (protest < 0) return;
  // The subject: "Bolivia's ambassador was", "the Bolivian envoy in Lima was" opening the clause.
  let s = v - 2;
  while (s >= 0 && v - s <= 8 && !/^[,;:.]$/.test(tokens[s]?.text ?? '') && !actors.some((m) => m.first === s)) s--;
  const envoy = s >= 0 ? envoyOwner(tokens, actors, all, s) : null;
  if (!envoy) return;
  for (const a of summoners) for (const b of envoy.owners) if (a.entityId !== b.entityId) add('CRITICIZES', a, b, 0.8, 'protest:envoy-summoned', [v, protest]);
}
