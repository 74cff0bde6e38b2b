// The bounded queue behind each subscription: refuses past its capacity, hands items to a waiting reader, and
// ends a pending read when closed.
import { BoundedQueue } from '../../src/live/boundedQueue';

test('push refuses past the capacity instead of growing', () => {
  const queue = new BoundedQueue<number>(2);
  expect([queue.push(1), queue.push(2), queue.push(3)]).toEqual([true, true, false]);
  expect(queue.length).toBe(2);
  expect(queue.room).toBe(0);
});

test('items come out in order, and a waiting reader gets the next push at once', async () => {
  const queue = new BoundedQueue<string>(3);
  queue.push('a');
  expect(await queue.next()).toEqual({ done: false, value: 'a' });
  const pending = queue.next();
  queue.push('b');
  expect(await pending).toEqual({ done: false, value: 'b' });
  expect(queue.length).toBe(0);
});

test('close ends a pending read, drops what was queued, refuses pushes and tells the owner once', async () => {
  const onClose = jest.fn();
  const queue = new BoundedQueue<number>(3, onClose);
  const pending = queue.next();
  queue.close();
  expect(await pending).toEqual({ done: true, value: undefined });
  expect(queue.push(1)).toBe(false);
  queue.close();
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('return() from a for-await loop closes the queue', async () => {
  const onClose = jest.fn();
  const queue = new BoundedQueue<number>(3, onClose);
  queue.push(1);
  queue.push(2);
  for await (const item of queue) {
    expect(item).toBe(1);
    break;
  }
  expect(queue.isClosed).toBe(true);
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('a capacity below 1 is refused', () => {
  expect(() => new BoundedQueue(0)).toThrow(/capacity/);
});
