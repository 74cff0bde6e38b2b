/* eslint-disable */
import * as types from './graphql';



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
    "\n  fragment EntityFields on Entity {\n    # The slug, the same in every time view (`id` adds @day as of a day); the explorer keys its graph by it.\n    id: slug\n    name\n    kind\n    aliases\n    description\n    ... on Person {\n      roles\n    }\n  }\n": typeof types.EntityFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id: slug\n    type\n    since\n    until\n    confidence\n    from {\n      id: slug\n    }\n    to {\n      id: slug\n    }\n    sourceCount\n    publisherCount\n    firstReported\n    sources {\n      quote\n      span {\n        start\n        end\n      }\n      source {\n        id\n        title\n        publisher\n        url\n      }\n    }\n    disputedBy {\n      quote\n      source {\n        id\n        title\n        publisher\n        url\n      }\n    }\n  }\n": typeof types.RelationshipFieldsFragmentDoc,
    "\n  query SearchEntities($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query EntityById($id: ID!, $asOf: Date) {\n    entity(id: $id, asOf: $asOf) {\n      ...EntityFields\n    }\n  }\n": typeof types.EntityByIdDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int, $minSources: Int, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, minSources: $minSources, asOf: $asOf) {\n      truncated\n      nodes {\n        ...EntityFields\n      }\n      edges {\n        ...RelationshipFields\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $asOf: Date) {\n    path(from: $from, to: $to, maxHops: $maxHops, types: $types, asOf: $asOf) {\n      length\n      nodes {\n        ...EntityFields\n      }\n      steps {\n        forward\n        relationship {\n          ...RelationshipFields\n        }\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query RelationshipTypes {\n    relationshipTypes {\n      type\n      description\n      cameoCode\n      cameoLabel\n      quadClass\n    }\n  }\n": typeof types.RelationshipTypesDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      text\n    }\n  }\n": typeof types.SourceTextDocument,
    "\n  query SourceArticle($id: ID!, $first: Int, $after: String) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      url\n      publishedAt\n      text\n      facts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...RelationshipFields\n            from {\n              ...EntityFields\n            }\n            to {\n              ...EntityFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourceArticleDocument,
    "\n  fragment ExtractionFields on Extraction {\n    sourceId\n    entities {\n      entityId\n      name\n      kind\n      aliases\n      existing\n    }\n    relationships {\n      type\n      from\n      to\n      quote\n      span {\n        start\n        end\n      }\n      confidence\n      rule\n      stance\n    }\n  }\n": typeof types.ExtractionFieldsFragmentDoc,
    "\n  query ExtractArticle($article: ArticleInput!) {\n    extract(article: $article) {\n      ...ExtractionFields\n    }\n  }\n": typeof types.ExtractArticleDocument,
    "\n  mutation IngestArticle($article: ArticleInput!) {\n    ingestArticle(article: $article) {\n      source {\n        id\n      }\n      entities {\n        created\n        updated\n        unchanged\n      }\n      relationships {\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n": typeof types.IngestArticleDocument,
    "\n  subscription RelationshipAdded($types: [RelationshipType!]) {\n    relationshipAdded(types: $types) {\n      ...RelationshipFields\n      from {\n        ...EntityFields\n      }\n      to {\n        ...EntityFields\n      }\n    }\n  }\n": typeof types.RelationshipAddedDocument,
    "\n  query Feeds($first: Int) {\n    feeds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          url\n          title\n          format\n          lastPolledAt\n          lastError\n          consecutiveFailures\n          nextPollAt\n          itemsSeen\n          articleCount\n          itemsSkipped\n        }\n      }\n    }\n  }\n": typeof types.FeedsDocument,
};
const documents: Documents = {
    "\n  fragment EntityFields on Entity {\n    # The slug, the same in every time view (`id` adds @day as of a day); the explorer keys its graph by it.\n    id: slug\n    name\n    kind\n    aliases\n    description\n    ... on Person {\n      roles\n    }\n  }\n": types.EntityFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id: slug\n    type\n    since\n    until\n    confidence\n    from {\n      id: slug\n    }\n    to {\n      id: slug\n    }\n    sourceCount\n    publisherCount\n    firstReported\n    sources {\n      quote\n      span {\n        start\n        end\n      }\n      source {\n        id\n        title\n        publisher\n        url\n      }\n    }\n    disputedBy {\n      quote\n      source {\n        id\n        title\n        publisher\n        url\n      }\n    }\n  }\n": types.RelationshipFieldsFragmentDoc,
    "\n  query SearchEntities($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query EntityById($id: ID!, $asOf: Date) {\n    entity(id: $id, asOf: $asOf) {\n      ...EntityFields\n    }\n  }\n": types.EntityByIdDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int, $minSources: Int, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, minSources: $minSources, asOf: $asOf) {\n      truncated\n      nodes {\n        ...EntityFields\n      }\n      edges {\n        ...RelationshipFields\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $asOf: Date) {\n    path(from: $from, to: $to, maxHops: $maxHops, types: $types, asOf: $asOf) {\n      length\n      nodes {\n        ...EntityFields\n      }\n      steps {\n        forward\n        relationship {\n          ...RelationshipFields\n        }\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query RelationshipTypes {\n    relationshipTypes {\n      type\n      description\n      cameoCode\n      cameoLabel\n      quadClass\n    }\n  }\n": types.RelationshipTypesDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      text\n    }\n  }\n": types.SourceTextDocument,
    "\n  query SourceArticle($id: ID!, $first: Int, $after: String) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      url\n      publishedAt\n      text\n      facts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...RelationshipFields\n            from {\n              ...EntityFields\n            }\n            to {\n              ...EntityFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SourceArticleDocument,
    "\n  fragment ExtractionFields on Extraction {\n    sourceId\n    entities {\n      entityId\n      name\n      kind\n      aliases\n      existing\n    }\n    relationships {\n      type\n      from\n      to\n      quote\n      span {\n        start\n        end\n      }\n      confidence\n      rule\n      stance\n    }\n  }\n": types.ExtractionFieldsFragmentDoc,
    "\n  query ExtractArticle($article: ArticleInput!) {\n    extract(article: $article) {\n      ...ExtractionFields\n    }\n  }\n": types.ExtractArticleDocument,
    "\n  mutation IngestArticle($article: ArticleInput!) {\n    ingestArticle(article: $article) {\n      source {\n        id\n      }\n      entities {\n        created\n        updated\n        unchanged\n      }\n      relationships {\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n": types.IngestArticleDocument,
    "\n  subscription RelationshipAdded($types: [RelationshipType!]) {\n    relationshipAdded(types: $types) {\n      ...RelationshipFields\n      from {\n        ...EntityFields\n      }\n      to {\n        ...EntityFields\n      }\n    }\n  }\n": types.RelationshipAddedDocument,
    "\n  query Feeds($first: Int) {\n    feeds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          url\n          title\n          format\n          lastPolledAt\n          lastError\n          consecutiveFailures\n          nextPollAt\n          itemsSeen\n          articleCount\n          itemsSkipped\n        }\n      }\n    }\n  }\n": types.FeedsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityFields on Entity {\n    # The slug, the same in every time view (`id` adds @day as of a day); the explorer keys its graph by it.\n    id: slug\n    name\n    kind\n    aliases\n    description\n    ... on Person {\n      roles\n    }\n  }\n"): typeof import('./graphql').EntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipFields on Relationship {\n    id: slug\n    type\n    since\n    until\n    confidence\n    from {\n      id: slug\n    }\n    to {\n      id: slug\n    }\n    sourceCount\n    publisherCount\n    firstReported\n    sources {\n      quote\n      span {\n        start\n        end\n      }\n      source {\n        id\n        title\n        publisher\n        url\n      }\n    }\n    disputedBy {\n      quote\n      source {\n        id\n        title\n        publisher\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').RelationshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEntities($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n"): typeof import('./graphql').SearchEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityById($id: ID!, $asOf: Date) {\n    entity(id: $id, asOf: $asOf) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').EntityByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int, $minSources: Int, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, minSources: $minSources, asOf: $asOf) {\n      truncated\n      nodes {\n        ...EntityFields\n      }\n      edges {\n        ...RelationshipFields\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $asOf: Date) {\n    path(from: $from, to: $to, maxHops: $maxHops, types: $types, asOf: $asOf) {\n      length\n      nodes {\n        ...EntityFields\n      }\n      steps {\n        forward\n        relationship {\n          ...RelationshipFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipTypes {\n    relationshipTypes {\n      type\n      description\n      cameoCode\n      cameoLabel\n      quadClass\n    }\n  }\n"): typeof import('./graphql').RelationshipTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql').SourceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceArticle($id: ID!, $first: Int, $after: String) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      url\n      publishedAt\n      text\n      facts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...RelationshipFields\n            from {\n              ...EntityFields\n            }\n            to {\n              ...EntityFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SourceArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExtractionFields on Extraction {\n    sourceId\n    entities {\n      entityId\n      name\n      kind\n      aliases\n      existing\n    }\n    relationships {\n      type\n      from\n      to\n      quote\n      span {\n        start\n        end\n      }\n      confidence\n      rule\n      stance\n    }\n  }\n"): typeof import('./graphql').ExtractionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtractArticle($article: ArticleInput!) {\n    extract(article: $article) {\n      ...ExtractionFields\n    }\n  }\n"): typeof import('./graphql').ExtractArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestArticle($article: ArticleInput!) {\n    ingestArticle(article: $article) {\n      source {\n        id\n      }\n      entities {\n        created\n        updated\n        unchanged\n      }\n      relationships {\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n"): typeof import('./graphql').IngestArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RelationshipAdded($types: [RelationshipType!]) {\n    relationshipAdded(types: $types) {\n      ...RelationshipFields\n      from {\n        ...EntityFields\n      }\n      to {\n        ...EntityFields\n      }\n    }\n  }\n"): typeof import('./graphql').RelationshipAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feeds($first: Int) {\n    feeds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          url\n          title\n          format\n          lastPolledAt\n          lastError\n          consecutiveFailures\n          nextPollAt\n          itemsSeen\n          articleCount\n          itemsSkipped\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
