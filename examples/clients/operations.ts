// The operations the client examples send. `npm run codegen` turns them into typed documents in ./generated.
import { graphql } from './generated';

/** An entity and one page of its relationships: the page a client pages through and merges. */
export const EntityRelationships = graphql(`
  query EntityRelationships($id: ID!, $first: Int, $after: String) {
    entity(id: $id) {
      id
      name
      ... on Person {
        roles
      }
      relationships(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            type
            from {
              id
              name
            }
            to {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Relationships of some types, newest page first. */
export const RelationshipsByType = graphql(`
  query RelationshipsByType($types: [RelationshipType!], $first: Int, $after: String) {
    relationships(types: $types, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          type
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
      }
    }
  }
`);

/** New relationships as they are written, optionally only those touching one entity. */
export const RelationshipAdded = graphql(`
  subscription RelationshipAdded($entity: ID, $types: [RelationshipType!]) {
    relationshipAdded(entity: $entity, types: $types) {
      id
      type
      from {
        id
        name
      }
      to {
        id
        name
      }
      sources {
        quote
      }
    }
  }
`);
