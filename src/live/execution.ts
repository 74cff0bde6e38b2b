// Subscription execution as graphql-js does it (a source stream, each event executed against the selection),
// with one change: every event is executed with a fresh request context. DataLoaders cache for the life of
// their context, so reusing one across events would answer later events with earlier data.
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** Has `return`, so graphql-ws ends it when the client completes or goes away. */
type Events = Required<Pick<AsyncIterableIterator<ExecutionResult>, 'next' | 'return'>> & AsyncIterableIterator<ExecutionResult>;

export function subscribeWithFreshContexts(renew: (context: unknown) => unknown): (args: ExecutionArgs) => Promise<Events | ExecutionResult> {
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    return mapEvents(stream[Symbol.asyncIterator](), async (event) => execute({ ...args, rootValue: event, contextValue: renew(args.contextValue) }));
  };
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
