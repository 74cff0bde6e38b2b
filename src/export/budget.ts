// How many exports may run at once, in all and per client address. Each running export holds one pooled Neo4j
// connection for its whole transfer, and reads share that pool: the budget (at most half the pool, checked in
// src/config.ts) is what keeps exports from taking the connections GraphQL reads need. One counter in the shared
// pool rather than a second driver: the bound is the same, with one pool to size, watch and close. An export is
// admitted or refused before it touches Neo4j, and gives its place back only once its session is closed.
import { OperationLimitError } from '../errors';

/**
 * Seconds a refused client is told to wait. When a slot frees cannot be known (exports run for seconds to
 * minutes); 10 s spaces retries out without making a client wait long for a slot that frees sooner.
 */
export const RETRY_AFTER_SECONDS = 10;

export interface BudgetLimits {
  maxConcurrent: number;
  maxConcurrentPerClient: number;
}

export class ExportBudget {
  private running = 0;
  private readonly byClient = new Map<string, number>();
  /** Told of each refusal, by the limit that was full (the metrics count them). */
  onRefused: (limit: string) => void = () => undefined;

  constructor(private readonly limits: BudgetLimits) {}

  /** Exports running now. */
  get inFlight(): number {
    return this.running;
  }

  /**
   * Takes a place for `client`'s export, or throws OPERATION_LIMIT_EXCEEDED (HTTP 429) naming the limit that is
   * full: `exportMaxConcurrent` or `exportMaxConcurrentPerClient`. The returned function gives the place back
   * (calling it again does nothing).
   */
  admit(client: string): () => void {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.limits.maxConcurrentPerClient) this.refuse('exportMaxConcurrentPerClient', this.limits.maxConcurrentPerClient);
    if (this.running >= this.limits.maxConcurrent) this.refuse('exportMaxConcurrent', this.limits.maxConcurrent);
    this.running += 1;
    this.byClient.set(client, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }

  private refuse(limit: string, max: number): never {
    this.onRefused(limit);
    throw new OperationLimitError(limit, max, undefined, 429);
  }
}
