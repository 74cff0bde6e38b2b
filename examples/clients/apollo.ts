// Apollo Client with newsgraph's kit: the cache knows which types are Entities and merges connection pages.
import { ApolloClient, HttpLink } from '@apollo/client';
import { filter, firstValueFrom } from 'rxjs';
import { createCache } from '../../client';
import { EntityRelationships } from './operations';
import type { EntityRelationshipsQuery } from './generated/graphql';

/** A client for `url` (e.g. http://localhost:4000/graphql); the token is only needed for mutations, or for reads when AUTH_REQUIRED_FOR_READS=true. */
export function createApolloClient(url: string, token?: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: createCache(),
  });
}

type Relationship = NonNullable<EntityRelationshipsQuery['entity']>['relationships']['edges'][number]['node'];

/**
 * Every relationship of one entity, fetched `pageSize` at a time with `fetchMore`. The kit's relayStylePagination
 * merges each page into the cached list, so the watched query ends up holding all of them, in server order.
 */
export async function entityRelationshipsWithApollo(url: string, id: string, pageSize = 5): Promise<{ name: string; relationships: Relationship[] }> {
  const client = createApolloClient(url);
  const variables = { id, first: pageSize };
  const query = client.watchQuery({ query: EntityRelationships, variables });
  // Watching keeps the query active, as a mounted component would; the first complete result is page one.
  const watching = query.subscribe(() => undefined);
  try {
    const first = await firstValueFrom(query.pipe(filter((value) => value.dataState === 'complete' || value.error !== undefined)));
    if (first.error) throw first.error;
    let result = first.data as EntityRelationshipsQuery;
    while (result.entity?.relationships.pageInfo.hasNextPage) {
      const next = await query.fetchMore({ variables: { after: result.entity.relationships.pageInfo.endCursor } });
      if (next.error) throw next.error;
      // fetchMore answers with the new page alone; the cache holds the merged list under the first page's key.
      result = client.readQuery({ query: EntityRelationships, variables }) ?? result;
    }
    if (!result.entity) throw new Error(`no entity ${id}`);
    return { name: result.entity.name, relationships: result.entity.relationships.edges.map((edge) => edge.node) };
  } finally {
    watching.unsubscribe();
    client.stop();
  }
}
