// Start-up waits for Neo4j (it may still be booting next to us, e.g. in docker compose): bounded, with backoff,
// and every failed attempt logged, so a wrong address fails clearly instead of hanging.
import type { Logger } from '../log';
import type { Database } from './database';

export class Neo4jStartupTimeoutError extends Error {}

export async function waitForNeo4j(db: Pick<Database, 'ping'>, options: { timeoutMs: number; log: Logger; firstDelayMs?: number; maxDelayMs?: number }): Promise<number> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  let delay = options.firstDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.ping();
      options.log.info({ attempt, waitedMs: Date.now() - started }, 'neo4j answers');
      return attempt;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const left = deadline - Date.now();
      if (left <= 0) throw new Neo4jStartupTimeoutError(`neo4j did not answer within ${options.timeoutMs} ms (${attempt} attempts): ${message}`);
      const wait = Math.min(delay, left);
      options.log.warn({ attempt, error: message, retryInMs: wait }, 'waiting for neo4j');
      await new Promise((resolve) => setTimeout(resolve, wait));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }
}
