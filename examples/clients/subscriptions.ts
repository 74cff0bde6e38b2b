// Live updates with graphql-ws's client: new relationships as they are written (docs/live.md).
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws'; // Node only; browsers have their own WebSocket
import type { RelationshipAddedSubscription, RelationshipType } from './generated/graphql';
import { RelationshipAdded } from './operations';

export type AddedRelationship = RelationshipAddedSubscription['relationshipAdded'];

export interface WatchOptions {
  /** Only relationships from or to this entity id. */
  entity?: string;
  /** Only these types. */
  types?: RelationshipType[];
  /** Needed only when the server has AUTH_REQUIRED_FOR_READS=true; sent once, in `connection_init`. */
  token?: string;
  /** GraphQL errors of the subscription, or the socket's close event (4401: bad token, 4429: too slow…). */
  onError?: (error: unknown) => void;
}

/** Calls `onRelationship` for each relationship created from now on; the returned function stops and disconnects. */
export function watchRelationships(httpUrl: string, onRelationship: (relationship: AddedRelationship) => void, options: WatchOptions = {}): () => Promise<void> {
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'), // same path and port as queries
    webSocketImpl: WebSocket,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const unsubscribe = client.subscribe<RelationshipAddedSubscription>(
    { query: print(RelationshipAdded), variables: { entity: options.entity, types: options.types } },
    {
      next: (result) => {
        if (result.errors) options.onError?.(result.errors);
        else if (result.data) onRelationship(result.data.relationshipAdded);
      },
      error: (error) => options.onError?.(error),
      complete: () => undefined,
    },
  );
  return async () => {
    unsubscribe();
    await client.dispose();
  };
}
