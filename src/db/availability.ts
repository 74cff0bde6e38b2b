// Tracks whether Neo4j answers. Once a request or a probe finds it unreachable, requests fail fast with
// SERVICE_UNAVAILABLE (instead of each waiting on driver retries) and a timer pings Neo4j until it is back.
import type { Logger } from '../log';
import type { Database } from './database';

export class Neo4jAvailability {
  private downSince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Pick<Database, 'ping'>,
    private readonly options: { probeIntervalMs: number; log: Logger },
  ) {}

  get available(): boolean {
    return this.downSince === null;
  }

  /** Records an outage (once) and starts probing for the way back. */
  markDown(reason: string): void {
    if (this.downSince !== null || this.stopped) return;
    this.downSince = Date.now();
    this.options.log.warn({ reason }, 'neo4j is unavailable; failing requests fast until it answers again');
    this.scheduleProbe();
  }

  /** Pings now and updates the state: the readiness answer. */
  async check(): Promise<boolean> {
    try {
      await this.db.ping();
      this.markUp();
      return true;
    } catch (error) {
      this.markDown(error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private markUp(): void {
    if (this.downSince === null) return;
    this.options.log.info({ downForMs: Date.now() - this.downSince }, 'neo4j answers again; serving requests');
    this.downSince = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleProbe(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check().then((ok) => { if (!ok) this.scheduleProbe(); });
    }, this.options.probeIntervalMs);
    // The probe alone must not keep the process alive (shutdown, tests).
    this.timer.unref();
  }
}
