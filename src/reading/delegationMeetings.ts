// A delegation's head takes part in its meetings: "A Chilean delegation led by Ana Ruiz met President Luis Vega",
// or told over two sentences ("The Chilean team met President Luis Vega. The team was led by Ana Ruiz."). The
// head meets the people the delegation met (040, both ways); an unnamed state's officials ("Egyptian mediators")
// are met by the delegation as a whole, so only persons are taken.
import type { EntityKind } from '../generated/graphql';
import type { Candidate } from './relations';

/** How many sentences before or after the head is named the delegation's meeting may be told. */
const REACH = 1;

/**
 * For each delegation head (ENVOY_OF from a `delegation:head` rule), a meeting of its principal with a person in
 * the same sentence or the next or previous one: the head meets that person too. The quote is the head's sentence.
 */
export function delegationHeadMeetings(candidates: readonly Candidate[], sentenceOf: (at: number) => number, kindOf: (id: string) => EntityKind | undefined): Candidate[] {
  // Meetings with a person, by who met and in which sentence: each head looks at three sentences only.
  const meetings = new Map<string, Candidate[]>();
  const key = (from: string, sentence: number): string => `${from}\u0000${sentence}`;
  for (const c of candidates) {
    if (c.type !== 'MEETS_WITH' || kindOf(c.to) !== 'PERSON') continue;
    const k = key(c.from, sentenceOf(c.start));
    const list = meetings.get(k) ?? [];
    list.push(c);
    meetings.set(k, list);
  }
  const out: Candidate[] = [];
  for (const head of candidates) {
    if (head.type !== 'ENVOY_OF' || !head.rule.startsWith('delegation:head')) continue;
    const at = sentenceOf(head.start);
    const near: Candidate[] = [];
    for (let where = at - REACH; where <= at + REACH; where++) near.push(...(meetings.get(key(head.to, where)) ?? []));
    for (const met of near) {
      const where = sentenceOf(met.start);
      if (met.to === head.from) continue;
      const same = where === at;
      const span = same ? { start: Math.min(head.start, met.start), end: Math.max(head.end, met.end) } : { start: head.start, end: head.end };
      for (const [from, to] of [[head.from, met.to], [met.to, head.from]] as const) {
        out.push({ type: 'MEETS_WITH', from, to, ...span, confidence: 0.75, rule: 'delegation:head-meets', anchor: head.anchor });
      }
    }
  }
  return out;
}
