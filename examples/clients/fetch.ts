// No client library: POST a typed document from codegen's client preset with fetch. The result and the
// variables are typed by the document itself (TypedDocumentNode), so a wrong variable is a compile error.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { EntityRelationshipsQuery } from './generated/graphql';
import { EntityRelationships } from './operations';

/** A GraphQL error with its `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, …) and the HTTP status. */
export class GraphQLResponseError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly status: number) {
    super(message);
    this.name = 'GraphQLResponseError';
  }
}

interface Body<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** One operation over HTTP; throws the first GraphQL error, so `data` is whole when it returns. */
export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: print(document), variables }) });
  const body = (await response.json()) as Body<TResult>;
  const first = body.errors?.[0];
  if (first) throw new GraphQLResponseError(first.message, first.extensions?.code, response.status);
  if (!body.data) throw new GraphQLResponseError(`HTTP ${response.status} without data`, undefined, response.status);
  return body.data;
}

type Relationship = NonNullable<EntityRelationshipsQuery['entity']>['relationships']['edges'][number]['node'];

/** Every relationship of one entity, page by page: with no cache to merge them, the caller appends the pages. */
export async function entityRelationshipsWithFetch(url: string, id: string, pageSize = 20): Promise<Relationship[]> {
  const all: Relationship[] = [];
  let after: string | null = null;
  for (;;) {
    const { entity }: EntityRelationshipsQuery = await request(url, EntityRelationships, { id, first: pageSize, after });
    if (!entity) throw new Error(`no entity ${id}`);
    all.push(...entity.relationships.edges.map((edge) => edge.node));
    if (!entity.relationships.pageInfo.hasNextPage) return all;
    after = entity.relationships.pageInfo.endCursor;
  }
}
