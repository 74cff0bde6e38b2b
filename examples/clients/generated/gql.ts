/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EntityRelationships($id: ID!, $first: Int, $after: String) {\n    entity(id: $id) {\n      id\n      name\n      ... on Person {\n        roles\n      }\n      relationships(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityRelationshipsDocument,
    "\n  query RelationshipsByType($types: [RelationshipType!], $first: Int, $after: String) {\n    relationships(types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RelationshipsByTypeDocument,
    "\n  subscription RelationshipAdded($entity: ID, $types: [RelationshipType!]) {\n    relationshipAdded(entity: $entity, types: $types) {\n      id\n      type\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      sources {\n        quote\n      }\n    }\n  }\n": typeof types.RelationshipAddedDocument,
};
const documents: Documents = {
    "\n  query EntityRelationships($id: ID!, $first: Int, $after: String) {\n    entity(id: $id) {\n      id\n      name\n      ... on Person {\n        roles\n      }\n      relationships(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EntityRelationshipsDocument,
    "\n  query RelationshipsByType($types: [RelationshipType!], $first: Int, $after: String) {\n    relationships(types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RelationshipsByTypeDocument,
    "\n  subscription RelationshipAdded($entity: ID, $types: [RelationshipType!]) {\n    relationshipAdded(entity: $entity, types: $types) {\n      id\n      type\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      sources {\n        quote\n      }\n    }\n  }\n": types.RelationshipAddedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRelationships($id: ID!, $first: Int, $after: String) {\n    entity(id: $id) {\n      id\n      name\n      ... on Person {\n        roles\n      }\n      relationships(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityRelationships($id: ID!, $first: Int, $after: String) {\n    entity(id: $id) {\n      id\n      name\n      ... on Person {\n        roles\n      }\n      relationships(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            from {\n              id\n              name\n            }\n            to {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipsByType($types: [RelationshipType!], $first: Int, $after: String) {\n    relationships(types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelationshipsByType($types: [RelationshipType!], $first: Int, $after: String) {\n    relationships(types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RelationshipAdded($entity: ID, $types: [RelationshipType!]) {\n    relationshipAdded(entity: $entity, types: $types) {\n      id\n      type\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      sources {\n        quote\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RelationshipAdded($entity: ID, $types: [RelationshipType!]) {\n    relationshipAdded(entity: $entity, types: $types) {\n      id\n      type\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      sources {\n        quote\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;