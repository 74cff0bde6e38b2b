// The floor: a bare node:http handler running the best hand-written Cypher for each workload through
// neo4j-driver and returning the same JSON as newsgraph's GraphQL answer. No GraphQL, no framework: what
// "GraphQL costs nothing" would look like.  Usage: tsx bench/servers/floor.ts --port P --neo4j bolt://…
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { fullTextQuery } from '../../src/graph/lucene';
import { nameKey } from '../../src/graph/vocabulary';
import { benchCypher } from '../cypher';
import { argValue, countQueries, serveStats } from './counting';

const driver = countQueries(neo4j.driver(argValue('neo4j', 'bolt://127.0.0.1:7687'), neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true, maxConnectionPoolSize: Number(argValue('pool', '16')) }));

async function readOne(name: string, params: Record<string, unknown>, column: string): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => (await tx.run(benchCypher(name), params)).records.map((r) => r.get(column) as unknown));
  } finally {
    await session.close();
  }
}

type Handler = (q: URLSearchParams) => Promise<unknown>;

const ROUTES: Record<string, Handler> = {
  '/w1': async (q) => ({ entity: (await readOne('entity', { id: q.get('id'), limit: neo4j.int(100) }, 'entity'))[0] ?? null }),
  '/w2': async (q) => ({ neighborhood: (await readOne('neighborhood', { id: q.get('id'), limit: neo4j.int(100) }, 'result'))[0] ?? null }),
  '/w3': async (q) => ({ path: await readOne('path', { from: q.get('from'), to: q.get('to'), maxHops: neo4j.int(4) }, 'result') }),
  '/w4': async (q) => {
    const text = q.get('text') ?? '';
    const query = fullTextQuery(text);
    return { search: query === null ? [] : await readOne('search', { query, key: nameKey(text), exactBonus: 10, limit: neo4j.int(10) }, 'result') };
  },
};

const server = http.createServer((req, res) => {
  if (serveStats(req, res)) return;
  const url = new URL(req.url ?? '/', 'http://floor');
  const route = ROUTES[url.pathname];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  route(url.searchParams).then(
    (data) => {
      const body = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
    (error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(Number(argValue('port', '4102')), '127.0.0.1', () => console.log('READY floor'));
process.on('SIGTERM', () => { server.close(); void driver.close().then(() => process.exit(0)); });
