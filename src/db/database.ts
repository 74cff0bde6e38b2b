// The one path to Neo4j: a driver, named Cypher, reads in executeRead and writes in executeWrite, each with
// a timeout, each counted as a round trip for the request that caused it.
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import { WriteConflictError } from '../errors';
import type { RequestBookmarks } from './bookmarks';
import { cypher } from './cypher';
import { type Row, fromStatement } from './rowShape';

export type Params = Record<string, unknown>;
/** Rows come back with every field `unknown`: read them with src/db/rowShape.ts's decoders. */
export type { Row };

const WRITE_ATTEMPTS = 5;

function isConstraintClash(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/** Counts database round trips for one GraphQL request. */
export class RoundTripCounter {
  count = 0;
}

/**
 * Schema changes, index waits and the start-up seed load are slow by nature (a cold store plans every statement
 * for the first time); they get their own, longer, timeout.
 */
export const ADMIN_TIMEOUT_MS = 5 * 60_000;

/** Shared by a database and its per-request views, so the gauge counts every session on the one driver. */
class SessionGauge {
  active = 0;
}

export class Database {
  constructor(
    readonly driver: Driver,
    private readonly config: Pick<Neo4jConfig, 'database' | 'transactionTimeoutMs'> & Partial<Pick<Neo4jConfig, 'maxPoolSize'>>,
    private readonly sessions = new SessionGauge(),
    /** Set on a request's view (forRequest): its sessions start from these bookmarks and its writes add theirs. */
    readonly bookmarks: RequestBookmarks | null = null,
  ) {}

  /** Sessions open right now; each holds at most one pooled connection (reported as pool usage). */
  get activeSessions(): number {
    return this.sessions.active;
  }

  /**
   * This database as one request sees it: the same driver and pool, every session started from `bookmarks`, so
   * on a cluster the member serving it first catches up with the client's earlier writes (and this request's own).
   */
  forRequest(bookmarks: RequestBookmarks): Database {
    // Built by this object's own class, so a subclass (a test's wrapped database) stays itself per request.
    const Same = this.constructor as new (...args: ConstructorParameters<typeof Database>) => Database;
    return new Same(this.driver, this.config, this.sessions, bookmarks);
  }

  static connect(uri: string, config: Neo4jConfig): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
      maxConnectionPoolSize: config.maxPoolSize,
      connectionAcquisitionTimeout: config.acquisitionTimeoutMs,
      connectionTimeout: config.connectionTimeoutMs,
      maxTransactionRetryTime: config.maxRetryMs,
      // Integers arrive as JS numbers, as the bench's floor reads them: the driver then builds no Integer object per
      // value (hub rows carry thousands). Ours are counts, offsets and page sizes, far inside 2^53.
      disableLosslessIntegers: true,
    });
    return new Database(driver, config);
  }

  get maxPoolSize(): number {
    return this.config.maxPoolSize ?? 100;
  }

  /** Opens a session for `work` and always closes it; counts it as in use meanwhile. */
  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session, startedFrom: string[]) => Promise<T>): Promise<T> {
    const bookmarks = this.bookmarks?.forSession() ?? [];
    const session = this.openSession(mode, bookmarks);
    this.sessions.active += 1;
    try {
      return await work(session, bookmarks);
    } finally {
      this.sessions.active -= 1;
      await session.close();
    }
  }

  private openSession(mode: 'READ' | 'WRITE', bookmarks: string[]): Session {
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(bookmarks.length ? { bookmarks } : {}),
    });
  }

  /** Runs the named statement in a read transaction and returns its rows as plain objects. */
  async read(name: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
    if (counter) counter.count += 1;
    return this.withSession('READ', (session) =>
      session.executeRead(
        async (tx) => fromStatement(name, (await tx.run(cypher(name), params)).records.map((r) => r.toObject())),
        { timeout: this.config.transactionTimeoutMs },
      ));
  }

  /**
   * Like `read`, for Cypher text that is not one of cypher/'s statements. For tests only: their statements live
   * in tests/cypher/, which the product never loads, and they run through the same session, timeout and counter.
   */
  async readText(text: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
    if (counter) counter.count += 1;
    return this.withSession('READ', (session) =>
      session.executeRead(
        async (tx) => (await tx.run(text, params)).records.map((r) => r.toObject()),
        { timeout: this.config.transactionTimeoutMs },
      ));
  }

  /**
   * Runs `work` in one read transaction whose named statements hand over their rows one at a time as the driver
   * pulls them, with back-pressure (the next batch is fetched only as rows are consumed): for answers too big to
   * hold, like exports. Not retried, since part of the answer may already be on its way. When `signal` aborts (the
   * client went away) the session is closed, which stops the running statement in the database.
   */
  async stream<T>(work: (run: (name: string, params?: Params) => AsyncIterable<Row>) => Promise<T>, options: { timeoutMs: number; signal?: AbortSignal }): Promise<T> {
    const session = this.openSession('READ', this.bookmarks?.forSession() ?? []);
    this.sessions.active += 1;
    const cancel = () => { session.close().catch(() => undefined); };
    options.signal?.addEventListener('abort', cancel, { once: true });
    try {
      const tx = session.beginTransaction({ timeout: options.timeoutMs });
      async function* run(name: string, params: Params = {}): AsyncIterable<Row> {
        for await (const record of tx.run(cypher(name), params)) yield* fromStatement(name, [record.toObject()]);
      }
      const result = await work(run);
      await tx.rollback();
      return result;
    } finally {
      options.signal?.removeEventListener('abort', cancel);
      this.sessions.active -= 1;
      await session.close();
    }
  }

  /**
   * Runs `work` as one write transaction: all or nothing. The driver retries transient errors (deadlocks);
   * a unique-constraint clash means a concurrent writer created the same node first, so the whole
   * transaction is rerun (its MERGEs now match) rather than surfaced. On a request's view, the commit's bookmark
   * joins the request's (src/db/bookmarks.ts), for the reads after it and for the client.
   */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, counter?: RoundTripCounter, timeoutMs = this.config.transactionTimeoutMs): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      if (counter) counter.count += 1;
      try {
        return await this.withSession('WRITE', async (session, startedFrom) => {
          const result = await session.executeWrite(work, { timeout: timeoutMs });
          this.bookmarks?.committed(startedFrom, session.lastBookmarks());
          return result;
        });
      } catch (error) {
        if (!(isConstraintClash(error) || error instanceof WriteConflictError) || attempt >= WRITE_ATTEMPTS) throw error;
        await sleep(Math.random() * 20 * attempt);
      }
    }
  }

  /** Runs statements one at a time, each in its own auto-commit transaction (schema changes need that). */
  async runEach(statements: string[], timeoutMs = ADMIN_TIMEOUT_MS): Promise<void> {
    await this.withSession('WRITE', async (session) => {
      for (const statement of statements) await session.run(statement, {}, { timeout: timeoutMs });
    });
  }

  /** One auto-commit `RETURN 1` with a short timeout and no retries: does Neo4j answer right now? */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.withSession('READ', (session) => session.run(cypher('ping'), {}, { timeout: timeoutMs }));
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.getServerInfo({ database: this.config.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Receives each named statement's wall time (ms) when set; `npm run bench:ingest` uses it to show where time goes. */
let statementTimer: ((name: string, ms: number) => void) | null = null;

export function timeStatements(timer: ((name: string, ms: number) => void) | null): void {
  statementTimer = timer;
}

/** Receives each named statement's PROFILE when set (and the statements run under PROFILE): `bench/ingestProfile.ts`. */
let statementProfiler: ((name: string, profile: unknown) => void) | null = null;

export function profileStatements(profiler: ((name: string, profile: unknown) => void) | null): void {
  statementProfiler = profiler;
}

/** Runs a named statement inside an existing transaction. */
export async function runIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Row[]> {
  const started = statementTimer ? performance.now() : 0;
  const result = await tx.run(statementProfiler ? `PROFILE ${cypher(name)}` : cypher(name), params);
  statementTimer?.(name, performance.now() - started);
  if (statementProfiler) statementProfiler(name, result.summary.profile);
  return fromStatement(name, result.records.map((r) => r.toObject()));
}
