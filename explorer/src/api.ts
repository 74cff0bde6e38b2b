// A tiny GraphQL-over-HTTP client for typed documents: POST to the service's own /graphql, nothing else.
import type { TypedDocumentString } from '../generated/graphql';

/** A query exactly as sent, so it can be reopened elsewhere (Apollo Sandbox). */
export interface SentOperation {
  query: string;
  variables: Record<string, unknown>;
}

export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** A bearer token (JWT) for operations that need a role; sent only with the request that carries it. */
  token?: string;
}

export type Request = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options?: RequestOptions,
) => Promise<TResult>;

export function operationOf<TVariables>(document: TypedDocumentString<unknown, TVariables>, variables: TVariables): SentOperation {
  // Codegen indents the appended fragments; flush them left so the query reads well in Sandbox.
  const query = document.toString().trim().replace(/\n\s+fragment /g, '\n\nfragment ');
  return { query, variables: withoutUndefined(variables as Record<string, unknown>) };
}

export function createClient(endpoint: string): Request {
  return async (document, variables, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(operationOf(document, variables)),
      signal: options.signal,
    });
    let body: GraphQLBody<never>;
    try {
      body = (await response.json()) as GraphQLBody<never>;
    } catch {
      throw new GraphQLRequestError(`The server answered ${response.status} without a GraphQL response`, undefined);
    }
    const first = body.errors?.[0];
    if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
    if (!body.data) throw new GraphQLRequestError(`The server answered ${response.status} without data`, undefined);
    return body.data;
  };
}

/** JSON drops undefined anyway; dropping it here keeps the Sandbox link's variables identical to what was sent. */
function withoutUndefined(variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(variables ?? {}).filter(([, value]) => value !== undefined));
}
