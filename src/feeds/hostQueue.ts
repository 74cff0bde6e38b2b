// One request at a time per host, across every feed a worker polls: a publisher hosting many feeds (or the pages of
// many items) sees one connection from us, never a burst.

export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier task for `url`'s host has settled. */
  run<T>(url: string, work: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(host, tail);
    void tail.then(() => { if (this.tails.get(host) === tail) this.tails.delete(host); });
    return next;
  }
}
