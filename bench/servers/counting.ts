// Counts the Cypher statements a comparison server sends, so the harness can report Neo4j round trips per
// request for servers that do not report them themselves (newsgraph does, in extensions.roundTrips).
import type { Driver, Session } from 'neo4j-driver';
import type http from 'node:http';

export const queryCount = { value: 0 };

function countingSession(session: Session): Session {
  const run = session.run.bind(session);
  session.run = ((...args: Parameters<Session['run']>) => { queryCount.value++; return run(...args); }) as Session['run'];
  for (const method of ['executeRead', 'executeWrite'] as const) {
    const original = session[method].bind(session);
    session[method] = (async (work: Parameters<Session['executeRead']>[0], config?: Parameters<Session['executeRead']>[1]) =>
      original((tx) => {
        const txRun = tx.run.bind(tx);
        tx.run = ((...args: Parameters<typeof tx.run>) => { queryCount.value++; return txRun(...args); }) as typeof tx.run;
        return work(tx);
      }, config)) as Session['executeRead'];
  }
  return session;
}

/** Wraps `driver.session` so every statement run through any of its sessions is counted. */
export function countQueries(driver: Driver): Driver {
  const session = driver.session.bind(driver);
  driver.session = ((...args: Parameters<Driver['session']>) => countingSession(session(...args))) as Driver['session'];
  return driver;
}

/** GET /stats → {"queries": n}: the harness reads it before and after a batch of requests. */
export function serveStats(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.url !== '/stats') return false;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ queries: queryCount.value }));
  return true;
}

export function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}
