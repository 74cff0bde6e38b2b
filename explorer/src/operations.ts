// Every GraphQL operation the explorer sends. `npm run codegen` turns them into typed documents in ../generated.
import { graphql } from '../generated';

export const EntityFields = graphql(`
  fragment EntityFields on Entity {
    # The slug, the same in every time view (\`id\` adds @day as of a day); the explorer keys its graph by it.
    id: slug
    name
    kind
    aliases
    description
    ... on Person {
      roles
    }
  }
`);

// Kept lean: a neighbourhood of 500 nodes must stay under the server's default cost limit (operation-limits test),
// so disputing quotes come without spans (they are placed by first occurrence) and stances are implied by the list.
// No shared quote fragment either: the depth limit counts a spread as a level, and the article query is near it.
export const RelationshipFields = graphql(`
  fragment RelationshipFields on Relationship {
    id: slug
    type
    since
    until
    confidence
    from {
      id: slug
    }
    to {
      id: slug
    }
    sourceCount
    publisherCount
    firstReported
    sources {
      quote
      span {
        start
        end
      }
      source {
        id
        title
        publisher
        url
      }
    }
    disputedBy {
      quote
      source {
        id
        title
        publisher
        url
      }
    }
  }
`);

export const SearchEntities = graphql(`
  query SearchEntities($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      entity {
        ...EntityFields
      }
    }
  }
`);

export const EntityById = graphql(`
  query EntityById($id: ID!, $asOf: Date) {
    entity(id: $id, asOf: $asOf) {
      ...EntityFields
    }
  }
`);

export const Neighborhood = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int, $minSources: Int, $asOf: Date) {
    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, minSources: $minSources, asOf: $asOf) {
      truncated
      nodes {
        ...EntityFields
      }
      edges {
        ...RelationshipFields
      }
    }
  }
`);

export const ShortestPath = graphql(`
  query ShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $asOf: Date) {
    path(from: $from, to: $to, maxHops: $maxHops, types: $types, asOf: $asOf) {
      length
      nodes {
        ...EntityFields
      }
      steps {
        forward
        relationship {
          ...RelationshipFields
        }
      }
    }
  }
`);

export const RelationshipTypes = graphql(`
  query RelationshipTypes {
    relationshipTypes {
      type
      description
      cameoCode
      cameoLabel
      quadClass
    }
  }
`);

export const SourceText = graphql(`
  query SourceText($id: ID!) {
    source(id: $id) {
      id
      text
    }
  }
`);

export const SourceArticle = graphql(`
  query SourceArticle($id: ID!, $first: Int, $after: String) {
    source(id: $id) {
      id
      title
      publisher
      url
      publishedAt
      text
      facts(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...RelationshipFields
            from {
              ...EntityFields
            }
            to {
              ...EntityFields
            }
          }
        }
      }
    }
  }
`);

export const ExtractionFields = graphql(`
  fragment ExtractionFields on Extraction {
    sourceId
    entities {
      entityId
      name
      kind
      aliases
      existing
    }
    relationships {
      type
      from
      to
      quote
      span {
        start
        end
      }
      confidence
      rule
      stance
    }
  }
`);

export const ExtractArticle = graphql(`
  query ExtractArticle($article: ArticleInput!) {
    extract(article: $article) {
      ...ExtractionFields
    }
  }
`);

export const IngestArticle = graphql(`
  mutation IngestArticle($article: ArticleInput!) {
    ingestArticle(article: $article) {
      source {
        id
      }
      entities {
        created
        updated
        unchanged
      }
      relationships {
        created
        updated
        unchanged
      }
    }
  }
`);

/** Live: every relationship created from now on (all types; the page decides what it can draw). */
export const RelationshipAdded = graphql(`
  subscription RelationshipAdded($types: [RelationshipType!]) {
    relationshipAdded(types: $types) {
      ...RelationshipFields
      from {
        ...EntityFields
      }
      to {
        ...EntityFields
      }
    }
  }
`);

export const Feeds = graphql(`
  query Feeds($first: Int) {
    feeds(first: $first) {
      totalCount
      edges {
        node {
          id
          url
          title
          format
          lastPolledAt
          lastError
          consecutiveFailures
          nextPollAt
          itemsSeen
          articleCount
          itemsSkipped
        }
      }
    }
  }
`);
