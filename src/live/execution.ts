// Subscription execution as graphql-js does it (a source stream, each event executed against the selection), with
// three changes. Events of the change feed (changeFeed.ts) are executed once per audience (audience.ts) and the
// one result sent to every subscriber in it; a subscriber's events of one feed batch are executed together, with
// fresh loaders of their own, so their loads share one read per loader; and each result carries the event's
// cursor in `extensions`. Fresh loaders per batch: DataLoaders cache for the life of their context, so reusing one
// across batches would answer later events with earlier data.
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { audienceKey } from './audience';
import type { FeedEvent } from './changeFeed';
import { yieldWhenBusy } from './eventLoop';

/** Has `return`, so graphql-ws ends it when the client completes or goes away. */
type Events = Required<Pick<AsyncIterableIterator<ExecutionResult>, 'next' | 'return'>> & AsyncIterableIterator<ExecutionResult>;

export interface SharedExecutionOptions {
  /** A fresh request context made from a subscription's: new loaders, the same request id and actor. */
  renew: (context: unknown) => unknown;
  /** The roles of a subscription's context (part of its audience: what one may see, another may not). */
  rolesOf: (context: unknown) => readonly string[];
}

/** Events executed in one go: enough to batch their loads, few enough not to hold the event loop for long. */
const EXECUTED_TOGETHER = 100;

export function subscribeWithSharedResults(options: SharedExecutionOptions): (args: ExecutionArgs) => Promise<Events | ExecutionResult> {
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const audience = audienceKey(args.document, args.operationName, args.variableValues, options.rolesOf(args.contextValue));
    const executeAll = (events: ReadonlyArray<unknown>): Array<Promise<ExecutionResult>> => {
      const contextValue = options.renew(args.contextValue);
      return events.map(async (event) => withCursor(await execute({ ...args, rootValue: event, contextValue }), event));
    };
    return mapEvents(stream[Symbol.asyncIterator](), async (event) => {
      await yieldWhenBusy();
      if (!isFeedEvent(event)) return (executeAll([event])[0] as Promise<ExecutionResult>);
      return sharedResult(event, audience, executeAll);
    });
  };
}

function isFeedEvent(event: unknown): event is FeedEvent<unknown> {
  return typeof event === 'object' && event !== null && 'batch' in event && 'siblings' in event && 'cursor' in event;
}

function withCursor(result: ExecutionResult, event: unknown): ExecutionResult {
  return isFeedEvent(event) ? { ...result, extensions: { ...result.extensions, cursor: event.cursor } } : result;
}

/**
 * The result of `event` for `audience`, executed by whichever subscriber of the audience asks first: it executes
 * this event and its next few (its own, so the ones it will ask for) in one go, for itself and everyone after it.
 */
function sharedResult(event: FeedEvent<unknown>, audience: string, executeAll: (events: ReadonlyArray<FeedEvent<unknown>>) => Array<Promise<ExecutionResult>>): Promise<ExecutionResult> {
  let results = event.batch.shared.get(audience) as Map<string, Promise<ExecutionResult>> | undefined;
  if (!results) {
    results = new Map();
    event.batch.shared.set(audience, results);
  }
  const known = results.get(event.cursor);
  if (known) return known;
  const from = event.siblings.indexOf(event);
  const missing = event.siblings.slice(from, from + EXECUTED_TOGETHER).filter((e) => !results.has(e.cursor));
  executeAll(missing).forEach((result, i) => results.set(missing[i]?.cursor ?? '', result));
  return results.get(event.cursor) as Promise<ExecutionResult>;
}

/**
 * `source` mapped through `map`, as an object rather than an async generator: a generator's `return()` waits
 * for a pending `next()`, so a client completing a quiet subscription would hang until its next event.
 */
function mapEvents(source: AsyncIterator<unknown>, map: (event: unknown) => Promise<ExecutionResult>): Events {
  const finish = async (): Promise<IteratorResult<ExecutionResult, undefined>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  const events: Events = {
    async next() {
      const result = await source.next();
      return result.done ? { done: true, value: undefined } : { done: false, value: await map(result.value) };
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return events;
    },
  };
  return events;
}
