// New people of an article placed against the graph's people by the words of their names (personNames.ts):
// a short form ("Sheikh Tamim") is the one graph person whose full name or proper alias holds its words; a full
// name ("Abbas Araghchi") is the one graph person an earlier reading knew only by a short form ("Araghchi").
// Pure: the candidates come from src/graph/resolution.ts.
import { CANDIDATE_LIMIT, type CandidateEntity, type PersonCandidates, type PersonQuery } from '../graph/resolution';
import type { ExtractedEntity } from '../reading/types';
import { isProperName, isRespelling, isShortFormName, isShortFormOf, nameWords, sameNameWords, searchWords } from './personNames';
import type { Resolution } from './resolution';

/** What to ask the graph about a new person; null for anything else (and for names without a name word). */
export function personQuery(entity: ExtractedEntity): PersonQuery | null {
  if (entity.existing || entity.kind !== 'PERSON') return null;
  const words = nameWords(entity.name);
  if (!words.length) return null;
  const groups = searchWords(entity.name);
  // Every new person asks for fuller forms (which include the same words spelt otherwise); a name of two words or
  // more also asks for graph people named by a part of it.
  return { id: entity.id, shortWords: groups, fullWords: words.length >= 2 ? groups : null };
}

const byId = (list: readonly CandidateEntity[]) => [...new Map(list.map((c) => [c.id, c])).values()];

/** Whether the graph person `c` is fully named by something `name` is a short form (or respelling) of. */
function holds(c: CandidateEntity, name: string): boolean {
  return isShortFormOf(name, c.name) || c.aliases.some((a) => isProperName(a) && isShortFormOf(name, a));
}

/**
 * Where the new person `entity` goes, or null to mint it as it is. A short form with one fitting graph person
 * links to them and keeps the short form as an alias. A short form that fits several cannot be placed: linking
 * it to one would be a guess, and minting it would make a person who is one of them, so it is dropped with its
 * relationships ('drop'). A list of candidates as long as the query's limit may hide more: that counts as several.
 * A full name that one graph person's whole name is a short form of links to that person and is proposed as
 * its name; the graph's short name becomes an alias (the id stays: ids never change).
 */
export function resolvePerson(entity: ExtractedEntity, candidates: PersonCandidates): Resolution | null {
  const fuller = byId(candidates.fuller).filter((c) => c.kind === 'PERSON' && holds(c, entity.name));
  const capped = candidates.fuller.length >= CANDIDATE_LIMIT;
  const short = isShortFormName(entity.name);
  const only = fuller[0];
  if (only && fuller.length === 1 && !capped) return { action: 'link', id: only.id, name: only.name, kind: only.kind, aliases: [] };
  if (short && (fuller.length > 1 || (fuller.length === 1 && capped))) return { action: 'drop' };
  if (fuller.length > 0) return null;
  const shorter = byId(candidates.shorter).filter((c) => c.kind === 'PERSON' && isShortFormOf(c.name, entity.name) && !sameNameWords(c.name, entity.name));
  const one = shorter[0];
  if (one && shorter.length === 1 && candidates.shorter.length < CANDIDATE_LIMIT) {
    return { action: 'link', id: one.id, name: entity.name, kind: one.kind, aliases: [one.name] };
  }
  if (shorter.length > 0) return null;
  // "Abdourahmane Tchiani" for the graph's "Abdourahamane Tchiani": one graph person whose name respells this one
  // is that person, under the graph's spelling (this one becomes an alias). Several: minted as it is.
  const respelt = byId(candidates.shorter).filter((c) => c.kind === 'PERSON' && (isRespelling(entity.name, c.name) || c.aliases.some((a) => isProperName(a) && isRespelling(entity.name, a))));
  const same = respelt[0];
  if (same && respelt.length === 1 && candidates.shorter.length < CANDIDATE_LIMIT) return { action: 'link', id: same.id, name: same.name, kind: same.kind, aliases: [] };
  return null;
}
