// Keeps the embedded Neo4j running: its exit is logged at error level and it is started again, with backoff, on
// the same data folder and Bolt port (so the driver reconnects by itself). Too many exits within a window, or a
// start that cannot work (Java missing), and it gives up: the state turns 'failed', /health/live says so, and the
// orchestrator restarts the whole service. Only for the embedded default; an external NEO4J_URI is not ours to run.
import type { Logger } from '../log';
import { type EmbeddedNeo4j, MissingToolError, type Neo4jExit } from './embedded';

export type Neo4jProcessState = 'starting' | 'up' | 'restarting' | 'failed' | 'stopped';

export interface RestartPolicy {
  /** Wait before the first restart; doubled for each further exit within the window. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Restarts allowed within `windowMs`; one more exit in it and the supervisor gives up. */
  maxRestarts: number;
  windowMs: number;
}

export type Neo4jProcessEvent =
  | { type: 'exit'; exit: Neo4jExit; restartInMs: number | null }
  | { type: 'up'; restarted: boolean }
  | { type: 'failed'; reason: string };

/** What health and metrics read of the supervised process. */
export interface Neo4jProcessStatus {
  readonly state: Neo4jProcessState;
  /** Completed restarts: times Neo4j was back up after an unexpected exit. */
  readonly restarts: number;
  /** Why the supervisor gave up, when it did. */
  readonly failure: string | null;
  onEvent(listener: (event: Neo4jProcessEvent) => void): void;
}

export class Neo4jSupervisor implements Neo4jProcessStatus {
  state: Neo4jProcessState = 'starting';
  restarts = 0;
  failure: string | null = null;
  private current: EmbeddedNeo4j | null = null;
  private readonly exitTimes: number[] = [];
  private readonly listeners: Array<(event: Neo4jProcessEvent) => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private launching: Promise<EmbeddedNeo4j> | null = null;
  private downSince = 0;

  constructor(
    private readonly launch: () => Promise<EmbeddedNeo4j>,
    private readonly options: { policy: RestartPolicy; log: Logger },
  ) {}

  /** The first start: its failure is the caller's (start-up fails as before); later exits are supervised. */
  async start(): Promise<EmbeddedNeo4j> {
    const embedded = await this.launch();
    this.watch(embedded, false);
    return embedded;
  }

  /** The Java process running now, if any (tests kill it). */
  get process(): EmbeddedNeo4j['process'] | null {
    return this.current?.process ?? null;
  }

  onEvent(listener: (event: Neo4jProcessEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Stops supervising and stops Neo4j cleanly, including one that is being restarted right now. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const launching = this.launching;
    if (launching) await launching.then((embedded) => embedded.stop(), () => undefined);
    await this.current?.stop();
  }

  private emit(event: Neo4jProcessEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private watch(embedded: EmbeddedNeo4j, restarted: boolean): void {
    this.current = embedded;
    this.state = 'up';
    const upAt = Date.now();
    if (restarted) {
      this.restarts += 1;
      this.options.log.info({ restarts: this.restarts, downForMs: upAt - this.downSince, pid: embedded.process.pid }, 'embedded neo4j restarted');
    }
    this.emit({ type: 'up', restarted });
    void embedded.exited.then((exit) => {
      if (this.state === 'stopped' || this.current !== embedded) return;
      this.onExit(exit, { pid: embedded.process.pid, upForMs: Date.now() - upAt });
    });
  }

  private onExit(exit: Neo4jExit, context: Record<string, unknown>): void {
    const now = Date.now();
    if (this.state === 'up') this.downSince = now;
    this.exitTimes.push(now);
    while ((this.exitTimes[0] ?? now) < now - this.options.policy.windowMs) this.exitTimes.shift();
    const { firstDelayMs, maxDelayMs, maxRestarts, windowMs } = this.options.policy;
    const fields = { code: exit.code, signal: exit.signal, stderr: exit.stderr || undefined, ...context, exitsInWindow: this.exitTimes.length };
    if (this.exitTimes.length > maxRestarts) {
      this.options.log.error(fields, 'embedded neo4j exited');
      this.emit({ type: 'exit', exit, restartInMs: null });
      this.fail(`embedded neo4j exited ${this.exitTimes.length} times within ${windowMs} ms (NEO4J_RESTART_MAX ${maxRestarts})`);
      return;
    }
    const restartInMs = Math.min(firstDelayMs * 2 ** (this.exitTimes.length - 1), maxDelayMs);
    this.state = 'restarting';
    this.options.log.error({ ...fields, restartInMs }, 'embedded neo4j exited; restarting it');
    this.emit({ type: 'exit', exit, restartInMs });
    this.timer = setTimeout(() => { this.timer = null; void this.restart(); }, restartInMs);
  }

  private async restart(): Promise<void> {
    if (this.state !== 'restarting') return;
    this.launching = this.launch();
    try {
      const embedded = await this.launching;
      if (this.state !== 'restarting') return; // stop() took over this start and ends it
      this.watch(embedded, true);
    } catch (error) {
      if (this.state !== 'restarting') return;
      const message = error instanceof Error ? error.message : String(error);
      // No Java (or its like): no restart can succeed, so don't wait out the backoff to say so.
      if (error instanceof MissingToolError) return this.fail(message);
      this.onExit({ code: null, signal: null, stderr: message }, { during: 'restart' });
    } finally {
      this.launching = null;
    }
  }

  private fail(reason: string): void {
    this.state = 'failed';
    this.failure = reason;
    this.current = null;
    this.options.log.error({ reason, restarts: this.restarts }, 'embedded neo4j is not coming back; /health/live now fails so the service is restarted');
    this.emit({ type: 'failed', reason });
  }
}
