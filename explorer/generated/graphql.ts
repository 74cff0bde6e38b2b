/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * An article to read: either its `text` (with a `title`), used as it is, or only its `url`, whose page the service fetches and
 * reads (the story's text without navigation, ads or comments; title, publisher, date and canonical URL from the page).
 * Neither is BAD_USER_INPUT. A link that cannot be read is BAD_USER_INPUT with `extensions.reason` (PRIVATE_ADDRESS,
 * TIMEOUT, TOO_LARGE, REDIRECT_LIMIT, CONTENT_TYPE, HTTP_STATUS, …); see docs/links.md.
 */
export type ArticleInput = {
  /** Slug id for the source; derived from the title and the (canonical) URL, or the text, when omitted, so the same article gets the same id. */
  id?: string | number | null | undefined;
  /** When it was published, if known; for a link, overrides the page's date. */
  publishedAt?: string | null | undefined;
  /** Who published it; for a link, overrides the page's publisher. */
  publisher?: string | null | undefined;
  /** The article's text, used as it is (nothing is fetched). Blank text is BAD_USER_INPUT; text over ARTICLE_MAX_BYTES (1 MB by default) is refused. */
  text?: string | null | undefined;
  /** Headline or title, 1 to 500 characters. Required with `text`; for a link, it overrides the page's title. */
  title?: string | null | undefined;
  /** Where it can be read (http or https). Without `text`, the page is fetched and read; its canonical URL becomes the source's URL. */
  url?: string | null | undefined;
};

/** What kind of thing an entity is. Each kind has its own concrete GraphQL type. */
export type EntityKind =
  /** A sovereign state. */
  | 'COUNTRY'
  /** Something that happens: talks, a war, a campaign, a deal. */
  | 'EVENT'
  /** A loosely defined set of people, e.g. hostages or humanitarian groups. */
  | 'GROUP'
  /** A formal organization: a government body, an armed group with a structure, a company, an NGO. */
  | 'ORGANIZATION'
  /** A human being, e.g. a head of state or an envoy. */
  | 'PERSON'
  /** A geographic place: a city, a region, a territory. */
  | 'PLACE';

/** The feed formats the worker reads. */
export type FeedFormat =
  /** Atom (`<feed><entry>`). */
  | 'ATOM'
  /** RSS 1.0, RDF (`<rdf:RDF><item>`). */
  | 'RSS1'
  /** RSS 2.0 (`<rss><channel><item>`). */
  | 'RSS2';

/** CAMEO's four quad classes: verbal or material, cooperation or conflict. */
export type QuadClass =
  /** Acts of conflict (CAMEO roots 15–20). */
  | 'MATERIAL_CONFLICT'
  /** Acts of cooperation (CAMEO roots 06–09). */
  | 'MATERIAL_COOPERATION'
  /** Statements of conflict (CAMEO roots 10–14). */
  | 'VERBAL_CONFLICT'
  /** Statements of cooperation (CAMEO roots 01–05). */
  | 'VERBAL_COOPERATION';

/** The allow-listed vocabulary of typed, directed relationships between entities. Read `from` TYPE `to`. */
export type RelationshipType =
  /** `from` publicly accuses or blames `to`. */
  | 'ACCUSES'
  /** `from` reached or signed an agreement with `to`. */
  | 'AGREES_WITH'
  /** `from` appealed to or urged `to`. */
  | 'APPEALS_TO'
  /** `from` agreed or declared a truce or ceasefire with `to`. */
  | 'CEASEFIRE_WITH'
  /** `from` criticized, denounced or condemned `to`. */
  | 'CRITICIZES'
  /** `from` made a demand of `to`. */
  | 'DEMANDS_OF'
  /** `from` arrested or detains `to`. */
  | 'DETAINS'
  /** `from` praised, endorsed or backed `to`. */
  | 'ENDORSES'
  /** `from` is an envoy or representative of `to`. */
  | 'ENVOY_OF'
  /** `from` holds `to` captive. */
  | 'HOLDS_CAPTIVE'
  /** `from` hosts `to` (talks, an event, a delegation). */
  | 'HOSTS'
  /** `from` is in armed or political conflict with `to`. */
  | 'IN_CONFLICT_WITH'
  /** `from` leads `to` (a head of state or of an organization). */
  | 'LEADS'
  /** `from` takes place or lies in `to`. */
  | 'LOCATED_IN'
  /** `from` acts as a go-between in `to` (talks, a conflict). */
  | 'MEDIATES'
  /** `from` met or held talks with `to` (in person or by telephone). */
  | 'MEETS_WITH'
  /** `from` is a member or part of `to`. */
  | 'MEMBER_OF'
  /** `from` negotiates with `to`. */
  | 'NEGOTIATES'
  /** `from` takes part in `to` (an event). */
  | 'PARTICIPATES_IN'
  /** `from` pledged to bring about `to`. */
  | 'PLEDGED'
  /** `from` proposed a plan concerning `to`. */
  | 'PROPOSED'
  /** `from` rejected a proposal, demand or plan of `to`. */
  | 'REJECTS'
  /** `from` released `to`. */
  | 'RELEASED'
  /** `from` restricts humanitarian aid reaching `to`. */
  | 'RESTRICTS_AID_TO'
  /** `from` imposed an embargo, boycott or sanctions on `to`. */
  | 'SANCTIONS'
  /** `from` carried out a military strike on `to`. */
  | 'STRUCK'
  /** `from` threatened `to`. */
  | 'THREATENS'
  /** `from` visited `to` (a country, a city, a leader). */
  | 'VISITS'
  /** `from` warns about the situation in `to`. */
  | 'WARNS_ABOUT'
  /** `from` withdrew from `to` (talks, a place, an agreement). */
  | 'WITHDREW_FROM';

/** Whether a source's quote bears a fact out or disputes it. */
export type Stance =
  /** The quote disputes or denies the fact (e.g. `an Arab diplomat disputed Witkoff's assessment`). */
  | 'DISPUTES'
  /** The quote reports the fact. */
  | 'SUPPORTS';

type EntityFields_Country_Fragment = { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string };

type EntityFields_Event_Fragment = { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string };

type EntityFields_Group_Fragment = { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string };

type EntityFields_Organization_Fragment = { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string };

type EntityFields_Person_Fragment = { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string };

type EntityFields_Place_Fragment = { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string };

export type EntityFieldsFragment =
  | EntityFields_Country_Fragment
  | EntityFields_Event_Fragment
  | EntityFields_Group_Fragment
  | EntityFields_Organization_Fragment
  | EntityFields_Person_Fragment
  | EntityFields_Place_Fragment
;

export type RelationshipFieldsFragment = { type: RelationshipType, since: string | null, until: string | null, confidence: number | null, sourceCount: number, publisherCount: number, firstReported: string | null, id: string, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ quote: string, span: { start: number, end: number } | null, source: { id: string, title: string, publisher: string | null, url: string | null } }>, disputedBy: Array<{ quote: string, source: { id: string, title: string, publisher: string | null, url: string | null } }> };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, entity:
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
     }> };

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type EntityByIdQuery = { entity:
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
   | null };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
  minSources?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    >, edges: Array<{ type: RelationshipType, since: string | null, until: string | null, confidence: number | null, sourceCount: number, publisherCount: number, firstReported: string | null, id: string, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , sources: Array<{ quote: string, span: { start: number, end: number } | null, source: { id: string, title: string, publisher: string | null, url: string | null } }>, disputedBy: Array<{ quote: string, source: { id: string, title: string, publisher: string | null, url: string | null } }> }> } | null };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ShortestPathQuery = { path: Array<{ length: number, nodes: Array<
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    >, steps: Array<{ forward: boolean, relationship: { type: RelationshipType, since: string | null, until: string | null, confidence: number | null, sourceCount: number, publisherCount: number, firstReported: string | null, id: string, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ quote: string, span: { start: number, end: number } | null, source: { id: string, title: string, publisher: string | null, url: string | null } }>, disputedBy: Array<{ quote: string, source: { id: string, title: string, publisher: string | null, url: string | null } }> } }> }> };

export type RelationshipTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipTypesQuery = { relationshipTypes: Array<{ type: RelationshipType, description: string, cameoCode: string | null, cameoLabel: string | null, quadClass: QuadClass | null }> };

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceTextQuery = { source: { id: string, text: string | null } | null };

export type SourceArticleQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SourceArticleQuery = { source: { id: string, title: string, publisher: string | null, url: string | null, publishedAt: string | null, text: string | null, facts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { type: RelationshipType, since: string | null, until: string | null, confidence: number | null, sourceCount: number, publisherCount: number, firstReported: string | null, id: string, from:
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
          , to:
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
            | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
          , sources: Array<{ quote: string, span: { start: number, end: number } | null, source: { id: string, title: string, publisher: string | null, url: string | null } }>, disputedBy: Array<{ quote: string, source: { id: string, title: string, publisher: string | null, url: string | null } }> } }> } } | null };

export type ExtractionFieldsFragment = { sourceId: string, entities: Array<{ entityId: string, name: string, kind: EntityKind, aliases: Array<string>, existing: boolean }>, relationships: Array<{ type: RelationshipType, from: string, to: string, quote: string, confidence: number, rule: string, stance: Stance, span: { start: number, end: number } }> };

export type ExtractArticleQueryVariables = Exact<{
  article: ArticleInput;
}>;


export type ExtractArticleQuery = { extract: { sourceId: string, entities: Array<{ entityId: string, name: string, kind: EntityKind, aliases: Array<string>, existing: boolean }>, relationships: Array<{ type: RelationshipType, from: string, to: string, quote: string, confidence: number, rule: string, stance: Stance, span: { start: number, end: number } }> } };

export type IngestArticleMutationVariables = Exact<{
  article: ArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { source: { id: string }, entities: { created: number, updated: number, unchanged: number }, relationships: { created: number, updated: number, unchanged: number } } };

export type RelationshipAddedSubscriptionVariables = Exact<{
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type RelationshipAddedSubscription = { relationshipAdded: { type: RelationshipType, since: string | null, until: string | null, confidence: number | null, sourceCount: number, publisherCount: number, firstReported: string | null, id: string, from:
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    , to:
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { roles: Array<string>, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
      | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string }
    , sources: Array<{ quote: string, span: { start: number, end: number } | null, source: { id: string, title: string, publisher: string | null, url: string | null } }>, disputedBy: Array<{ quote: string, source: { id: string, title: string, publisher: string | null, url: string | null } }> } };

export type FeedsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FeedsQuery = { feeds: { totalCount: number, edges: Array<{ node: { id: string, url: string, title: string | null, format: FeedFormat, lastPolledAt: string | null, lastError: string | null, consecutiveFailures: number, nextPollAt: string, itemsSeen: number, articleCount: number, itemsSkipped: number } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}
    `, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const RelationshipFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"RelationshipFields"}) as unknown as TypedDocumentString<RelationshipFieldsFragment, unknown>;
export const ExtractionFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ExtractionFields"}) as unknown as TypedDocumentString<ExtractionFieldsFragment, unknown>;
export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}`) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const EntityByIdDocument = new TypedDocumentString(`
    query EntityById($id: ID!, $asOf: Date) {
  entity(id: $id, asOf: $asOf) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}`) as unknown as TypedDocumentString<EntityByIdQuery, EntityByIdQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int, $minSources: Int, $asOf: Date) {
  neighborhood(
    id: $id
    depth: $depth
    types: $types
    limit: $limit
    minSources: $minSources
    asOf: $asOf
  ) {
    truncated
    nodes {
      ...EntityFields
    }
    edges {
      ...RelationshipFields
    }
  }
}
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}
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
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
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
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}
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
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const RelationshipTypesDocument = new TypedDocumentString(`
    query RelationshipTypes {
  relationshipTypes {
    type
    description
    cameoCode
    cameoLabel
    quadClass
  }
}
    `) as unknown as TypedDocumentString<RelationshipTypesQuery, RelationshipTypesQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  source(id: $id) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const SourceArticleDocument = new TypedDocumentString(`
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
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}
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
}`) as unknown as TypedDocumentString<SourceArticleQuery, SourceArticleQueryVariables>;
export const ExtractArticleDocument = new TypedDocumentString(`
    query ExtractArticle($article: ArticleInput!) {
  extract(article: $article) {
    ...ExtractionFields
  }
}
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
}`) as unknown as TypedDocumentString<ExtractArticleQuery, ExtractArticleQueryVariables>;
export const IngestArticleDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<IngestArticleMutation, IngestArticleMutationVariables>;
export const RelationshipAddedDocument = new TypedDocumentString(`
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
    fragment EntityFields on Entity {
  id: slug
  name
  kind
  aliases
  description
  ... on Person {
    roles
  }
}
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
}`) as unknown as TypedDocumentString<RelationshipAddedSubscription, RelationshipAddedSubscriptionVariables>;
export const FeedsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FeedsQuery, FeedsQueryVariables>;