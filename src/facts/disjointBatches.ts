// Runs batch writes in parallel only where they cannot meet: a batch starts when fewer than `maxInFlight` are
// being written and none of those names an entity or source it names. Batches start in input order, so two that
// share anything commit in that order, and the graph ends as a serial load leaves it. Batches that share nothing
// lock nothing in common but name keys (merged in key order) and the change feed (last), so they never deadlock.
// Keys are the ids as written: a merged duplicate's id and the entity it became would not be seen to meet, so
// bulkIngest writes one batch at a time when the graph holds merged ids.
import type { FactsDocument } from './validate';

/** What a batch of documents names: its entity ids (declared or at a relationship's end) and its source ids. */
export function batchKeys(docs: readonly FactsDocument[]): Set<string> {
  const keys = new Set<string>();
  for (const d of docs) {
    keys.add(`source:${d.source.id}`);
    for (const e of d.entities) keys.add(`entity:${e.id}`);
    for (const r of d.relationships) {
      keys.add(`entity:${r.from}`);
      keys.add(`entity:${r.to}`);
    }
  }
  return keys;
}

interface Running {
  keys: ReadonlySet<string>;
  done: Promise<void>;
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const key of small) if (large.has(key)) return true;
  return false;
};

export class DisjointBatches {
  private readonly running = new Set<Running>();
  /** How many batches have had to wait for one they share an entity or source with (for benchmarks). */
  waitedForOverlap = 0;

  constructor(private readonly maxInFlight: number) {}

  /**
   * Resolves once `write` has started: after every running batch it overlaps has finished and a slot is free.
   * `write` must not reject (the caller records its failures); `drain` waits for every started one.
   */
  async start(keys: ReadonlySet<string>, write: () => Promise<void>): Promise<void> {
    let counted = false;
    for (;;) {
      const blocking = [...this.running].filter((r) => overlaps(r.keys, keys));
      if (!blocking.length && this.running.size < this.maxInFlight) break;
      if (blocking.length && !counted) {
        counted = true;
        this.waitedForOverlap += 1;
      }
      await Promise.race((blocking.length ? blocking : [...this.running]).map((r) => r.done));
    }
    const running: Running = { keys, done: write().finally(() => this.running.delete(running)) };
    this.running.add(running);
  }

  async drain(): Promise<void> {
    await Promise.all([...this.running].map((r) => r.done));
  }
}
