// Read-your-writes across instances: the bookmarks one request's sessions start from (the client's, then those of
// the request's own writes) and the bookmarks its writes leave behind for the client to send back.

/** The bookmarks of one request. Neo4j bookmarks are opaque strings; only the driver and the server read them. */
export class RequestBookmarks {
  /** Sent with every new session: Neo4j starts its transactions only once it has caught up with all of them. */
  private readonly current: Set<string>;
  /** Bookmarks this request's own writes returned (and no later write of it has superseded). */
  private readonly fromWrites = new Set<string>();

  constructor(incoming: readonly string[] = []) {
    this.current = new Set(incoming);
  }

  /** What a session opened now starts from. */
  forSession(): string[] {
    return [...this.current];
  }

  /**
   * A write committed in a session that started from `startedFrom`: its new bookmark covers those (Neo4j waited
   * for them before it began), so it replaces them, as the driver's own BookmarkManager does.
   */
  committed(startedFrom: readonly string[], after: readonly string[]): void {
    for (const old of startedFrom) {
      this.current.delete(old);
      this.fromWrites.delete(old);
    }
    for (const bookmark of after) {
      this.current.add(bookmark);
      this.fromWrites.add(bookmark);
    }
  }

  /** What the client sends back to read what this request wrote; empty when it wrote nothing. */
  written(): string[] {
    return [...this.fromWrites];
  }
}
