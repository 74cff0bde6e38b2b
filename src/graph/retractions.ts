// Retraction: a fact is never deleted for being wrong; it is marked, with who, when and why, and hidden from reads.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { toDateTimeString } from '../db/values';
import { BadUserInputError } from '../errors';
import { relationshipIn } from './editing';
import type { RelationshipModel } from './models';

export async function retractRelationship(tx: ManagedTransaction, id: string, reason: string, actor: string): Promise<RelationshipModel> {
  const [row] = await runIn(tx, 'retract-relationship', { id, reason, actor });
  if (!row) throw new BadUserInputError('invalid input', [{ path: 'id', message: `unknown relationship "${id}"` }]);
  if (row.already === true) {
    const when = toDateTimeString(row.retractedAt);
    throw new BadUserInputError('invalid input', [{ path: 'id', message: `"${id}" was already retracted (${when ?? '?'} by ${String(row.retractedBy)})` }]);
  }
  const rel = await relationshipIn(tx, id);
  if (!rel) throw new Error(`relationship ${id} vanished inside its own transaction`);
  return rel;
}
