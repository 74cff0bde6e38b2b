// A bounded pool of reading workers: each reads one article at a time off the main thread, so a long or hostile
// article never holds up other requests. Jobs wait in a bounded queue; a read past its time budget is answered
// ARTICLE_READ_TIMEOUT and its worker terminated and replaced. The graph lookup each read makes once is run here,
// on the main thread, where the database driver lives.
import type { Worker } from 'node:worker_threads';
import type { ArticleReadingConfig } from '../config';
import { ArticleReadTimeoutError, OperationLimitError, ServiceUnavailableError } from '../errors';
import type { Logger } from '../log';
import type { Article, EntityDictionary, Extraction } from '../reading/types';
import type { FromWorker, ToWorker } from './messages';
import { spawnReadingWorker } from './spawn';

interface Job {
  id: number;
  article: Article;
  dictionary: EntityDictionary;
  resolve: (extraction: Extraction) => void;
  reject: (error: unknown) => void;
  settled: boolean;
  /** Budget left; the clock stops while the main thread answers the worker's lookup. */
  remainingMs: number;
  runningSince: number;
  timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  /** Set when the pool ends the worker itself, so its exit is expected. */
  retired: boolean;
  error: Error | null;
}

export interface ReadingPoolStats {
  workers: number;
  busy: number;
  queued: number;
}

export class ReadingPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextJob = 1;
  private closed = false;

  constructor(private readonly config: ArticleReadingConfig, private readonly log?: Logger, private readonly spawn: () => Worker = spawnReadingWorker) {}

  /** Reads `article` in a worker, with `dictionary` answered here: the same answer as `readArticle` in process. */
  readonly read = (article: Article, dictionary: EntityDictionary): Promise<Extraction> => {
    if (this.closed) return Promise.reject(new ServiceUnavailableError('the server is shutting down; try again shortly'));
    // Every worker busy (or starting) and the queue full: refused now, 429 rather than a 5xx, so the client retries later.
    const outstanding = this.queue.length + [...this.slots].filter((s) => s.job).length;
    if (outstanding >= this.config.workers + this.config.maxQueued) {
      return Promise.reject(new OperationLimitError('articleReadQueue', this.config.maxQueued, Math.max(0, outstanding - this.config.workers) + 1, 429));
    }
    return new Promise<Extraction>((resolve, reject) => {
      this.queue.push({ id: this.nextJob++, article, dictionary, resolve, reject, settled: false, remainingMs: this.config.timeoutMs, runningSince: 0, timer: null });
      this.pump();
    });
  };

  stats(): ReadingPoolStats {
    return { workers: this.slots.size, busy: [...this.slots].filter((s) => s.job).length, queued: this.queue.length };
  }

  /** Refuses new reads, fails waiting and running ones, and terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = new ServiceUnavailableError('the server is shutting down; try again shortly');
    for (const job of this.queue.splice(0)) this.settle(job, stopping);
    await Promise.all([...this.slots].map((slot) => this.retire(slot, stopping)));
  }

  private idleSlot(): Slot | undefined {
    for (const slot of this.slots) if (slot.ready && !slot.job) return slot;
    return undefined;
  }

  /** Sends waiting jobs to idle workers, and starts workers (up to the size) for those still waiting. */
  private pump(): void {
    if (this.closed) return;
    for (let slot = this.idleSlot(); slot && this.queue.length > 0; slot = this.idleSlot()) {
      this.dispatch(slot, this.queue.shift() as Job);
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    for (let n = starting; n < this.queue.length && this.slots.size < this.config.workers; n++) this.start();
  }

  private start(): void {
    const slot: Slot = { worker: this.spawn(), ready: false, job: null, retired: false, error: null };
    this.slots.add(slot);
    // A worker never keeps the process alive by itself; a running read's timer does.
    slot.worker.unref();
    slot.worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    slot.worker.on('error', (error) => { slot.error = error; });
    slot.worker.on('exit', (code) => this.onExit(slot, code));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    const message: ToWorker = { type: 'read', job: job.id, article: job.article };
    slot.worker.postMessage(message);
    this.runClock(slot, job);
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.pump();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.job) return;
    if (message.type === 'lookup') {
      this.stopClock(job);
      job.dictionary(message.keys).then(
        (known) => this.answer(slot, job, { type: 'known', job: job.id, known, failed: false }),
        (error: unknown) => {
          // The request gets the database's own error (SERVICE_UNAVAILABLE, QUERY_TIMEOUT); the worker gives up.
          this.settle(job, error);
          this.answer(slot, job, { type: 'known', job: job.id, failed: true });
        },
      );
      return;
    }
    this.stopClock(job);
    slot.job = null;
    if (message.type === 'done') this.settle(job, null, message.extraction);
    else this.settle(job, new Error(`reading ${job.article.title ? `"${job.article.title.slice(0, 80)}"` : 'an article'} failed: ${message.message}`));
    this.pump();
  }

  /** Answers a worker's lookup, unless that worker has since been ended. */
  private answer(slot: Slot, job: Job, message: ToWorker): void {
    if (slot.job !== job || slot.retired) return;
    slot.worker.postMessage(message);
    this.runClock(slot, job);
  }

  private runClock(slot: Slot, job: Job): void {
    job.runningSince = Date.now();
    job.timer = setTimeout(() => {
      job.timer = null;
      this.log?.warn({ timeoutMs: this.config.timeoutMs, textLength: job.article.text.length }, 'article read ran past its time limit; worker replaced');
      this.settle(job, new ArticleReadTimeoutError(this.config.timeoutMs));
      void this.retire(slot, null).then(() => this.pump());
    }, Math.max(0, job.remainingMs));
  }

  private stopClock(job: Job): void {
    if (!job.timer) return;
    clearTimeout(job.timer);
    job.timer = null;
    job.remainingMs -= Date.now() - job.runningSince;
  }

  private settle(job: Job, error: unknown, extraction?: Extraction): void {
    if (job.settled) return;
    job.settled = true;
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
    if (extraction) job.resolve(extraction);
    else job.reject(error);
  }

  /** Ends a worker on purpose; its job, if still unanswered, gets `error`. */
  private async retire(slot: Slot, error: unknown): Promise<void> {
    slot.retired = true;
    this.slots.delete(slot);
    if (slot.job && error) this.settle(slot.job, error);
    slot.job = null;
    await slot.worker.terminate();
  }

  private onExit(slot: Slot, code: number): void {
    if (slot.retired) return;
    this.slots.delete(slot);
    const cause = slot.error ? `: ${slot.error.message}` : '';
    const error = new Error(`a reading worker stopped (exit code ${code})${cause}`);
    this.log?.error({ err: slot.error ?? undefined, code }, 'reading worker stopped unexpectedly');
    if (slot.job) this.settle(slot.job, error);
    slot.job = null;
    // A worker that dies before it is ready (it cannot load) would die again: unless another worker is up, the
    // waiting reads fail now instead of waiting on a loop of restarts; the next read tries afresh.
    if (!slot.ready && ![...this.slots].some((s) => s.ready)) for (const job of this.queue.splice(0)) this.settle(job, error);
    this.pump();
  }
}
