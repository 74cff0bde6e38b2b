// A war as a second EVENT of the article (eval/README.md rule 6), named the way the gold names wars:
// - by its place, `<place>-war` ("the conflict in the Gaza Strip", "the Gaza war", "the civil war in Sudan";
//   the gold's shared `gaza-war`), with LOCATED_IN the place;
// - by its two sides, `<a>-<b>-war` ("the Israel-Hamas war", "Russia's war in Ukraine"; the gold's
//   `russia-ukraine-war`), each side taking part.
// A side glued to a place ("the Israel-Gaza war") or owning the war ("Israel's war in Gaza") takes part in the
// place's war. One war per article: later mentions of the same place or sides are the same war.
import { actorBefore, actorMentions } from './clauses';
import { isSide, shortestName, type Side } from './eventParties';
import { gazetteer } from './gazetteer';
import { POSSESSIVE } from './hostileWords';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';
import type { TextSpan } from './types';

const WAR_NOUNS = new Set(['war', 'conflict', 'fighting']);
/** A name glued to these is no war's: "the Israel war cabinet", "Ukraine war crimes", "the Iraq war veteran". */
const NOT_A_WAR_AFTER = /^(cabinet|crimes|crime|criminal|criminals|effort|efforts|chest|games|room|council|veteran|veterans|powers|footing|machine)$/;
/** Describing words between an owner and its war: "Russia's full-scale war in Ukraine". */
const OWNED_WAR_WORDS = /^(full-scale|full|scale|-|brutal|ongoing|illegal|unprovoked|civil|bloody|devastating|long|years-long|two-year|three-year|nearly|military)$/;

/** One mention of a war: where it is and the sides the phrase names. */
interface WarMention { place: Mention | null; placeStated: boolean; sides: Mention[]; span: TextSpan; located?: Mention | undefined; civil?: boolean }

/** The war phrase around the war noun at k, or null when no place or side names it. */
function warMentionAt(tokens: readonly Token[], ms: readonly Mention[], k: number): WarMention | null {
  const t = tokens[k];
  if (!t) return null;
  // "the war in Yemen", "the conflict in the Gaza Strip".
  const inPlace = tokens[k + 1]?.lower === 'in' ? placeAfter(tokens, ms, k + 2) : undefined;
  // "the Gaza war", "the Syrian civil war", "the Israel-Hamas war": a name right before the noun.
  const civil = tokens[k - 1]?.lower === 'civil';
  const nameEnd = civil ? k - 1 : k;
  const named = t.lower !== 'fighting' && !NOT_A_WAR_AFTER.test(tokens[k + 1]?.lower ?? '')
    ? ms.find((m) => m.last === nameEnd && (m.kind === 'PLACE' || isSide(m)) && (m.form !== 'demonym' || civil) && /^(the|a|-|this|that|its|their)$/.test(tokens[m.first - 1]?.lower ?? ''))
    : undefined;
  const glued = named && tokens[named.first - 1]?.text === '-' ? ms.find((m) => m.last === named.first - 1 && isSide(m)) : undefined;
  // "Russia's war in Ukraine", "Israel's war against Hamas": the owner is a side.
  let j = k - 1;
  while (j > 0 && k - j <= 3 && OWNED_WAR_WORDS.test(tokens[j]?.lower ?? '')) j--;
  const owner = POSSESSIVE.test(tokens[j]?.text ?? '') ? ms.find((m) => m.last === j && isSide(m)) : undefined;
  const against = owner && /^(against|on|with)$/.test(tokens[k + 1]?.lower ?? '') ? ms.find((m) => m.first === k + 2 && isSide(m) && m.entityId !== owner.entityId) : undefined;
  const sides: Mention[] = [];
  let place: Mention | null = inPlace ?? null;
  if (glued && named) {
    sides.push(glued);
    // "the Israel-Gaza war": the place after the hyphen names the war but stands for a side, so it is not where
    // the war is told to be (the gold codes no LOCATED_IN there); "the Israel-Hamas war": a side.
    if (named.kind === 'PLACE') place ??= named;
    else sides.push(named);
  } else if (named && named.kind !== 'ORGANIZATION') {
    place ??= named;
  }
  if (owner) sides.push(owner);
  if (against) sides.push(against);
  // "the war that began between the army and the Zenda Front in the capital": its two sides, then where it is.
  // ("fighting between A and B" is a clash, not a war told as a thing.)
  const between = !owner && !glued && t.lower !== 'fighting' ? betweenSides(tokens, ms, k) : null;
  if (between) {
    sides.push(...between.sides);
    place ??= between.place ?? null;
    // A state's own army against a group inside it is that state's civil war, named by the state (`<state>-war`).
    if (between.civil) return { place: between.civil, placeStated: false, located: between.place, civil: true, sides, span: spanOf([t, ...sides, ...(between.place ? [between.place] : [])]) };
  }
  // "Russia's war in Ukraine": a country the owner wars in is its other side.
  if (owner && inPlace && inPlace.kind === 'COUNTRY' && inPlace.entityId !== owner.entityId) sides.push(inPlace);
  if (!place && sides.length < 2) return null;
  return {
    place,
    placeStated: place != null && (!glued || place === inPlace),
    sides: sides.filter((m, i) => sides.findIndex((x) => x.entityId === m.entityId) === i),
    span: spanOf([t, place, ...sides]),
  };
}

function spanOf(parts: ReadonlyArray<Token | Mention | null>): TextSpan {
  const xs = parts.filter((x): x is Token | Mention => x != null);
  return { start: Math.min(...xs.map((x) => x.start)), end: Math.max(...xs.map((x) => x.end)) };
}

/** Words that may describe a place after "in the": "in the northern Zenda region", "in the capital Lima". */
const PLACE_DESCRIBERS = /^(neighbouring|neighboring|northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern|central|restive|breakaway|disputed|embattled|war-torn|capital|city|town|region|province|state)$/;

/** The place named from token `from` on, past "the" and up to two describing words: "the northern Zenda region". */
function placeAfter(tokens: readonly Token[], ms: readonly Mention[], from: number): Mention | undefined {
  let k = from;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  for (;;) {
    const at = k;
    const m = ms.find((x) => (x.kind === 'PLACE' || x.kind === 'COUNTRY') && x.form !== 'demonym' && x.first === at);
    if (m || k - start >= 2 || !PLACE_DESCRIBERS.test(tokens[k]?.lower ?? '')) return m;
    k++;
  }
}

/** Verbs between a war noun and "between": "the war that began between …", "the conflict which raged between …". */
const WAR_ONSET = /^(that|which|erupted|broke|out|began|started|raging|has|had|raged)$/;

/**
 * "the war (that began) between A and B (in <place>)": the two sides and the place; `civil` is the state when one
 * side is a state's own forces told as its organ ("the army", "the military") and the other a group.
 */
function betweenSides(tokens: readonly Token[], ms: readonly Mention[], k: number): { sides: Mention[]; place?: Mention; civil?: Mention } | null {
  let b = k + 1;
  while (b < tokens.length && b - k <= 4 && WAR_ONSET.test(tokens[b]?.lower ?? '')) b++;
  if (tokens[b]?.lower !== 'between') return null;
  const first = ms.find((m) => isSide(m) && (m.first === b + 1 || (m.first === b + 2 && tokens[b + 1]?.lower === 'the')));
  if (!first || tokens[first.last]?.lower !== 'and') return null;
  const second = ms.find((m) => isSide(m) && m.entityId !== first.entityId && (m.first === first.last + 1 || (m.first === first.last + 2 && tokens[first.last + 1]?.lower === 'the')));
  if (!second) return null;
  const place = tokens[second.last]?.lower === 'in' ? placeAfter(tokens, ms, second.last + 1) : undefined;
  const organ = (m: Mention): boolean => m.kind === 'COUNTRY' && m.form === 'anaphor';
  const civil = organ(first) && second.kind === 'ORGANIZATION' ? first : organ(second) && first.kind === 'ORGANIZATION' ? second : undefined;
  return { sides: [first, second], ...(place ? { place } : {}), ...(civil ? { civil } : {}) };
}

const HOSTILE_TYPES = new Set(['STRUCK', 'IN_CONFLICT_WITH']);

/**
 * The one other state the article shows striking or fighting `country` (the most such facts, at least two, and no
 * tie), or null: "the war in Ukraine" in an article where Russia strikes Ukraine is Russia's war there.
 */
function foreignFoe(ctx: ReadingContext, country: string, relations: readonly Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const r of relations) {
    // A city struck stands for its country here ("struck Kharkiv" is a blow in Ukraine's war).
    const to = gazetteer().countryOfPlace.get(r.to) ?? r.to;
    if (!HOSTILE_TYPES.has(r.type) || r.stance === 'DISPUTES' || (r.from !== country && to !== country)) continue;
    const other = r.from === country ? to : r.from;
    if (other !== country && ctx.table.get(other)?.kind === 'COUNTRY') counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  const [best, second] = ranked;
  return best && best[1] >= 2 && (!second || second[1] < best[1]) ? best[0] : null;
}

/**
 * A country whose war news names by the place alone, and the state known to wage it there: "the war in Ukraine" is
 * the Russia–Ukraine war (the gold's `russia-ukraine-war`) in an article that names Russia at all.
 */
const KNOWN_INVADERS: ReadonlyMap<string, string> = new Map([['ukraine', 'russia']]);

function knownInvader(ctx: ReadingContext, country: string): string | null {
  const foe = KNOWN_INVADERS.get(country);
  return foe && ctx.table.get(foe) ? foe : null;
}

/** Whether a war mention is the article's war: the same two sides, or the same place (a side's country counts). */
function sameWar(war: WarMention, other: WarMention): boolean {
  const ids = (w: WarMention): string[] => w.sides.map((m) => m.entityId).sort();
  if (war.sides.length === 2 && other.sides.length === 2) return ids(war).join() === ids(other).join();
  const where = (w: WarMention): string | undefined => w.place?.entityId;
  if (war.sides.length === 2) return !!where(other) && (where(other) === where(war) || ids(war).includes(where(other) ?? ''));
  return !!where(war) && where(war) === where(other);
}

/**
 * The article's war as an EVENT, its sides (those the war's phrases name, and, for a war named by its place, the
 * two sides of that place's ceasefire), LOCATED_IN its place and pledges to end "the fighting".
 */
export function findWarEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], process: { id: string; parties: readonly Side[] | null; partiesFrom: string; partiesSpan: TextSpan | null } | null, relations: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  const found: WarMention[] = [];
  sentences.forEach((s, i) => {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle);
    s.tokens.forEach((t, k) => {
      if (!WAR_NOUNS.has(t.lower)) return;
      const w = warMentionAt(s.tokens, ms, k);
      if (w) found.push(w);
    });
  });
  // The war named by its sides wins; else the first place named.
  const war = found.find((w) => w.sides.length === 2) ?? found[0];
  if (!war) return out;
  const [a, b] = war.sides;
  const bySides = a && b && war.sides.length === 2 && !war.civil;
  const place = war.place ?? found.find((w) => sameWar(war, w) && w.place)?.place ?? null;
  // "the war in Ukraine" in an article that shows Russia striking or fighting Ukraine: Russia's war there.
  const foe = !bySides && place?.kind === 'COUNTRY' && !found.some((w) => w.sides.length > 0) ? foreignFoe(ctx, place.entityId, relations) ?? knownInvader(ctx, place.entityId) : null;
  // The shortest form each side or place goes by ("Gaza" of "Gaza Strip").
  const form = (id: string): string => shortestName(ctx, id) ?? id;
  const where = place?.entityId ?? '';
  const name = bySides ? `${form(a.entityId)}–${form(b.entityId)} war` : foe ? `${form(foe)}–${form(where)} war` : `${form(where)} war`;
  const seedId = bySides ? `${a.entityId}-${b.entityId}-war` : foe ? `${foe}-${where}-war` : `${slug(form(where))}-war`;
  const id = ctx.table.ensure({ id: seedId, name, kind: 'EVENT' }, ctx.known.get(seedId.replace(/-/g, ''))).id;
  const sides = new Map<string, TextSpan>();
  for (const w of found.filter((x) => sameWar(war, x))) {
    ctx.table.addMention(id, w.span, ctx.text.slice(w.span.start, w.span.end));
    // The place it is in, unless the place is one of the sides ("the Russia-Ukraine war" is not located in Ukraine).
    const at = w.located ?? (w.placeStated ? w.place : null);
    if (at && !w.sides.some((m) => m.entityId === at.entityId)) {
      out.push({ type: 'LOCATED_IN', from: id, to: at.entityId, start: w.span.start, end: w.span.end, confidence: 0.8, rule: 'event:war-in' });
    }
    for (const m of w.sides) if (!sides.has(m.entityId)) sides.set(m.entityId, w.span);
  }
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
  if (!bySides && process?.parties && process.partiesFrom === 'between-truce' && process.id.startsWith(id.replace(/-war$/, '-'))) {
    for (const side of process.parties) if (!sides.has(side.id) && process.partiesSpan) sides.set(side.id, process.partiesSpan);
  }
  for (const [side, span] of sides) out.push({ type: 'PARTICIPATES_IN', from: side, to: id, start: span.start, end: span.end, confidence: 0.8, rule: 'event:war-side' });
  return out;
}
