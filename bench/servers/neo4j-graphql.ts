// The field's standard library for GraphQL over Neo4j: a server built on @neo4j/graphql 7 with type
// definitions equivalent to newsgraph's over the same stored model. Typed relationships become one field
// per type and direction (what the library maps them to); the exploring queries it cannot derive
// (neighbourhood, shortest path, full-text search with the exact-name bonus) are @cypher fields with the
// same Cypher as the floor, which is how the library is meant to be extended.
// Usage: tsx bench/servers/neo4j-graphql.ts --port P --neo4j bolt://…
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { argValue, countQueries, serveStats } from './counting';
import { typeDefs } from './neo4j-graphql-schema';

async function main(): Promise<void> {
  const driver = countQueries(neo4j.driver(argValue('neo4j', 'bolt://127.0.0.1:7687'), neo4j.auth.basic('neo4j', 'neo4j'), { maxConnectionPoolSize: Number(argValue('pool', '16')) }));
  const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(), driver }).getSchema();
  // Cache-control off, as newsgraph has it: its per-field bookkeeping costs time and no field sets hints.
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/stats', (req, res) => { serveStats(req, res); });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const server = http.createServer(app);
  server.keepAliveTimeout = 60_000;
  server.listen(Number(argValue('port', '4101')), '127.0.0.1', () => console.log('READY neo4j-graphql'));
  process.on('SIGTERM', () => { server.close(); void apollo.stop().then(() => driver.close()).then(() => process.exit(0)); });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
