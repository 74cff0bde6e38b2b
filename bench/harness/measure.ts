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

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number;
}

/** autocannon at `connections` for `seconds`, cycling through the questions; peak RSS sampled every 100 ms. */
export async function load(server: RunningServer, questions: Question[], connections: number, seconds: number): Promise<LoadResult> {
  let rss = server.rssMb();
  const sampler = setInterval(() => { rss = Math.max(rss, server.rssMb()); }, 100);
  try {
    const result = await autocannon({
      url: server.baseUrl,
      connections,
      duration: seconds,
      requests: questions.map((q) => q.request(server.name)),
    });
    return {
      requestsPerSecond: result.requests.total / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      rssMb: rss,
    };
  } finally {
    clearInterval(sampler);
  }
}
