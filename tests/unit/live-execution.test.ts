// Subscription execution: events of the change feed are executed once per audience (same selection, variables
// and roles; the subscription field's own arguments aside), a subscriber's events of one batch together with one
// fresh context (so loads batch, and no cache outlives its batch), each result carrying the event's cursor; other
// events get a fresh context each; completing a quiet subscription ends its source at once.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { BoundedQueue } from '../../src/live/boundedQueue';
import type { FeedBatch, FeedEvent } from '../../src/live/changeFeed';
import { subscribeWithSharedResults } from '../../src/live/execution';

const typeDefs = 'type Query { ok: Boolean } type Subscription { tick(filter: String, after: String): Tick! } type Tick { name: String! generation: Int! }';

function setup() {
  let generation = 0;
  let resolved = 0;
  const sources: Array<BoundedQueue<unknown>> = [];
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Subscription: {
        tick: {
          subscribe: () => {
            const source = new BoundedQueue<unknown>(100);
            sources.push(source);
            return source;
          },
          resolve: (event: unknown) => (typeof event === 'string' ? event : (event as FeedEvent<string>).value),
        },
      },
      Tick: {
        name: (value: string) => { resolved += 1; return value; },
        generation: (_value: string, _args: unknown, ctx: { generation: number }) => ctx.generation,
      },
    },
  });
  const subscribe = subscribeWithSharedResults({ renew: () => ({ generation: (generation += 1) }), rolesOf: (ctx) => (ctx as { roles: string[] }).roles });
  const open = async (query: string, roles: string[] = [], variableValues: Record<string, unknown> = {}) => {
    const events = await subscribe({ schema, document: parse(query), variableValues, contextValue: { generation: 0, roles } });
    if (!(Symbol.asyncIterator in events)) throw new Error('expected a stream');
    return { iterator: events[Symbol.asyncIterator](), source: sources[sources.length - 1] as BoundedQueue<unknown> };
  };
  return { open, resolvedCount: () => resolved };
}

/** One feed batch's events as a subscriber receives them. */
function batchOf(values: string[]): Array<FeedEvent<string>> {
  const batch: FeedBatch = { shared: new Map() };
  const events: Array<FeedEvent<string>> = [];
  values.forEach((value, i) => events.push({ value, place: { seq: 1, id: value }, cursor: `c${i}`, batch, siblings: events }));
  return events;
}

test('events other than the feed\'s are executed with a context renewed from the subscription\'s, and return() ends a quiet source', async () => {
  const { open } = setup();
  const { iterator, source } = await open('subscription { tick { name generation } }');
  source.push('a');
  source.push('b');
  expect((await iterator.next()).value).toEqual({ data: { tick: { name: 'a', generation: 1 } } });
  expect((await iterator.next()).value).toEqual({ data: { tick: { name: 'b', generation: 2 } } });

  const pending = iterator.next();
  await iterator.return?.();
  expect(source.isClosed).toBe(true);
  expect(await pending).toEqual({ done: true, value: undefined });
});

test('a batch is executed once for all subscribers with the same selection, whatever their filters and cursors, with one fresh context; each result carries its cursor', async () => {
  const { open, resolvedCount } = setup();
  const one = await open('subscription { tick(filter: "x") { name generation } }');
  const two = await open('subscription($after: String) { tick(after: $after) { name generation } }', [], { after: 'c0' });
  const events = batchOf(['a', 'b', 'c']);
  for (const event of events) { one.source.push(event); two.source.push(event); }
  const expected = ['a', 'b', 'c'].map((name, i) => ({ data: { tick: { name, generation: 1 } }, extensions: { cursor: `c${i}` } }));
  for (const want of expected) expect((await one.iterator.next()).value).toEqual(want);
  for (const want of expected) expect((await two.iterator.next()).value).toEqual(want);
  expect(resolvedCount()).toBe(3);
});

test('another selection or other roles are executed apart', async () => {
  const { open, resolvedCount } = setup();
  const subscriptions = [
    await open('subscription { tick { name } }'),
    await open('subscription { tick { name generation } }'),
    await open('subscription { tick { name } }', ['editor']),
  ];
  const events = batchOf(['a']);
  for (const { source } of subscriptions) source.push(events[0]);
  for (const { iterator } of subscriptions) await iterator.next();
  expect(resolvedCount()).toBe(3);
});
