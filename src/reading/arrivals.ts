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

/** The place of the talks named in the latest sentence before or at sentence i, from the events' LOCATED_IN facts. */
function venueBefore(venues: readonly { sentence: number; place: string }[], i: number): string | undefined {
  let best: { sentence: number; place: string } | undefined;
  for (const v of venues) if (v.sentence <= i && (!best || v.sentence >= best.sentence)) best = v;
  return best?.place;
}

export function arrivalsAtVenue(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], candidates: readonly Candidate[], sentenceOf: (at: number) => number): Candidate[] {
  const venues = candidates.filter((c) => c.type === 'LOCATED_IN' && c.rule === 'event:place').map((c) => ({ sentence: sentenceOf(c.start), place: c.to }));
  if (venues.length === 0) return [];
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    const tokens: readonly Token[] = s.tokens;
    const ms = mentions[i] ?? [];
    for (let v = 1; v < tokens.length; v++) {
      const verb = tokens[v];
      if (!verb || !ARRIVE_FORMS.test(verb.lower) || hedged(tokens, v)) continue;
      const next = tokens[v + 1];
      if (next && !NO_PLACE_AFTER.test(next.text.toLowerCase())) continue;
      // "arrived on Saturday in Lima": a place later in the clause is read by the verb rules.
      if (ms.some((m) => m.first > v && m.first <= v + 5 && (m.kind === 'PLACE' || m.kind === 'COUNTRY') && tokens[m.first - 1]?.lower === 'in')) continue;
      const place = venueBefore(venues, i);
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
