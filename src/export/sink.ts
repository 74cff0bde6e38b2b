// Writes an export to the HTTP response in ~64 KB chunks and waits whenever the socket's buffer is full, so a
// slow client slows the database reads down (the driver pulls the next batch only as records are consumed)
// instead of the server buffering the whole graph. It notices when the client goes away, and counts what the
// client took and how long the export waited for it (src/export/pace.ts judges slow readers by both).
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import type express from 'express';

const CHUNK_BYTES = 64 * 1024;

export class ResponseSink {
  private buffer: string[] = [];
  private buffered = 0;
  private written = 0;
  private waitedBefore = 0;
  private waitingSince: number | null = null;
  /** Bytes handed to the socket so far. */
  handedBytes = 0;

  constructor(private readonly res: express.Response, private readonly signal: AbortSignal, private readonly separator: string) {}

  /** The client has gone away (or the response ended): stop producing. */
  get closed(): boolean {
    return this.signal.aborted || this.res.destroyed;
  }

  /** Milliseconds spent waiting for the client to take what was sent (its socket buffer full), this wait included. */
  get waitedMs(): number {
    return this.waitedBefore + (this.waitingSince === null ? 0 : performance.now() - this.waitingSince);
  }

  /** Appends text as is (a prolog or an epilogue). */
  async text(text: string): Promise<void> {
    if (text === '') return;
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= CHUNK_BYTES) await this.flush();
  }

  /** Appends items, with the format's separator between any two items of the whole export. */
  async items(items: readonly string[]): Promise<void> {
    for (const item of items) {
      await this.text(this.written > 0 ? this.separator + item : item);
      this.written += 1;
    }
  }

  /** Sends what is buffered; resolves once the socket can take more (or the client is gone). */
  async flush(): Promise<void> {
    if (this.buffered === 0 || this.closed) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    this.handedBytes += Buffer.byteLength(chunk);
    if (this.res.write(chunk)) return;
    this.waitingSince = performance.now();
    // once() with the signal removes its listeners either way; an abort rejects, which only means: stop.
    await once(this.res, 'drain', { signal: this.signal }).catch(() => undefined);
    this.waitedBefore += performance.now() - this.waitingSince;
    this.waitingSince = null;
  }

  async end(): Promise<void> {
    await this.flush();
    if (!this.closed) this.res.end();
  }
}
