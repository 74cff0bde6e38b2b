// Ids the reader proposes for new entities, checked against the graph before anything is written: an id may
// already belong to an entity (or a merged duplicate) that the dictionary did not offer.
import type { ManagedTransaction } from 'neo4j-driver';
import { type Database, type RoundTripCounter, runIn } from '../db/database';
import { type Row, bool, oneOf, str, strList } from '../db/rowShape';
import type { KnownEntity } from '../reading/types';
import { isEntityKind } from './vocabulary';

export interface IdClaim {
  /** The entity the id names now (for a merged duplicate's id: the entity it became); null when free. */
  holder: KnownEntity | null;
  /** The holder's name keys. */
  keys: string[];
}

/** For each id, who holds it; one read round trip. */
export async function entityIdClaims(db: Database, ids: readonly string[], counter?: RoundTripCounter): Promise<Map<string, IdClaim>> {
  return ids.length ? claimsOf(await db.read('entity-id-claims', { ids: [...new Set(ids)] }, counter)) : new Map();
}

/** The same, inside a write transaction: what the write then decides on is what the graph holds at that moment. */
export async function entityIdClaimsIn(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, IdClaim>> {
  return ids.length ? claimsOf(await runIn(tx, 'entity-id-claims', { ids: [...new Set(ids)] })) : new Map();
}

function claimsOf(rows: readonly Row[]): Map<string, IdClaim> {
  const claims = new Map<string, IdClaim>();
  for (const row of rows) {
    const holder = bool(row, 'taken')
      ? { id: str(row, 'entityId'), name: str(row, 'name'), kind: oneOf(row, 'kind', 'an entity kind', isEntityKind) }
      : null;
    claims.set(str(row, 'id'), { holder, keys: holder ? strList(row, 'keys') : [] });
  }
  return claims;
}
