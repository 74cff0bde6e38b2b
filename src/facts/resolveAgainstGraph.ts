// Resolution against the graph, between the reader and the write: new people named by a short (or a fuller)
// form of someone the graph holds become that person; new events the graph already holds (same kind, same
// parties, place and time, or the same name) become that event. Both candidate reads go out together, so this
// costs one round trip; readAgainstGraph runs it, so `extract` previews exactly what `ingestArticle` writes.
import type { Database, RoundTripCounter } from '../db/database';
import { eventCandidates, personCandidates } from '../graph/resolution';
import type { Extraction } from '../reading/types';
import { eventName } from './eventNames';
import { applyResolutions, type Resolution } from './resolution';
import { chooseEvent, eventQuery, eventReadings, linkEvent } from './resolveEvents';
import { personQuery, resolvePerson } from './resolvePeople';

/** `extraction` (as read with the graph dictionary) with its new people and events resolved against the graph. */
export async function resolveAgainstGraph(db: Database, extraction: Extraction, date: string | null, counter?: RoundTripCounter): Promise<Extraction> {
  const people = extraction.entities.flatMap((e) => personQuery(e) ?? []);
  // Events are compared by parties the dictionary linked; a party linked only by resolving people here is not
  // used (rare: the sides of talks are states and groups, which the dictionary knows by their full names).
  const readings = eventReadings(extraction, date);
  const [peopleFound, eventsFound] = await Promise.all([
    personCandidates(db, people, counter),
    eventCandidates(db, readings.map(eventQuery), counter),
  ]);
  const resolutions = new Map<string, Resolution>();
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  for (const query of people) {
    const entity = byId.get(query.id);
    const found = peopleFound.get(query.id);
    const r = entity && found ? resolvePerson(entity, found) : null;
    if (r) resolutions.set(query.id, r);
  }
  for (const reading of readings) {
    const entity = byId.get(reading.id);
    if (!entity) continue;
    const chosen = chooseEvent(reading, eventsFound.get(reading.id) ?? []);
    if (chosen) {
      resolutions.set(reading.id, linkEvent(entity, chosen));
      continue;
    }
    const nameOf = (id: string) => byId.get(id)?.name ?? id;
    // Talks are named by the states and groups that hold them, not by the people who attend ("Riyadh talks").
    const sides = reading.parties.filter((id) => byId.get(id)?.kind !== 'PERSON');
    const better = eventName(entity.name, sides.map(nameOf), reading.place ? nameOf(reading.place) : null);
    if (better && better !== entity.name) resolutions.set(reading.id, { action: 'rename', name: better, aliases: [] });
  }
  return applyResolutions(extraction, resolutions);
}
