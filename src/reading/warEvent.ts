// A war named by its place ("the conflict in the Gaza Strip", "the Israel-Gaza war") as a second EVENT of the
// article, `<place>-war` (the gold's shared `gaza-war`), with its sides, its place and pledges to end it.
import { actorBefore, actorMentions } from './clauses';
import type { Side } from './eventParties';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { TextSpan } from './types';

const WAR_NOUNS = new Set(['war', 'conflict', 'fighting']);

function shortestForm(ctx: ReadingContext, id: string): string {
  const draft = ctx.table.get(id);
  const forms = [draft?.name ?? id, ...(draft?.aliases ?? [])].filter((f) => !/^the\b/i.test(f));
  return forms.sort((a, b) => a.length - b.length)[0] ?? id;
}

/**
 * A war named by its place ("the conflict in the Gaza Strip", "the Israel-Gaza war") as `<place>-war`, the side
 * glued to it ("Israel-Gaza") and, when the ceasefire talks are about the same place, their two sides.
 */
export function findWarEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], process: { id: string; parties: readonly Side[] | null; partiesFrom: string; partiesSpan: TextSpan | null } | null): Candidate[] {
  const out: Candidate[] = [];
  let warId: string | null = null;
  const sides = new Map<string, { start: number; end: number }>();
  sentences.forEach((s, i) => {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle);
    s.tokens.forEach((t, k) => {
      if (!WAR_NOUNS.has(t.lower)) return;
      const inPlace = s.tokens[k + 1]?.lower === 'in' ? ms.find((m) => m.kind === 'PLACE' && (m.first === k + 2 || (m.first === k + 3 && s.tokens[k + 2]?.lower === 'the'))) : undefined;
      const before = ms.find((m) => m.kind === 'PLACE' && m.last === k);
      const place = inPlace ?? before;
      if (!place) return;
      const id = `${slug(shortestForm(ctx, place.entityId))}-war`;
      if (warId && warId !== id) return;
      if (!warId) {
        warId = id;
        ctx.table.ensure({ id, name: `${shortestForm(ctx, place.entityId)} war`, kind: 'EVENT' }, ctx.known.get(id.replace(/-/g, '')));
      }
      const phraseStart = Math.min(t.start, place.start);
      const phraseEnd = Math.max(t.end, place.end);
      ctx.table.addMention(id, { start: phraseStart, end: phraseEnd }, ctx.text.slice(phraseStart, phraseEnd));
      if (inPlace) out.push({ type: 'LOCATED_IN', from: id, to: place.entityId, start: phraseStart, end: phraseEnd, confidence: 0.8, rule: 'event:war-in' });
      // "the Israel-Gaza war": Israel is a side.
      const glued = ms.find((m) => m.last === place.first - 1 && s.tokens[m.last]?.text === '-' && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      if (glued && before) sides.set(glued.entityId, { start: glued.start, end: t.end });
    });
  });
  if (!warId) return out;
  const id: string = warId;
  // "pledged to bring an end to the fighting": a pledge about the war.
  sentences.forEach((s, i) => {
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], s.tokens);
    s.tokens.forEach((t, k) => {
      if (!/^(pledged|pledges|pledge|vowed|vows|vow|promised|promises)$/.test(t.lower) || s.tokens[k + 1]?.lower !== 'to') return;
      const w = s.tokens.slice(k + 2, k + 10).findIndex((x) => WAR_NOUNS.has(x.lower));
      const noun = w >= 0 ? s.tokens[k + 2 + w] : undefined;
      if (!noun) return;
      for (const m of actorBefore(actors, ms, s.tokens, k)) {
        if (m.kind === 'PLACE' || m.kind === 'EVENT') continue;
        out.push({ type: 'PLEDGED', from: m.entityId, to: id, start: Math.min(m.start, t.start), end: noun.end, confidence: 0.8, rule: 'event:pledge' });
      }
    });
  });
  if (process?.parties && process.partiesFrom === 'between-truce' && process.id.startsWith(id.replace(/-war$/, '-'))) {
    for (const side of process.parties) if (!sides.has(side.id) && process.partiesSpan) sides.set(side.id, process.partiesSpan);
  }
  for (const [side, span] of sides) out.push({ type: 'PARTICIPATES_IN', from: side, to: id, start: span.start, end: span.end, confidence: 0.8, rule: 'event:war-side' });
  return out;
}
