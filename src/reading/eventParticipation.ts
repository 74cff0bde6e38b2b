// Taking part in the article's process event (events.ts) told through the party's delegation or its presence
// rather than a verb of attending (eventActs.ts reads those): "X sent a delegation to the talks", "X's negotiators
// at the talks", "X was represented at the talks by …", "X and Y met in Oslo for the talks", "X is a party to the
// agreement", "X was among the participants in the talks".
import { actorBefore, actorMentions, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { eventNounAt } from './eventWords';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const TEAM_NOUNS = /^(delegation|delegations|negotiators|negotiating|team|teams|envoys|envoy|delegates|representatives|negotiator)$/;
const SEND_VERBS = /^(sent|sends|send|sending|dispatched|dispatches|dispatch)$/;
const MET_VERBS = /^(met|meet|meets|gathered|convened)$/;
const PARTY_NOUNS = /^(party|parties|participant|participants|signatory|signatories)$/;

/** The event noun within `span` tokens from `from` (skipping "the" and the like), or -1. */
function eventAt(tokens: readonly Token[], from: number, foreign: ReadonlySet<number>, span = 4): number {
  for (let j = from; j < Math.min(tokens.length, from + span); j++) {
    if (!foreign.has(j) && eventNounAt(tokens, j)) return j;
    if (!(tokens[j]?.isWord ?? false)) return -1;
  }
  return -1;
}

export function eventParticipation(s: SentenceTokens, ms: readonly Mention[], eventId: string, foreign: ReadonlySet<number>): Candidate[] {
  const tokens = s.tokens;
  const actors = actorMentions([...ms], tokens);
  const out: Candidate[] = [];
  const push = (who: readonly Mention[], at: number, word: number, rule: string): void => {
    const a = tokens[at];
    const w = tokens[word];
    if (!a || !w) return;
    for (const m of who) {
      if (!ACTOR_KINDS.has(m.kind)) continue;
      out.push({ type: 'PARTICIPATES_IN', from: m.entityId, to: eventId, start: Math.min(m.start, a.start, w.start), end: Math.max(m.end, a.end, w.end), confidence: 0.8, rule: `event:${rule}`, anchor: a.start });
    }
  };
  push(openedAtEvent(tokens, actors, ms, foreign), 0, Math.max(0, eventAt(tokens, 1, foreign, 4)), 'at-event');
  for (let k = 1; k < tokens.length; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (hedged(tokens, k)) continue;
    // "Russia sent a delegation to the talks"
    if (SEND_VERBS.test(lower)) {
      const team = tokens.slice(k + 1, k + 5).findIndex((t) => TEAM_NOUNS.test(t.lower));
      if (team < 0) continue;
      const after = k + 2 + team;
      const w = /^(to|for)$/.test(tokens[after]?.lower ?? '') ? eventAt(tokens, after + 1, foreign) : -1;
      if (w >= 0) push(actorBefore(actors, [...ms], tokens, gerundSubjectEnd(tokens, k)), k, w, 'sent-delegation');
      continue;
    }
    // "Ukraine's delegation to the talks", "Russian negotiators at the talks": the team's owner takes part.
    if (TEAM_NOUNS.test(lower) && /^(to|at|in|for)$/.test(tokens[k + 1]?.lower ?? '')) {
      const w = eventAt(tokens, k + 2, foreign);
      if (w < 0) continue;
      let j = k - 1;
      while (j > 0 && /^(negotiating|senior|high-level|official|own|top)$/.test(tokens[j]?.lower ?? '')) j--;
      const possessive = /^(’s|'s)$/.test(tokens[j]?.text ?? '') ? j : j + 1;
      const owner = actors.find((m) => m.last === possessive && m.kind !== 'PERSON' && m.kind !== 'PLACE');
      if (owner) push([owner], k, w, 'delegation-at');
      continue;
    }
    // "the two leaders' meeting in Geneva", "Ruiz and Costa's talks": the event's owners take part in it.
    if (/^(’s|'s|’|')$/.test(lower) && eventAt(tokens, k + 1, foreign, 2) >= 0) {
      const w = eventAt(tokens, k + 1, foreign, 2);
      push(actorBefore(actors, [...ms], tokens, k, 0), k, w, 'owners');
      continue;
    }
    // "Ukraine was represented at the talks by …"
    if (lower === 'represented' && /^(at|in)$/.test(tokens[k + 1]?.lower ?? '')) {
      const w = eventAt(tokens, k + 2, foreign);
      if (w >= 0) push(actorBefore(actors, [...ms], tokens, k), k, w, 'represented');
      continue;
    }
    // "Russia and Ukraine met in Istanbul for the talks"
    if (MET_VERBS.test(lower)) {
      const f = tokens.slice(k + 1, k + 8).findIndex((t) => t.lower === 'for');
      const w = f >= 0 ? eventAt(tokens, k + 2 + f, foreign, 5) : -1;
      if (w >= 0) push(actorBefore(actors, [...ms], tokens, gerundSubjectEnd(tokens, k)), k, w, 'met-for');
      continue;
    }
    // "the three parties to that agreement – A, B and C", "the accord's signatories, A and B,": listed after it.
    if (PARTY_NOUNS.test(lower)) {
      const listed = partiesListed(tokens, actors, ms, k, foreign);
      if (listed) { push(listed.who, k, listed.word, 'parties-listed'); continue; }
    }
    // "X is a party to the agreement", "X was among the participants in the talks"
    if (PARTY_NOUNS.test(lower) && /^(to|in|of)$/.test(tokens[k + 1]?.lower ?? '')) {
      const w = eventAt(tokens, k + 2, foreign);
      if (w < 0) continue;
      let j = k - 1;
      while (j > 0 && /^(a|an|the|among|both|key|main|one|of|all|two|three)$/.test(tokens[j]?.lower ?? '')) j--;
      if (!/^(is|are|was|were|be|been|became|become|remain|remains)$/.test(tokens[j]?.lower ?? '')) continue;
      push(actorBefore(actors, [...ms], tokens, j), k, w, 'party-to');
    }
  }
  return out;
}

/** A dash or a comma that opens the list of an apposition. */
const LIST_OPENERS = /^(–|—|-|,|:)$/;

/**
 * The parties named in an apposition after a party noun at k, and the event noun: "the parties to that agreement –
 * A, B and C", "the signatories of the accord: A and B", "the accord's signatories, A and B". Only countries and
 * organizations: a person listed there signs for one of them.
 */
function partiesListed(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number, foreign: ReadonlySet<number>): { who: Mention[]; word: number } | null {
  let word = -1;
  let after = -1;
  if (/^(to|of|in)$/.test(tokens[k + 1]?.lower ?? '')) {
    word = eventAt(tokens, k + 2, foreign, 3);
    after = word >= 0 ? (eventNounAt(tokens, word)?.last ?? -1) : -1;
  } else if (/^(’s|'s|’|')$/.test(tokens[k - 1]?.text ?? '') && !foreign.has(k - 2) && eventNounAt(tokens, k - 2)?.last === k - 1) {
    word = k - 2;
    after = k + 1;
  }
  if (word < 0 || after < 0 || !LIST_OPENERS.test(tokens[after]?.text ?? '')) return null;
  const who = targetAfter(actors, [...ms], tokens, after + 1, 1).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
  return who.length > 0 ? { who, word } : null;
}

/**
 * "At the summit in Kazan, A met B", "On the sidelines of the talks, A and B shook hands": a sentence that opens at
 * the event has its subject there (and the object of a meeting verb, which met the subject there).
 */
function openedAtEvent(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], foreign: ReadonlySet<number>): Mention[] {
  if (!/^(at|during)$/.test(tokens[0]?.lower ?? '') || eventAt(tokens, 1, foreign, 4) < 0) return [];
  const comma = tokens.findIndex((t, j) => j > 1 && j <= 10 && t.text === ',');
  if (comma < 0) return [];
  const subjects = targetAfter(actors, [...ms], tokens, comma + 1, 3).filter((m) => m.kind !== 'PLACE');
  const last = subjects[subjects.length - 1];
  if (!last) return [];
  let v = last.last;
  while (v < tokens.length && /^(also|later|briefly|separately|on|the|sidelines|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[v]?.lower ?? '')) v++;
  if (hedged(tokens, v + 1) || hedged(tokens, v)) return [];
  const partners = /^(met|meets|spoke|held)$/.test(tokens[v]?.lower ?? '') ? targetAfter(actors, [...ms], tokens, v + 1, 3).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY') : [];
  return [...subjects, ...partners];
}
