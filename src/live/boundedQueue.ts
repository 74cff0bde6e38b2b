// A queue read as an async iterator, holding at most `capacity` items: push refuses (returns false) past it
// rather than grow, so one subscriber that stops reading cannot make the server hold events for it without bound.

export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T, undefined>) => void) | null = null;
  private closed = false;

  constructor(readonly capacity: number, private readonly onClose: () => void = () => undefined) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a queue needs a capacity of at least 1, got ${capacity}`);
  }

  get length(): number {
    return this.items.length;
  }

  /** Room left before push refuses. */
  get room(): number {
    return this.capacity - this.items.length;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Adds an item; false (and nothing added) when the queue is full or closed. */
  push(item: T): boolean {
    if (this.closed) return false;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ done: false, value: item });
      return true;
    }
    if (this.items.length >= this.capacity) return false;
    this.items.push(item);
    return true;
  }

  /** Ends the iteration: a pending `next` resolves done, queued items are dropped. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items.length = 0;
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.({ done: true, value: undefined });
    this.onClose();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.items.length) return Promise.resolve({ done: false, value: this.items.shift() as T });
    if (this.closed) return Promise.resolve({ done: true, value: undefined });
    if (this.waiting) return Promise.reject(new Error('BoundedQueue supports one reader at a time'));
    return new Promise((resolve) => { this.waiting = resolve; });
  }

  /** The reader is done (a client completed, a socket closed): close, so the producer forgets this queue. */
  return(): Promise<IteratorResult<T, undefined>> {
    this.close();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
