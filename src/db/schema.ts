// Applies cypher/schema.cypher (idempotent, at every start), waits for its indexes to come online, then runs the
// one-off data migrations that need code (each once per database; see src/graph/aliasCleanup.ts).
import { cleanAliasesOnce } from '../graph/aliasCleanup';
import { createLogger, type Logger } from '../log';
import { cypher, cypherStatements } from './cypher';
import type { Database } from './database';

export async function applySchema(db: Database, log: Logger = createLogger('silent')): Promise<void> {
  await db.runEach([...cypherStatements('schema'), cypher('await-indexes')]);
  await cleanAliasesOnce(db, log);
}
