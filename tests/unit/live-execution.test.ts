// Subscription execution gives every event a fresh context (so per-request DataLoader caches never carry one
// event's data into the next), and completing a quiet subscription ends its source at once.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { subscribeWithFreshContexts } from '../../src/live/execution';
import { BoundedQueue } from '../../src/live/boundedQueue';

const typeDefs = 'type Query { ok: Boolean } type Subscription { tick: String! }';

test('each event is executed with a context renewed from the subscription\'s, and return() ends a quiet source', async () => {
  const source = new BoundedQueue<string>(10);
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Subscription: {
        tick: {
          subscribe: () => source,
          resolve: (event: string, _args: unknown, ctx: { generation: number }) => `${event}@${ctx.generation}`,
        },
      },
    },
  });
  let generation = 0;
  const subscribe = subscribeWithFreshContexts(() => ({ generation: (generation += 1) }));
  const events = await subscribe({ schema, document: parse('subscription { tick }'), contextValue: { generation: 0 } });
  if (!(Symbol.asyncIterator in events)) throw new Error('expected a stream');
  const iterator = events[Symbol.asyncIterator]();
  source.push('a');
  source.push('b');
  expect((await iterator.next()).value).toEqual({ data: { tick: 'a@1' } });
  expect((await iterator.next()).value).toEqual({ data: { tick: 'b@2' } });

  const pending = iterator.next();
  await iterator.return?.();
  expect(source.isClosed).toBe(true);
  expect(await pending).toEqual({ done: true, value: undefined });
});
