// Accords named by their partner, not by a name: "X ended its military cooperation agreement with Y", "X pulled out
// of the defence pact with Y". The phrase says who the two sides are and what sort of accord it is, so analysts
// make an EVENT of it named as the reader names agreements (events.ts: `<A>–<B> <sort> agreement`); both sides
// take part in it and the one leaving it withdraws from it (165, WITHDREW_FROM; eval/README.md rules 5 and 6).
// A leaving only hedged, negated or intended ("could end", "would not pull out", "refused to end") is no act, yet
// the accord it names is still the two sides'.
import { actorBefore, actorMentions, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { isSide, sideLabel, sideOf, type Side } from './eventParties';
import { hedged } from './hedges';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const LEAVE_VERBS = /^(end|ends|ended|ending|break|breaks|broke|breaking|scrap|scraps|scrapped|scrapping|terminate|terminates|terminated|terminating|suspend|suspends|suspended|suspending|pull|pulls|pulled|pulling|withdraw|withdraws|withdrew|withdrawing|withdrawn|exit|exits|exited|exiting|quit|quits|quitting|tear|tears|tore|tearing|torn|abandon|abandons|abandoned|abandoning)$/;
/** The particles and prepositions a leaving verb takes before its object: "break off", "pull out of", "tear up". */
const PARTICLES = /^(off|up|out|of|from|away)$/;
const OWNERS = /^(its|their|the|a|an)$/;
const ACCORD_NOUNS = /^(agreement|accord|deal|pact|treaty|arrangement)$/;
/** The words of an accord's sort between its determiner and its noun: "military cooperation", "defence", "trade". */
const SORT_WORD = /^[a-z][a-z-]*$/;
const NOT_SORT = /^(with|of|for|to|and|or|the|a|an|that|which|new|old|existing|current|longstanding|long-standing|landmark|key|major|previous|earlier|latest|recent|bilateral|separate)$/;
/** Auxiliaries and adverbs between the leaver and its verb: "it was formally ending". */
const BETWEEN = /^(has|have|had|was|were|is|are|formally|officially|unilaterally|effectively|also|now|then)$/;

interface Accord { partner: Mention; sort: string; first: number; noun: number }

/** The accord left by the verb at k: its partner after "with", its sort, its noun; null when the phrase is not one. */
function accordAfter(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number): Accord | null {
  let j = k + 1;
  while (j < tokens.length && j - k <= 3 && PARTICLES.test(tokens[j]?.lower ?? '')) j++;
  if (!OWNERS.test(tokens[j]?.lower ?? '')) return null;
  const first = j + 1;
  let n = first;
  const sort: string[] = [];
  while (n < tokens.length && n - first < 4 && !ACCORD_NOUNS.test(tokens[n]?.lower ?? '')) {
    const w = tokens[n];
    // A year says when it was signed, not what sort it is: "its 2010 border treaty".
    if (w && /^\d{4}$/.test(w.text)) { n++; continue; }
    if (!w || !SORT_WORD.test(w.text) || NOT_SORT.test(w.lower)) return null;
    sort.push(w.lower);
    n++;
  }
  if (!ACCORD_NOUNS.test(tokens[n]?.text ?? '') || tokens[n + 1]?.lower !== 'with') return null;
  const partner = targetAfter(actors, [...ms], tokens, n + 2, 1).find((m) => m.first <= n + 3 && isSide(m));
  if (!partner) return null;
  return { partner, sort: sort.join(' '), first, noun: n };
}

/** The accord's id and name, in the words events.ts names agreements with. */
function accordName(ctx: ReadingContext, [a, b]: [Side, Side], sort: string): { id: string; name: string } {
  const label = (side: Side) => sideLabel(ctx, side);
  const labelId = (side: Side) => (label(side) === side.name ? side.id : slug(label(side)));
  return { id: slug(`${labelId(a)} ${labelId(b)} ${sort} agreement`), name: `${label(a)}–${label(b)} ${sort ? `${sort} ` : ''}agreement` };
}

/** An agreement of the article's process event already between these two sides (events.ts): that one is the accord. */
function eventOfSides(found: readonly Candidate[], a: string, b: string): string | undefined {
  const of = (id: string) => new Set(found.filter((c) => c.type === 'PARTICIPATES_IN' && c.rule === 'event:party' && c.from === id && /-agreement$/.test(c.to)).map((c) => c.to));
  const withB = of(b);
  return [...of(a)].find((e) => withB.has(e));
}

export function partnerAccords(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    const tokens = s.tokens;
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], tokens);
    tokens.forEach((t, k) => {
      if (!LEAVE_VERBS.test(t.lower)) return;
      const accord = accordAfter(tokens, actors, ms, k);
      if (!accord) return;
      let v = k;
      while (v > 0 && BETWEEN.test(tokens[v - 1]?.lower ?? '')) v--;
      const leaver = actorBefore(actors, [...ms], tokens, gerundSubjectEnd(tokens, v)).filter(isSide)[0];
      if (!leaver || leaver.entityId === accord.partner.entityId) return;
      const sides: [Side, Side] = [sideOf(ctx, leaver), sideOf(ctx, accord.partner)];
      const named = accordName(ctx, sides, accord.sort);
      const existing = eventOfSides(found, sides[0].id, sides[1].id);
      const id = existing ?? ctx.table.ensure({ id: named.id, name: named.name, kind: 'EVENT' }, ctx.known.get(named.id.replace(/-/g, ''))).id;
      const noun = tokens[accord.noun];
      if (!noun) return;
      ctx.table.addMention(id, { start: noun.start, end: noun.end }, ctx.text.slice(tokens[accord.first]?.start ?? noun.start, noun.end));
      const span = { start: Math.min(leaver.start, t.start), end: accord.partner.end };
      for (const m of [leaver, accord.partner]) out.push({ type: 'PARTICIPATES_IN', from: m.entityId, to: id, ...span, confidence: 0.8, rule: 'accord:partner', anchor: noun.start });
      // "refused to end", "could end", "would not pull out": an act intended or denied, not done.
      if (hedged(tokens, v) || tokens[v - 1]?.lower === 'to') return;
      out.push({ type: 'WITHDREW_FROM', from: leaver.entityId, to: id, ...span, confidence: 0.8, rule: 'accord:partner-left', anchor: t.start });
    });
  });
  return out;
}
