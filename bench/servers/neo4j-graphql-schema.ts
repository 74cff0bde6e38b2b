// Type definitions for the @neo4j/graphql comparison server, equivalent to newsgraph's over the same stored
// model: one field per relationship type and direction (what the library maps typed relationships to), and
// @cypher fields, with the floor's Cypher, for what it cannot derive (neighbourhood, path, search) and, as W1's
// other way, an entity's relationships of every type in one field.
import { ALL_RELATIONSHIP_TYPES } from '../../src/graph/vocabulary';
import { benchCypher } from '../cypher';

/** The field name for relationships of `type` in `direction`, e.g. MEDIATES_out. */
export function relationshipField(type: string, direction: 'out' | 'in'): string {
  return `${type}_${direction}`;
}

function cypherField(name: string): string {
  return `@cypher(statement: """${benchCypher(name).replace(/"""/g, '\\"""')}""", columnName: "result")`;
}

export function typeDefs(): string {
  const relationshipFields = ALL_RELATIONSHIP_TYPES.flatMap((type) => (['out', 'in'] as const).map((d) =>
    `  ${relationshipField(type, d)}: [Entity!]! @relationship(type: "${type}", direction: ${d === 'out' ? 'OUT' : 'IN'}, properties: "RelationshipProperties")`));
  return `
type Entity @node {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  description: String
  externalIds: String
  roles: [String!]
${relationshipFields.join('\n')}
  relationships(limit: Int!): [EntityRelationship!]! ${cypherField('entity-relationships')}
}

type EntityRelationship { id: ID!, type: String!, since: String, until: String, confidence: Float, from: EntitySummary!, to: EntitySummary! }

type RelationshipProperties @relationshipProperties {
  id: ID!
  since: Date
  until: Date
  confidence: Float
}

type Fact @node {
  id: ID!
  type: String!
  from: String!
  to: String!
  sources: [Source!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Supports")
}

type Supports @relationshipProperties {
  quote: String!
}

type Source @node {
  id: ID!
  title: String!
  publisher: String
  url: String
  publishedAt: Date
  facts: [Fact!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Supports")
}

type EntitySummary { id: ID!, name: String!, kind: String! }
type EntityRef { id: ID! }
type SubgraphEdge { id: ID!, type: String!, from: EntityRef!, to: EntityRef! }
type Subgraph { truncated: Boolean!, nodes: [EntitySummary!]!, edges: [SubgraphEdge!]! }
type PathRelationship { id: ID!, type: String! }
type PathStep { forward: Boolean!, relationship: PathRelationship! }
type Path { length: Int!, nodes: [EntitySummary!]!, steps: [PathStep!]! }
type SearchHit { score: Float!, entity: EntitySummary! }

type Query {
  neighborhood(id: ID!, limit: Int!): Subgraph ${cypherField('neighborhood')}
  path(from: ID!, to: ID!, maxHops: Int!): [Path!]! ${cypherField('path')}
  search(query: String!, key: String!, exactBonus: Float!, limit: Int!): [SearchHit!]! ${cypherField('search')}
}
`;
}
