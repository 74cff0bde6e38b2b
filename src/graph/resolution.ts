// Candidates for resolving an article's new people and events against the graph: who the graph holds under a
// fuller or shorter form of a name, which events share an event's parties or names. Reads only; the choice
// among candidates is made in src/facts/ (resolvePeople, resolveEvents).
import type { Database, RoundTripCounter } from '../db/database';
import { type Row, map, optDate, oneOf, str, strList } from '../db/rowShape';
import { int } from '../db/values';
import { nameWordsQuery } from './lucene';
import { isEntityKind } from './vocabulary';
import type { EntityKind } from '../generated/graphql';

/** Most candidates per query and direction; a common first name past it is ambiguous anyway. */
export const CANDIDATE_LIMIT = 25;

/** A graph entity as candidate: the names it goes by. */
export interface CandidateEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

export interface PersonQuery {
  /** The new person's id in the extraction. */
  id: string;
  /** Its name's words (each a group of spellings) when it is a short form: look for people holding all of them. */
  shortWords: string[][] | null;
  /** Its name's words when it is a full name: look for people named by any of them (the caller keeps short forms). */
  fullWords: string[][] | null;
}

export interface PersonCandidates {
  /** People whose name or alias holds every word of the short form. */
  fuller: CandidateEntity[];
  /** People whose name holds a word of the full name. */
  shorter: CandidateEntity[];
}

export interface EventQuery {
  id: string;
  /** Graph ids of the event's principal parties (only parties the graph already holds). */
  parties: string[];
  /** Name keys (nameKey) of the event's names. */
  keys: string[];
}

export interface EventCandidate extends CandidateEntity {
  parties: string[];
  places: string[];
  helpers: string[];
  /** First and last publication day (YYYY-MM-DD) of the sources of its facts; null when none has one. */
  firstReported: string | null;
  lastReported: string | null;
}

function toCandidate(m: Row): CandidateEntity {
  return { id: str(m, 'id'), name: str(m, 'name'), kind: oneOf(m, 'kind', 'an entity kind', isEntityKind), aliases: strList(m, 'aliases') };
}

const unique = (list: readonly string[]) => [...new Set(list)];

/** For each new person, the graph's people under a fuller or shorter form of its name; one read round trip. */
export async function personCandidates(db: Database, queries: readonly PersonQuery[], counter?: RoundTripCounter): Promise<Map<string, PersonCandidates>> {
  const found = new Map<string, PersonCandidates>();
  const people = queries.map((q) => ({
    id: q.id,
    fuller: q.shortWords ? nameWordsQuery(q.shortWords, 'all', ['name', 'aliasText']) : null,
    shorter: q.fullWords ? nameWordsQuery(q.fullWords, 'any', ['name']) : null,
  })).filter((q) => q.fuller !== null || q.shorter !== null);
  for (const q of queries) found.set(q.id, { fuller: [], shorter: [] });
  if (!people.length) return found;
  const rows = await db.read('person-short-form-candidates', { people, limit: int(CANDIDATE_LIMIT) }, counter);
  for (const row of rows) {
    const slot = found.get(str(row, 'query'));
    const entity = toCandidate(map(row, 'entity'));
    if (!slot) continue;
    (str(row, 'direction') === 'fuller' ? slot.fuller : slot.shorter).push(entity);
  }
  return found;
}

/** For each new event, the graph's events sharing two of its parties, one of its names or its id; one read round trip. */
export async function eventCandidates(db: Database, queries: readonly EventQuery[], counter?: RoundTripCounter): Promise<Map<string, EventCandidate[]>> {
  const found = new Map<string, EventCandidate[]>(queries.map((q) => [q.id, []]));
  // Every query has at least its own id to look up (the event the reader's slug already names).
  const events = queries.map((q) => ({ id: q.id, parties: q.parties.length >= 2 ? unique(q.parties) : [], keys: unique(q.keys) }));
  if (!events.length) return found;
  const rows = await db.read('event-candidates', { events, limit: int(CANDIDATE_LIMIT) }, counter);
  for (const row of rows) {
    const list = found.get(str(row, 'query'));
    if (!list) continue;
    list.push({
      ...toCandidate(map(row, 'event')),
      parties: unique(strList(row, 'parties')),
      places: unique(strList(row, 'places')),
      helpers: unique(strList(row, 'helpers')),
      firstReported: optDate(row, 'firstReported'),
      lastReported: optDate(row, 'lastReported'),
    });
  }
  return found;
}
