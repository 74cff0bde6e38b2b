// Applies cypher/schema.cypher (idempotent, at every start) and waits for its indexes to come online.
import { cypher, cypherStatements } from './cypher';
import type { Database } from './database';

export async function applySchema(db: Database): Promise<void> {
  await db.runEach([...cypherStatements('schema'), cypher('await-indexes')]);
}
