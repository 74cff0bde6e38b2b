// The one path to Neo4j: a driver, named Cypher, reads in executeRead and writes in executeWrite, each with
// a timeout, each counted as a round trip for the request that caused it.
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type RecordShape } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import { cypher } from './cypher';

export type Params = Record<string, unknown>;
export type Row = RecordShape;

const WRITE_ATTEMPTS = 5;

function isConstraintClash(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/** Counts database round trips for one GraphQL request. */
export class RoundTripCounter {
  count = 0;
}

export class Database {
  constructor(
    readonly driver: Driver,
    private readonly config: Pick<Neo4jConfig, 'database' | 'transactionTimeoutMs'>,
  ) {}

  static connect(uri: string, config: Neo4jConfig): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
      maxConnectionPoolSize: config.maxPoolSize,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
    return new Database(driver, config);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Runs the named statement in a read transaction and returns its rows as plain objects. */
  async read(name: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
    const session = this.session('READ');
    try {
      if (counter) counter.count += 1;
      return await session.executeRead(
        async (tx) => (await tx.run(cypher(name), params)).records.map((r) => r.toObject()),
        { timeout: this.config.transactionTimeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` as one write transaction: all or nothing. The driver retries transient errors (deadlocks);
   * a unique-constraint clash means a concurrent writer created the same node first, so the whole
   * transaction is rerun (its MERGEs now match) rather than surfaced.
   */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, counter?: RoundTripCounter): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const session = this.session('WRITE');
      try {
        if (counter) counter.count += 1;
        return await session.executeWrite(work, { timeout: this.config.transactionTimeoutMs });
      } catch (error) {
        if (!isConstraintClash(error) || attempt >= WRITE_ATTEMPTS) throw error;
        await sleep(Math.random() * 20 * attempt);
      } finally {
        await session.close();
      }
    }
  }

  /** Runs statements one at a time, each in its own auto-commit transaction (schema changes need that). */
  async runEach(statements: string[]): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of statements) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.getServerInfo({ database: this.config.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Runs a named statement inside an existing transaction. */
export async function runIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Row[]> {
  return (await tx.run(cypher(name), params)).records.map((r) => r.toObject());
}
