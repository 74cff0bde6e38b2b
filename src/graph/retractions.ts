// Retraction: a fact is never deleted for being wrong; it is marked, with who, when and why, and hidden from reads.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { bool, optDateTime, optStr } from '../db/rowShape';
import { BadUserInputError } from '../errors';
import { relationshipIn } from './editing';
import type { RelationshipModel } from './models';

export async function retractRelationship(tx: ManagedTransaction, id: string, reason: string, actor: string): Promise<RelationshipModel> {
  const [row] = await runIn(tx, 'retract-relationship', { id, reason, actor });
  if (!row) throw new BadUserInputError('invalid input', [{ path: 'id', message: `unknown relationship "${id}"` }]);
  if (bool(row, 'already')) {
    const when = optDateTime(row, 'retractedAt');
    throw new BadUserInputError('invalid input', [{ path: 'id', message: `"${id}" was already retracted (${when ?? '?'} by ${optStr(row, 'retractedBy') ?? 'null'})` }]);
  }
  const rel = await relationshipIn(tx, id);
  if (!rel) throw new Error(`relationship ${id} vanished inside its own transaction`);
  return rel;
}
