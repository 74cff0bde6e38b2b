// The executable schema: schema.graphql says what every type is, src/resolvers/ how it is answered.
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getDirectiveValues, GraphQLSpecifiedByDirective, type GraphQLSchema, isScalarType } from 'graphql';
import { REPO_ROOT } from './config';
import { resolvers } from './resolvers';

export function loadTypeDefs(): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8');
}

/** One schema for Apollo (HTTP) and graphql-ws (subscriptions), described as schema.graphql describes it. */
export function createSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  keepScalarDescriptions(schema);
  return schema;
}

// graphql-tools copies every property of a scalar's GraphQLScalarType onto the SDL's scalar, its empty
// description and specifiedByURL too. The SDL (kept as astNode) is the contract, so they come back from it.
function keepScalarDescriptions(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isScalarType(type) || !type.astNode) continue;
    const url: unknown = getDirectiveValues(GraphQLSpecifiedByDirective, type.astNode)?.url;
    type.description = type.astNode.description?.value;
    type.specifiedByURL = typeof url === 'string' ? url : undefined;
  }
}
