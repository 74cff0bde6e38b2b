// The talks, ceasefire or agreement an article is about, as one EVENT entity (eval/README.md: "mediation
// targets the talks, not the parties"), and what actors do to it (eventActs.ts). Its name, in this order:
// - the proper name of an accord or summit the article keeps coming back to ("the Helsinki Accords");
// - `<Place> ceasefire talks` for a ceasefire named by its place ("a Gaza ceasefire"; the title counts too);
// - `<A>–<B> ceasefire` for one between two sides;
// - `<A>–<B> talks in <place>`, id `<a>-<b>-<place>-talks`, for talks between two sides; talks the article
//   places in several venues are a process and go by what they are about: `<A>–<B> peace talks`;
// - `<Place> talks` for talks known only by their venue ("the Oslo talks");
// - `<A>–<B> agreement` for an accord between two sides, in an article that speaks of it more than of talks.
import type { RelationshipType } from '../generated/graphql';
import { eventActs } from './eventActs';
import { findParties, firstTwoSides, OTHER_ACCORD, shortestName, sideLabel, signingParties, talksParties, type Parties, type Side } from './eventParties';
import { eventNounAt, namedEventStart, SUBJECT_WORDS, TRUCE_NOUNS, type EventWord } from './eventWords';
import { gazetteer, tokenKey } from './gazetteer';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';
import type { TextSpan } from './types';
import { findWarEvent } from './warEvent';
import { findExchangeEvent } from './exchangeEvent';
import { summitAt, summitRefersBack } from './gatherings';
import { describedSummitAt } from './describedSummits';
import { eventPledges } from './eventPledges';
import { eventParticipation } from './eventParticipation';
import { targetAfter, actorMentions, hypothetical } from './clauses';
import { accessionParties } from './accessionTalks';

/** An event noun or an accord's name ("the talks", "the Helsinki Accords") at tokens first…last (exclusive). */
interface Occurrence { s: number; first: number; last: number; word: EventWord; named?: boolean }

interface Place { place: Mention; s: number; anchor: number }

export interface ProcessEvent {
  id: string;
  name: string;
  occurrences: Occurrence[];
  parties: [Side, Side] | null;
  partiesFrom: string;
  partiesSpan: TextSpan | null;
  /** Where it was held or signed; the first is the one its name may carry. */
  places: Place[];
  /** Tokens (per sentence) of other accords named in passing, whose acts are not this event's. */
  foreign: Map<number, Set<number>>;
}

/** The words of a named accord from token `start` up to its head `k`, as written. */
function nameText(tokens: readonly Token[], start: number, k: number, text: string): string {
  return text.slice(tokens[start]?.start ?? 0, tokens[k]?.end ?? 0);
}

/**
 * The accord or summit the article names by a proper name ("the Helsinki Accords") at least twice in its text,
 * or in its text and its title: named once in passing, an accord is not what the article is about.
 */
function findNamedEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], title: readonly Token[]): { name: string; at: Occurrence[]; foreign: Map<number, Set<number>> } | null {
  const found = new Map<string, { name: string; at: Occurrence[] }>();
  sentences.forEach((s, i) => {
    s.tokens.forEach((_, k) => {
      const start = namedEventStart(s.tokens, k);
      if (start < 0) return;
      const name = nameText(s.tokens, start, k, ctx.text);
      const key = slug(name);
      const entry = found.get(key) ?? { name, at: [] };
      entry.at.push({ s: i, first: start, last: k + 1, word: s.tokens[k]?.lower === 'summit' ? 'talks' : 'deal', named: true });
      found.set(key, entry);
    });
  });
  const inTitle = (key: string): boolean => title.some((_, k) => {
    const start = namedEventStart(title, k);
    return start >= 0 && slug(title.slice(start, k + 1).map((t) => t.text).join(' ')) === key;
  });
  const ranked = [...found.entries()].filter(([key, e]) => e.at.length >= 2 || inTitle(key)).sort((a, b) => b[1].at.length - a[1].at.length);
  const best = ranked[0];
  const foreign = new Map<number, Set<number>>();
  for (const [key, e] of found) {
    if (key === best?.[0]) continue;
    for (const o of e.at) {
      const set = foreign.get(o.s) ?? new Set<number>();
      for (let k = o.first; k < o.last; k++) set.add(k);
      foreign.set(o.s, set);
    }
  }
  return best ? { name: best[1].name, at: best[1].at, foreign } : { name: '', at: [], foreign };
}

/** What talks are called when named by their parties or place: "summit" when the article only says so, else "talks". */
function headNoun(sentences: readonly SentenceTokens[], occurrences: readonly Occurrence[]): 'summit' | 'talks' {
  const words = occurrences.filter((o) => o.word === 'talks').map((o) => sentences[o.s]?.tokens[o.last - 1]?.lower ?? '');
  return words.length > 0 && words.every((w) => w === 'summit' || w === 'summits') ? 'summit' : 'talks';
}

/** "the Oslo Summit" for talks held in Oslo: a summit named after the venue, anywhere in the text. */
function summitNamedFor(ctx: ReadingContext, sentences: readonly SentenceTokens[], place: string): string | null {
  for (const s of sentences) {
    for (let k = 0; k < s.tokens.length; k++) {
      if (s.tokens[k]?.text !== 'Summit') continue;
      const start = namedEventStart(s.tokens, k);
      const name = start >= 0 ? nameText(s.tokens, start, k, ctx.text) : '';
      if (name === `${place} Summit`) return name;
    }
  }
  return null;
}

const HELD_VERBS = /^(signed|held|concluded|reached|sealed|inked|struck|agreed|finalised|finalized|brokered|convened|began|begun|opened|resumed|took)$/;

/**
 * Where the talks or the signing took place, best evidence first: "the Oslo talks", "talks in Oslo", "signed in
 * Oslo", "began in 2019 in Oslo", "met in Oslo for … talks".
 */
function findPlaces(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], occurrences: readonly Occurrence[]): Place[] {
  const found: Place[] = [];
  const add = (place: Mention | undefined, s: number, anchor: number): void => {
    if (place && !found.some((p) => p.place.entityId === place.entityId)) found.push({ place, s, anchor });
  };
  const places = (i: number) => (mentions[i] ?? []).filter((m) => m.kind === 'PLACE' && !m.inTitle);
  for (const o of occurrences) if (o.word === 'talks') add(places(o.s).find((m) => m.last === o.first), o.s, o.first);
  for (const o of occurrences) {
    const tokens = sentences[o.s]?.tokens ?? [];
    if (o.word === 'talks' && tokens[o.last]?.lower === 'in') add(places(o.s).find((m) => m.first > o.last && m.first <= o.last + 2), o.s, o.first);
  }
  for (const o of occurrences) {
    const tokens = sentences[o.s]?.tokens ?? [];
    // "the accord, signed in Oslo", "negotiations … began in 2017 in Quito": a date may come first.
    for (let v = o.last; v < Math.min(tokens.length, o.last + 6); v++) {
      if (!HELD_VERBS.test(tokens[v]?.lower ?? '') || hypothetical(tokens, v)) continue;
      let k = v + 1;
      if (tokens[v]?.lower === 'took' && tokens[k]?.lower === 'place') k++;
      if (tokens[k]?.lower === 'in' && /^\d{4}$/.test(tokens[k + 1]?.text ?? '')) k += 2;
      if (tokens[k]?.lower === 'in') add(places(o.s).find((m) => m.first === k + 1 || (m.first === k + 2 && tokens[k + 1]?.lower === 'the')), o.s, o.first);
      break;
    }
  }
  for (const o of occurrences) {
    if (o.word !== 'talks') continue;
    const s = sentences[o.s];
    if (!s) continue;
    // "met in Istanbul for their first … talks", "arrived in Oslo on Friday to join the negotiations"
    add(places(o.s).find((m) => m.last < o.first && o.first - m.last <= 9
      && /^(met|meet|meeting|arrive|arrived|gathered|convened)$/.test(s.tokens[m.first - 2]?.lower ?? '') && s.tokens[m.first - 1]?.lower === 'in'), o.s, o.first);
  }
  return found;
}

/** A ceasefire named by its place ("a Gaza ceasefire", "a truce in the Gaza Strip"): the place's shortest form. */
function truceByPlace(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], occurrences: readonly Occurrence[]): string | null {
  for (const o of occurrences) {
    if (o.word !== 'ceasefire') continue;
    const ms = mentions[o.s] ?? [];
    const tokens = sentences[o.s]?.tokens ?? [];
    const before = ms.find((m) => m.kind === 'PLACE' && m.last === o.first);
    const after = ms.find((m) => m.kind === 'PLACE' && tokens[o.last]?.lower === 'in' && m.first > o.last && m.first <= o.last + 2);
    const m = before ?? after;
    if (m) return shortestName(ctx, m.entityId);
  }
  return null;
}

/** "Gaza cease-fire hopes rise": a ceasefire the title names by a place the text names too. */
function titleTruceByPlace(ctx: ReadingContext, title: readonly Token[]): string | null {
  const g = gazetteer();
  for (let k = 1; k < title.length; k++) {
    if (!eventNounAt(title, k) || eventNounAt(title, k)?.word !== 'ceasefire') continue;
    const place = g.entries.get(tokenKey([title[k - 1]?.text ?? '']))?.[0]?.entity;
    if (place?.kind === 'PLACE' && ctx.table.get(place.id)) return shortestName(ctx, place.id);
  }
  return null;
}

/** What the talks are about when it names a process ("peace talks"), from the first occurrence that says. */
function subjectOf(sentences: readonly SentenceTokens[], occurrences: readonly Occurrence[], word: EventWord = 'talks'): string | null {
  for (const o of occurrences) {
    const before = sentences[o.s]?.tokens[o.first - 1]?.lower ?? '';
    if (o.word === word && SUBJECT_WORDS.has(before)) return before;
  }
  return null;
}

export function findProcessEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], title: readonly Token[], relations: readonly Candidate[] = []): ProcessEvent | null {
  const occurrences: Occurrence[] = [];
  // Summits that are events of their own: acts towards them are not acts towards this event.
  const summits = new Map<number, Set<number>>();
  sentences.forEach((s, i) => {
    for (let k = 0; k < s.tokens.length; k++) {
      const n = eventNounAt(s.tokens, k);
      if (n && (summitAt(s.tokens, mentions[i] ?? [], k) >= 0 || describedSummitAt(s.tokens, mentions[i] ?? [], k))) summits.set(i, new Set([...(summits.get(i) ?? []), k]));
      // A summit named by its convener ("the G7 summit") or described ("the peace summit planned for Lima") is its
      // own event (gatherings.ts).
      if (n && (summitAt(s.tokens, mentions[i] ?? [], k) >= 0 || describedSummitAt(s.tokens, mentions[i] ?? [], k) || summitRefersBack(sentences, mentions, i, k))) continue;
      if (n) { occurrences.push({ s: i, first: k, last: n.last, word: n.word }); k = n.last - 1; }
    }
  });
  const named = findNamedEvent(ctx, sentences, title);
  // The name replaces the bare noun it ends on ("Accord" of "the Helsinki Accord").
  for (const o of named?.at ?? []) {
    const bare = occurrences.findIndex((x) => x.s === o.s && x.last === o.last);
    if (bare >= 0) occurrences.splice(bare, 1);
    occurrences.push(o);
  }
  occurrences.sort((a, b) => a.s - b.s || a.first - b.first);
  // Accords named in passing are other events: their nouns are not this one's occurrences. So are accords set
  // apart from it ("a separate peace agreement between …", "an earlier truce").
  const foreign = new Map<number, Set<number>>(named?.foreign ?? []);
  for (const [i, ks] of summits) foreign.set(i, new Set([...(foreign.get(i) ?? []), ...ks]));
  for (const o of occurrences) {
    const tokens = sentences[o.s]?.tokens ?? [];
    if (o.named || !tokens.slice(Math.max(0, o.first - 3), o.first).some((t) => OTHER_ACCORD.test(t.lower))) continue;
    const set = new Set(foreign.get(o.s) ?? []);
    for (let k = o.first; k < o.last; k++) set.add(k);
    foreign.set(o.s, set);
  }
  const own = occurrences.filter((o) => !foreign.get(o.s)?.has(o.first));
  if (own.length === 0) return null;
  const titleWords = title.map((t) => t.lower);
  const count = (w: EventWord): number => own.filter((o) => o.word === w).length;
  const titleTruce = titleWords.some((w) => TRUCE_NOUNS.has(w)) || titleWords.join(' ').includes('cease - fire');
  const talks = count('talks') > 0;
  // "ceasefire options" in an article about peace talks does not make it a ceasefire: the more frequent wins.
  let ceasefire = (count('ceasefire') > 0 || titleTruce) && count('ceasefire') + (titleTruce ? 1 : 0) >= count('talks');
  let placeName = truceByPlace(ctx, sentences, mentions, own);
  if (placeName) ceasefire = true;
  let parties: Parties | null = findParties(ctx, sentences, mentions, title);
  // "A and B held peace talks. Delegations from C and D also attended.": the sides shown holding the talks are its
  // parties; delegations named in passing are guests (a pair only read from delegations or a compound yields).
  if (talks && !ceasefire && (parties?.from === 'delegations' || parties?.from === 'compound')) {
    const holding = talksParties(ctx, relations);
    const same = holding && parties && holding.parties.every((p) => parties?.parties.some((q) => q.id === p.id));
    if (holding && !same) parties = holding;
  }
  if (ceasefire && !placeName && !parties) placeName = titleTruceByPlace(ctx, title);
  if (!parties && ceasefire && !placeName) parties = firstTwoSides(ctx, sentences, mentions);
  // An agreement two sides sign or reach, in an article that speaks of it more than of talks and is no truce's.
  const agreement = count('deal') > count('talks') && !ceasefire;
  if (!parties && agreement) parties = signingParties(ctx, relations);
  if (!parties && talks && !ceasefire) parties = talksParties(ctx, relations) ?? accessionParties(ctx, sentences, mentions, own);
  const places = findPlaces(sentences, mentions, own);
  const where = places[0];
  const label = (side: Side) => sideLabel(ctx, side);
  const labelId = (side: Side) => (label(side) === side.name ? side.id : slug(label(side)));
  let id: string;
  let name: string;
  if (named?.name) {
    name = named.name;
    id = slug(name);
  } else if (ceasefire && placeName) {
    id = `${slug(placeName)}-ceasefire-talks`;
    name = `${placeName} ceasefire talks`;
  } else if (ceasefire && parties) {
    id = `${parties.parties[0].id}-${parties.parties[1].id}-ceasefire`;
    name = `${parties.parties[0].name}–${parties.parties[1].name} ceasefire`;
  } else if (agreement && parties) {
    const [a, b] = parties.parties;
    // What the accord settles, when the article says ("a peace deal"): `<A>–<B> peace agreement`.
    const subject = subjectOf(sentences, own, 'deal');
    id = slug(`${labelId(a)} ${labelId(b)} ${subject ?? ''} agreement`);
    name = `${label(a)}–${label(b)} ${subject ? `${subject} ` : ''}agreement`;
  } else if (talks && parties) {
    const [a, b] = parties.parties;
    // Talks the article places in two venues or more are a process that moved ("began in Oslo, resumed in
    // Geneva"): named by what they are about, when it says ("peace talks"), not by one of the venues.
    // Accession talks are always a process: named by their subject, never by a venue.
    const subject = parties.from === 'accession' ? 'accession' : places.length >= 2 ? subjectOf(sentences, own) : null;
    const placeDraft = where && !subject ? ctx.table.get(where.place.entityId) : undefined;
    const noun = headNoun(sentences, own);
    id = subject ? slug(`${labelId(a)} ${labelId(b)} ${subject} ${noun}`) : `${labelId(a)}-${labelId(b)}${placeDraft ? `-${placeDraft.id}` : ''}-${noun}`;
    name = `${label(a)}–${label(b)} ${subject ? `${subject} ` : ''}${noun}${placeDraft ? ` in ${placeDraft.name}` : ''}`;
  } else if (talks && where) {
    // Talks named only by their place ("the talks in Doha").
    const placeDraft = ctx.table.get(where.place.entityId);
    if (!placeDraft) return null;
    // The article may also call them by a proper name on their venue, once ("the Oslo Summit").
    const summit = summitNamedFor(ctx, sentences, placeDraft.name);
    const noun = headNoun(sentences, own);
    id = summit ? slug(summit) : `${placeDraft.id}-${noun}`;
    name = summit ?? `${placeDraft.name} ${noun}`;
  } else {
    return null;
  }
  return { id, name, occurrences: own, parties: parties?.parties ?? null, partiesFrom: parties?.from ?? '', partiesSpan: parties?.span ?? null, places, foreign };
}

/**
 * "talks between A, B and C", "a meeting between the president and the two envoys": everyone the phrase lists
 * takes part, people too (findParties keeps the two principal sides, states and groups).
 */
function betweenParticipants(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], occurrences: readonly Occurrence[]): Array<{ m: Mention; span: TextSpan }> {
  const out: Array<{ m: Mention; span: TextSpan }> = [];
  for (const o of occurrences) {
    const s = sentences[o.s];
    if (!s || s.tokens[o.last]?.lower !== 'between' || hypothetical(s.tokens, o.first)) continue;
    const ms = mentions[o.s] ?? [];
    const group = targetAfter(actorMentions([...ms], s.tokens), ms, s.tokens, o.last + 1, 2).filter((m) => m.kind !== 'PLACE' && m.kind !== 'EVENT');
    const end = Math.max(...group.map((m) => m.end));
    for (const m of group) out.push({ m, span: { start: s.tokens[o.first]?.start ?? m.start, end: group.length > 1 ? m.end : end } });
  }
  return out;
}

/** Relations to the article's process event, and the event's mentions. */
export function findEvents(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], title: readonly Token[] = [], relations: readonly Candidate[] = []): Candidate[] {
  const ev = findProcessEvent(ctx, sentences, mentions, title, relations);
  const war = [...findWarEvent(ctx, sentences, mentions, ev, relations), ...findExchangeEvent(ctx, sentences, mentions, relations)];
  if (!ev) return war;
  ctx.table.ensure({ id: ev.id, name: ev.name, kind: 'EVENT' }, ctx.known.get(ev.id.replace(/-/g, '')));
  const eventId = ctx.table.get(ev.id)?.id ?? ev.id;
  for (const o of ev.occurrences) {
    const tokens = sentences[o.s]?.tokens ?? [];
    const first = tokens[o.first];
    const last = tokens[o.last - 1];
    if (!first || !last) continue;
    let start = first.start;
    // The phrase as written, with its determiner and modifiers ("the Cairo talks", "the cease-fire agreement").
    // A name is written without its article ("Helsinki Accords").
    for (let k = o.first - 1; !o.named && k >= Math.max(0, o.first - 3); k--) {
      const t = tokens[k];
      if (!t || !t.isWord && t.text !== '-') break;
      start = t.start;
      if (/^(the|a|an|this|their|its)$/.test(t.lower)) break;
    }
    ctx.table.addMention(eventId, { start: first.start, end: last.end }, ctx.text.slice(start, last.end));
  }
  const out: Candidate[] = [];
  const add = (type: RelationshipType, from: string, to: string, start: number, end: number, confidence: number, rule: string): void => {
    out.push({ type, from, to, start, end, confidence, rule });
  };
  // Structural facts: the two sides take part and negotiate with each other (an accord signed between them: they
  // agree, CAMEO 057); the talks' place.
  const structural = ev.partiesFrom === 'between-truce' || ev.partiesFrom === 'between-deal' || ev.partiesFrom === 'delegations'
    || (ev.partiesFrom !== 'title' && ev.partiesFrom !== 'fallback' && ev.partiesFrom !== 'talks-verb' && ev.partiesFrom !== 'accession' && !ev.id.endsWith('-ceasefire'));
  if (ev.parties && structural) {
    const [a, b] = ev.parties;
    const span = ev.partiesSpan ?? sentenceSpanWith(ctx, sentences, [a.id, b.id]);
    const mutual: RelationshipType = ev.partiesFrom === 'between-deal' || ev.partiesFrom === 'signers' ? 'AGREES_WITH' : 'NEGOTIATES';
    if (span) {
      add('PARTICIPATES_IN', a.id, eventId, span.start, span.end, 0.8, 'event:party');
      add('PARTICIPATES_IN', b.id, eventId, span.start, span.end, 0.8, 'event:party');
      add(mutual, a.id, b.id, span.start, span.end, 0.8, 'event:party');
      add(mutual, b.id, a.id, span.start, span.end, 0.8, 'event:party');
    }
  }
  for (const { m, span } of betweenParticipants(sentences, mentions, ev.occurrences)) add('PARTICIPATES_IN', m.entityId, eventId, span.start, span.end, 0.8, 'event:between');
  for (const p of ev.places) {
    const t = sentences[p.s]?.tokens[p.anchor];
    if (t) add('LOCATED_IN', eventId, p.place.entityId, Math.min(t.start, p.place.start), Math.max(t.end, p.place.end), 0.8, 'event:place');
  }
  // Those the sentences show negotiating in talks ("X and Y resumed peace talks") take part in them.
  // The act's anchor goes along, so a denial of the talks ("X denied it was in talks with Y") covers this too.
  for (const c of relations) {
    if (c.rule.startsWith('talks:') && c.stance !== 'DISPUTES') out.push({ type: 'PARTICIPATES_IN', from: c.from, to: eventId, start: c.start, end: c.end, confidence: 0.8, rule: 'event:talks-party', anchor: c.anchor });
  }
  // Those shown holding the talks are sides too: no effort of theirs mediates them.
  const sides = new Set([...(ev.parties?.map((p) => p.id) ?? []), ...relations.filter((c) => c.rule.startsWith('talks:')).map((c) => c.from)]);
  const deal = ev.occurrences.some((o) => o.word === 'deal');
  sentences.forEach((s, i) => out.push(...eventActs(s, mentions[i] ?? [], eventId, sides, { foreign: ev.foreign.get(i) ?? new Set(), deal })));
  const peace = !ev.id.endsWith('-talks') || ev.id.endsWith('-peace-talks') || ev.id.endsWith('-ceasefire-talks');
  sentences.forEach((s, i) => out.push(...eventPledges(s, mentions[i] ?? [], eventId, ev.foreign.get(i) ?? new Set(), peace)));
  sentences.forEach((s, i) => out.push(...eventParticipation(s, mentions[i] ?? [], eventId, ev.foreign.get(i) ?? new Set())));
  return [...out, ...war];
}

function sentenceSpanWith(ctx: ReadingContext, sentences: readonly SentenceTokens[], ids: string[]): TextSpan | null {
  for (const s of sentences.slice(0, 200)) {
    const spans = ids.map((id) => ctx.table.get(id)?.mentions.find((m) => m.start >= s.start && m.end <= s.end));
    if (spans.every((x) => x)) {
      const start = Math.min(...spans.map((x) => x?.start ?? 0));
      const end = Math.max(...spans.map((x) => x?.end ?? 0));
      return { start, end };
    }
  }
  return null;
}
