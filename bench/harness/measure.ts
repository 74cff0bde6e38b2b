// Asking and timing: the answers check (every server must agree before it is timed), round trips per
// request, and autocannon load with the server's RSS sampled throughout.
import autocannon from 'autocannon';
import type { RunningServer } from './processes';
import { type Question, type ServerName, canonical } from './workloads';

export async function ask(server: RunningServer, question: Question): Promise<{ data: Record<string, unknown>; roundTrips: number | null }> {
  const req = question.request(server.name);
  const res = await fetch(server.baseUrl + req.path, { method: req.method, body: req.body, headers: req.headers });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { roundTrips?: number } };
  if (!res.ok || json.errors || !json.data) throw new Error(`${server.name} ${question.workload}: HTTP ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return { data: json.data, roundTrips: json.extensions?.roundTrips ?? null };
}

async function queriesSoFar(server: RunningServer): Promise<number> {
  const res = await fetch(`${server.baseUrl}/stats`);
  return ((await res.json()) as { queries: number }).queries;
}

/**
 * Puts every question to every server and throws when any answer differs from newsgraph's. Returns the
 * mean Neo4j round trips per request of each server (newsgraph's own count; statements counted for the others).
 */
export async function checkAnswers(servers: RunningServer[], questions: Question[]): Promise<Record<ServerName, number>> {
  const roundTrips = {} as Record<ServerName, number>;
  const expected = new Map<Question, string>();
  for (const server of servers) {
    let trips = 0;
    const before = server.name === 'newsgraph' ? 0 : await queriesSoFar(server);
    for (const question of questions) {
      const { data, roundTrips: reported } = await ask(server, question);
      trips += reported ?? 0;
      const answer = canonical(question.normalize(server.name, data));
      if (answer === 'null' || answer === '[]') throw new Error(`${server.name} ${question.workload}: empty answer for ${JSON.stringify(question.request(server.name))}`);
      const want = expected.get(question);
      if (want === undefined) expected.set(question, answer);
      else if (want !== answer) {
        throw new Error(`${server.name} ${question.workload} answers differently from ${servers[0]?.name}:\n  want ${want.slice(0, 800)}\n  got  ${answer.slice(0, 800)}`);
      }
    }
    if (server.name !== 'newsgraph') trips = (await queriesSoFar(server)) - before;
    roundTrips[server.name] = trips / questions.length;
  }
  return roundTrips;
}

/** What went wrong in a cell, by kind; autocannon counts a timeout as an error too, here it is only a timeout. */
export interface ErrorCounts {
  /** No answer within autocannon's 10 s timeout. */
  timeouts: number;
  /** The connection failed (refused, reset) before an answer. */
  connection: number;
  /** An HTTP answer outside 2xx. */
  non2xx: number;
  /** HTTP 2xx whose GraphQL body carries `errors`. */
  graphql: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests that failed, of any kind (the sum of `errorKinds`). */
  errors: number;
  errorKinds: ErrorCounts;
  /** The first few distinct error messages, e.g. "HTTP 500: …", "GraphQL: …", "request timed out". */
  firstErrors: string[];
  /** Peak VmRSS over the reads that succeeded; null when none did. */
  rssMb: number | null;
  rssReads: number;
  /** Reads of /proc/<pid>/status that failed (process gone, file unreadable): not counted as 0 MB. */
  rssFailedReads: number;
}

const MAX_MESSAGES = 3;

/** The first error message of a GraphQL answer, or null when it has none (checked cheaply before parsing). */
function graphqlError(body: string): string | null {
  if (!body.includes('"errors":[')) return null;
  try {
    const errors = (JSON.parse(body) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> }).errors;
    if (!errors?.length) return null;
    const first = errors[0];
    return `${first?.extensions?.code ?? 'error'}: ${first?.message ?? JSON.stringify(first)}`.slice(0, 200);
  } catch {
    return null;
  }
}

/**
 * autocannon at `connections` for `seconds`, cycling through the questions; peak RSS sampled every 100 ms. With
 * `rate`, at most that many requests per second in all (for comparing CPU per request at the same load).
 */
export async function load(server: RunningServer, questions: Question[], connections: number, seconds: number, rate?: number): Promise<LoadResult> {
  let rss: number | null = null;
  let rssReads = 0;
  let rssFailedReads = 0;
  const sampleRss = (): void => {
    const now = server.rssMb();
    rssReads++;
    if (now === null) rssFailedReads++;
    else rss = Math.max(rss ?? 0, now);
  };
  sampleRss();
  const sampler = setInterval(sampleRss, 100);
  const kinds: ErrorCounts = { timeouts: 0, connection: 0, non2xx: 0, graphql: 0 };
  const messages = new Set<string>();
  const note = (message: string): void => { if (messages.size < MAX_MESSAGES) messages.add(message); };
  const onResponse = (status: number, body: string): void => {
    if (status < 200 || status >= 300) {
      note(`HTTP ${status}: ${(graphqlError(body) ?? body).slice(0, 200)}`);
      return;
    }
    const error = graphqlError(body);
    if (error) { kinds.graphql++; note(`GraphQL ${error}`); }
  };
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({
        url: server.baseUrl,
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        requests: questions.map((q) => ({ ...q.request(server.name), onResponse })),
      }, (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)));
      instance.on('reqError', (error: unknown) => note(error instanceof Error ? error.message : String(error)));
    });
    // autocannon counts timeouts among its errors: split them apart so nothing is counted twice.
    kinds.timeouts = result.timeouts;
    kinds.connection = Math.max(0, result.errors - result.timeouts);
    kinds.non2xx = result.non2xx;
    return {
      requestsPerSecond: result.requests.total / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: kinds.timeouts + kinds.connection + kinds.non2xx + kinds.graphql,
      errorKinds: kinds,
      firstErrors: [...messages],
      rssMb: rss,
      rssReads,
      rssFailedReads,
    };
  } finally {
    clearInterval(sampler);
  }
}
