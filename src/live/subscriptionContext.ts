// What a subscription's `subscribe` resolver needs beyond the request context: the instance's change feed, and
// how to drop its connection when it reads too slowly. Kept beside the context (not in it), so RequestContext
// stays the same for HTTP and WebSocket, and only subscriptions, which only run over WebSocket, ask for it.
import type { RequestContext } from '../context';
import type { RelationshipType } from '../generated/graphql';
import type { RelationshipModel, SourceModel } from '../graph/models';
import type { FeedEvent } from './changeFeed';

export interface RelationshipFilter {
  /** Only these types; all when null. */
  types: readonly RelationshipType[] | null;
  /** Only relationships from or to this entity id; all when null. */
  entity: string | null;
}

/** Each subscribes from now, or after `after` (an event's cursor) with what was missed since replayed. */
export interface LiveSubscriptions {
  relationshipsAdded(filter: RelationshipFilter, after: string | null): Promise<AsyncIterableIterator<FeedEvent<RelationshipModel>>>;
  sourcesAdded(after: string | null): Promise<AsyncIterableIterator<FeedEvent<SourceModel>>>;
}

const live = new WeakMap<RequestContext, LiveSubscriptions>();

export function withLiveSubscriptions(context: RequestContext, subscriptions: LiveSubscriptions): RequestContext {
  live.set(context, subscriptions);
  return context;
}

/** The live subscriptions of a WebSocket operation's context. */
export function liveSubscriptionsOf(context: RequestContext): LiveSubscriptions {
  const subscriptions = live.get(context);
  // Unreachable through the API: subscriptions over HTTP are refused in validation (transportRules.ts).
  if (!subscriptions) throw new Error('subscriptions are served over WebSocket only');
  return subscriptions;
}

/** Whether a relationship passes a subscription's filter. */
export function matchesRelationship(filter: RelationshipFilter, rel: RelationshipModel): boolean {
  if (filter.types && !filter.types.includes(rel.type)) return false;
  if (filter.entity !== null && rel.fromId !== filter.entity && rel.toId !== filter.entity) return false;
  return true;
}
