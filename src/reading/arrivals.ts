// Arrivals told without a destination: "The Chilean delegation arrived on Saturday" in a report on talks. The
// delegation came to where the talks are held, so it VISITS (042) the talks' place the article named last before
// that sentence (events.ts: "talks in Lima"). With no place of talks named before, nothing is read.
import { actorBefore, actorMentions } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const ARRIVE_FORMS = /^(arrived|arrives|arrive|arriving)$/;
/** What may follow an arrival that names no place: a time, a stop. */
const NO_PLACE_AFTER = /^(on|late|early|last|this|yesterday|today|overnight|earlier|,|\.|;|while|and|ahead|before|after)$/;

export function arrivalsAtVenue(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], candidates: readonly Candidate[], sentenceOf: (at: number) => number): Candidate[] {
  // The talks' places by sentence, swept forward with the sentences: the latest named before or at each one.
  const venues = candidates.filter((c) => c.type === 'LOCATED_IN' && c.rule === 'event:place').map((c) => ({ sentence: sentenceOf(c.start), place: c.to }))
    .sort((a, b) => a.sentence - b.sentence);
  if (venues.length === 0) return [];
  const out: Candidate[] = [];
  let next = 0;
  let latest: string | undefined;
  sentences.forEach((s, i) => {
    while (next < venues.length && (venues[next]?.sentence ?? Infinity) <= i) latest = venues[next++]?.place;
    const tokens: readonly Token[] = s.tokens;
    const ms = mentions[i] ?? [];
    for (let v = 1; v < tokens.length; v++) {
      const verb = tokens[v];
      if (!verb || !ARRIVE_FORMS.test(verb.lower) || hedged(tokens, v)) continue;
      const next = tokens[v + 1];
      if (next && !NO_PLACE_AFTER.test(next.text.toLowerCase())) continue;
      // "arrived on Saturday in Lima": a place later in the clause is read by the verb rules.
      if (ms.some((m) => m.first > v && m.first <= v + 5 && (m.kind === 'PLACE' || m.kind === 'COUNTRY') && tokens[m.first - 1]?.lower === 'in')) continue;
      const place = latest;
      if (!place) continue;
      const who = actorBefore(actorMentions(ms, tokens), ms, tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION' || m.kind === 'PERSON');
      for (const a of who) {
        if (a.entityId === place) continue;
        out.push({ type: 'VISITS', from: a.entityId, to: place, start: Math.min(a.start, verb.start), end: verb.end, confidence: 0.65, rule: 'arrival:at-talks', anchor: verb.start });
      }
    }
  });
  return out;
}
