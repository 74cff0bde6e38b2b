// The graph as the reader's dictionary: name keys in, the one entity each names out, in one read round trip.
import type { Database, RoundTripCounter } from '../db/database';
import { type Row, map, oneOf, str } from '../db/rowShape';
import type { EntityDictionary, KnownEntity } from '../reading/types';
import { isEntityKind } from './vocabulary';

/** An `e {.id, .name, .kind}` map. */
export function toKnownEntity(m: Row): KnownEntity {
  return { id: str(m, 'id'), name: str(m, 'name'), kind: oneOf(m, 'kind', 'an entity kind', isEntityKind) };
}

/** An EntityDictionary over the graph's NameKeys; keys naming several entities are left out (ambiguous). */
export function graphDictionary(db: Database, counter?: RoundTripCounter): EntityDictionary {
  return async (keys) => {
    const found = new Map<string, KnownEntity>();
    const unique = [...new Set(keys)].filter(Boolean);
    if (!unique.length) return found;
    const rows = await db.read('entities-by-name-keys', { keys: unique }, counter);
    for (const row of rows) found.set(str(row, 'key'), toKnownEntity(map(row, 'entity')));
    return found;
  };
}
