// New events of an article placed against the graph's events: the same kind of event (eventKinds.ts) between
// the same principal parties, in the same place and at about the same time, or under the same name, is the
// event the graph already has, not a `-2` twin. Pure: the candidates come from src/graph/resolution.ts.
import type { EventCandidate, EventQuery } from '../graph/resolution';
import { nameKey } from '../graph/vocabulary';
import type { ExtractedEntity, Extraction } from '../reading/types';
import { eventHeadKey, eventKind, eventNameKey } from './eventKinds';
import type { Resolution } from './resolution';

/** How far (days) before a graph event's first report or after its last an article may still be about it. */
export const EVENT_WINDOW_DAYS = 120;

/**
 * The same window for a process named as such ("Gaza ceasefire talks", "Colombia–ELN peace talks"): its rounds
 * run for years (the Gaza ceasefire talks of the gold span April 2024 to August 2025), while talks of one venue
 * or date are one round.
 */
export const PROCESS_WINDOW_DAYS = 730;

/** How far the best candidate must score above the next for several fitting candidates to name one. */
export const CLEAR_LEAD = 0.5;

const ACTOR_KINDS = new Set(['COUNTRY', 'ORGANIZATION', 'PERSON', 'GROUP']);
/** An actor so linked to the event is one of its sides. */
const PARTY_TYPES = new Set(['PARTICIPATES_IN', 'NEGOTIATES', 'CEASEFIRE_WITH']);
/** An actor so linked helps the event along without being a side. */
const HELPER_TYPES = new Set(['MEDIATES', 'HOSTS']);
/** Pairs of actors that name the sides of talks, a truce or a war when the event's own links do not. */
const PAIR_TYPES = new Set(['NEGOTIATES', 'CEASEFIRE_WITH', 'IN_CONFLICT_WITH']);

/** A new event as the article tells it, in graph ids: only entities the graph already holds can be compared. */
export interface EventReading {
  id: string;
  name: string;
  /** Principal parties (graph ids), in order of first mention. */
  parties: string[];
  /** Where it takes place (graph id), when the article says. */
  place: string | null;
  helpers: string[];
  /** The article's date (YYYY-MM-DD), when known. */
  date: string | null;
}

/** The article's reading of each new event, parties and place among the entities the graph already holds. */
export function eventReadings(extraction: Extraction, date: string | null): EventReading[] {
  const known = new Map(extraction.entities.filter((e) => e.existing).map((e) => [e.id, e]));
  const isActor = (id: string) => ACTOR_KINDS.has(known.get(id)?.kind ?? '');
  const order = new Map(extraction.entities.map((e, i) => [e.id, i]));
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return extraction.entities.filter((e) => !e.existing && e.kind === 'EVENT').map((event) => {
    const towards = extraction.relationships.filter((r) => r.to === event.id && isActor(r.from));
    const direct = new Set(towards.filter((r) => PARTY_TYPES.has(r.type)).map((r) => r.from));
    const helpers = new Set(towards.filter((r) => HELPER_TYPES.has(r.type)).map((r) => r.from));
    let parties = direct;
    if (direct.size < 2) {
      // "Israel and Hamas negotiated …, mediated by Qatar": a pair of sides that are not the event's helpers.
      const ends = extraction.relationships
        .filter((r) => PAIR_TYPES.has(r.type) && isActor(r.from) && isActor(r.to) && !helpers.has(r.from) && !helpers.has(r.to))
        .flatMap((r) => [r.from, r.to]);
      const pair = new Set([...direct, ...ends]);
      if (pair.size === 2) parties = pair;
    }
    const place = extraction.relationships.find((r) => r.type === 'LOCATED_IN' && r.from === event.id && known.has(r.to))?.to ?? null;
    return { id: event.id, name: event.name, parties: sorted(parties), place, helpers: sorted(helpers), date };
  });
}

/** What to ask the graph about a new event: its parties and its own name (not its aliases: "the talks" names anything). */
export function eventQuery(reading: EventReading): EventQuery {
  return { id: reading.id, parties: reading.parties, keys: [nameKey(reading.name)].filter(Boolean) };
}

function days(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** Whether the article's date lies within the window around the candidate's reports; true when either is undated. */
export function withinWindow(date: string | null, c: Pick<EventCandidate, 'firstReported' | 'lastReported'>, window = EVENT_WINDOW_DAYS): boolean {
  if (!date || !c.firstReported || !c.lastReported || Number.isNaN(days(date))) return true;
  const d = days(date);
  return d >= days(c.firstReported) - window && d <= days(c.lastReported) + window;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
const jaccard = (a: readonly string[], b: readonly string[]) => {
  const union = new Set([...a, ...b]).size;
  return union ? shared(a, b) / union : 0;
};

/** The candidate's names, and its id: an id is the slug of a name the event was given. */
const namesOf = (c: EventCandidate): string[] => [c.name, ...c.aliases, c.id.replace(/-/g, ' ')];

/** Whether the reading's name is one of the candidate's names, spelling, articles and synonyms aside. */
function sameName(reading: EventReading, c: EventCandidate): boolean {
  const key = eventNameKey(reading.name);
  return key !== '' && namesOf(c).some((n) => eventNameKey(n) === key);
}

/**
 * Whether the reading names the process the candidate is a round of: its name has nothing after its head ("Gaza
 * ceasefire talks") and that head is the head of one of the candidate's names ("Gaza ceasefire negotiations in
 * Doha").
 */
function sameProcess(reading: EventReading, c: EventCandidate): boolean {
  const head = eventHeadKey(reading.name);
  return head.key !== '' && !head.tail && namesOf(c).some((n) => eventHeadKey(n).key === head.key);
}

/**
 * Whether the graph event `c` is the event `reading` tells of. The kind of event (from each name's head noun)
 * must agree. A reading that names the process `c` is a round of fits within PROCESS_WINDOW_DAYS of its reports.
 * Otherwise the article must fall within EVENT_WINDOW_DAYS (talks of the same name years apart are other talks),
 * and either the names are the same (spelling, articles and synonyms aside), or the two share at least two
 * principal parties, one's parties hold the other's, and no place contradicts (both named, and different).
 */
export function eventFits(reading: EventReading, c: EventCandidate): boolean {
  const kind = eventKind(reading.name);
  if (kind !== eventKind(c.name)) return false;
  if (sameProcess(reading, c)) return withinWindow(reading.date, c, PROCESS_WINDOW_DAYS);
  if (!withinWindow(reading.date, c)) return false;
  if (sameName(reading, c)) return true;
  if (!kind) return false;
  const common = shared(reading.parties, c.parties);
  if (common < 2 || common < Math.min(reading.parties.length, c.parties.length)) return false;
  return !(reading.place && c.places.length && !c.places.includes(reading.place));
}

/** How well a fitting candidate matches: parties in common, then the place, the name and the helpers. */
export function eventScore(reading: EventReading, c: EventCandidate): number {
  return jaccard(reading.parties, c.parties)
    + (reading.place && c.places.includes(reading.place) ? 0.5 : 0)
    + (sameName(reading, c) || sameProcess(reading, c) ? 1 : 0)
    + 0.25 * jaccard(reading.helpers, c.helpers);
}

/**
 * The graph event `reading` is, or null for a new one: the only fitting candidate, or of several the best when
 * it scores clearly (CLEAR_LEAD) above the next; two about as good could each be it, so neither is chosen.
 */
export function chooseEvent(reading: EventReading, candidates: readonly EventCandidate[]): EventCandidate | null {
  const fitting = [...new Map(candidates.map((c) => [c.id, c])).values()]
    .filter((c) => eventFits(reading, c))
    .map((c) => ({ c, score: eventScore(reading, c) }))
    .sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id));
  const [best, next] = fitting;
  if (!best) return null;
  return !next || best.score - next.score >= CLEAR_LEAD ? best.c : null;
}

/** The resolution of a new event that is the graph's `c`: its id, name and kind, the article's name an alias. */
export function linkEvent(entity: ExtractedEntity, c: EventCandidate): Resolution {
  return { action: 'link', id: c.id, name: c.name, kind: c.kind, aliases: [entity.name] };
}
