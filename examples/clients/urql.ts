// urql with Graphcache: relayPagination merges the pages of `Query.relationships` into one list, as the kit's
// typePolicies do for Apollo. Connections, edges and PageInfo have no id: they are kept inside their parent.
import { Client, fetchExchange, type OperationResult } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { RelationshipType, RelationshipsByTypeQuery } from './generated/graphql';
import { RelationshipsByType } from './operations';

const embedded = () => null;

/** A client for `url`; the token goes in every request's `authorization` header when given. */
export function createUrqlClient(url: string, token?: string): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({
        keys: { RelationshipConnection: embedded, RelationshipEdge: embedded, PageInfo: embedded },
        resolvers: { Query: { relationships: relayPagination() } },
      }),
      fetchExchange,
    ],
    // urql sends short queries as GET; Apollo Server refuses a GET without a preflight-forcing header (its CSRF
    // protection), so send POST (or add an `apollo-require-preflight: true` header and keep GET).
    preferGetMethod: false,
    fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}

type Relationship = RelationshipsByTypeQuery['relationships']['edges'][number]['node'];

/** Every relationship of these types, `pageSize` at a time; each page's answer from Graphcache holds all pages so far. */
export async function relationshipsWithUrql(url: string, types: RelationshipType[], pageSize = 2): Promise<Relationship[]> {
  const client = createUrqlClient(url);
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<RelationshipsByTypeQuery> = await client.query(RelationshipsByType, { types, first: pageSize, after }).toPromise();
    // A CombinedError: network trouble, or GraphQL errors each with `extensions.code` (see docs/clients.md).
    if (result.error) throw result.error;
    if (!result.data) throw new Error('no data');
    const { edges, pageInfo } = result.data.relationships;
    if (!pageInfo.hasNextPage) return edges.map((edge) => edge.node);
    after = pageInfo.endCursor;
  }
}
