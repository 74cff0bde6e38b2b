// WebSocket admission without a server: client addresses, the connecting allowances, and the token's expiry timer.
import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { Admission, clientOf } from '../../src/live/admission';
import { atExpiry } from '../../src/live/tokenExpiry';

/** Enough of a ws socket for Admission: it is closed by emitting 'close'. */
function fakeSocket(): WebSocket & { terminated: boolean } {
  const socket = Object.assign(new EventEmitter(), { terminated: false, terminate() { socket.terminated = true; socket.emit('close'); } });
  return socket as unknown as WebSocket & { terminated: boolean };
}

const LIMITS = { maxConnections: 2, maxConnecting: 4, maxConnectingPerAddress: 2, connectionInitTimeoutMs: 3000 };

afterEach(() => { jest.useRealTimers(); });

test.each([
  ['203.0.113.9', '203.0.113.9'],
  ['::ffff:203.0.113.9', '203.0.113.9'],
  ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
  ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
  ['2001:0db8::ffff', '2001:db8:0:0::/64'],
  ['::1', '0:0:0:0::/64'],
  [undefined, 'unknown'],
])('the client of %s is %s (IPv6 by its /64)', (address, client) => {
  expect(clientOf(address)).toBe(client);
});

test('sockets waiting for connection_ack are capped per client address (429) and in all (503), and do not count as connections', () => {
  jest.useFakeTimers();
  const admission = new Admission(LIMITS);
  admission.opened(fakeSocket(), '10.0.0.1');
  admission.opened(fakeSocket(), '10.0.0.1');
  const perAddress = admission.refusal('10.0.0.1');
  expect(perAddress?.status).toBe(429);
  expect(JSON.parse(perAddress?.body ?? '{}')).toEqual({ errors: [{ message: expect.stringMatching(/waiting for connection_ack/), extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxConnectingPerAddress', max: 2 } }] });
  expect(perAddress?.headers).toEqual({ 'Content-Type': 'application/json', 'Retry-After': '3' });
  expect(admission.refusal('10.0.0.2')).toBeNull();
  admission.opened(fakeSocket(), '10.0.0.2');
  admission.opened(fakeSocket(), '10.0.0.3');
  expect(admission.refusal('10.0.0.4')?.status).toBe(503);
  expect(admission.acknowledged).toBe(0);
});

test('an acknowledged socket frees its connecting place; past maxConnections none is acknowledged', () => {
  jest.useFakeTimers();
  const admission = new Admission(LIMITS);
  const sockets = [fakeSocket(), fakeSocket(), fakeSocket()];
  for (const socket of sockets) admission.opened(socket, '10.0.0.1');
  expect(sockets.map((s) => admission.acknowledge(s))).toEqual([true, true, false]);
  expect({ connecting: admission.connecting, acknowledged: admission.acknowledged }).toEqual({ connecting: 1, acknowledged: 2 });
  sockets[0]?.emit('close');
  expect(admission.acknowledged).toBe(1);
  expect(admission.acknowledge(sockets[2] as WebSocket)).toBe(true);
});

test('a socket still connecting a second past the connection_init deadline is dropped; an acknowledged one is not', () => {
  jest.useFakeTimers();
  const admission = new Admission(LIMITS);
  const idle = fakeSocket();
  const acknowledged = fakeSocket();
  admission.opened(idle, '10.0.0.1');
  admission.opened(acknowledged, '10.0.0.1');
  admission.acknowledge(acknowledged);
  jest.advanceTimersByTime(3999);
  expect(idle.terminated).toBe(false);
  jest.advanceTimersByTime(1);
  expect([idle.terminated, acknowledged.terminated]).toEqual([true, false]);
  expect(admission.connecting).toBe(0);
  expect(admission.refusal('10.0.0.1')).toBeNull();
});

test('the expiry timer fires at the time given, even beyond setTimeout\'s 24.8 days, and not once cancelled', () => {
  jest.useFakeTimers();
  const now = Date.now();
  const expired = jest.fn();
  atExpiry(now + 40 * 86_400_000, expired);
  jest.advanceTimersByTime(40 * 86_400_000 - 1);
  expect(expired).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(expired).toHaveBeenCalledTimes(1);

  const cancelled = jest.fn();
  const cancel = atExpiry(Date.now() + 1000, cancelled);
  cancel();
  jest.advanceTimersByTime(2000);
  expect(cancelled).not.toHaveBeenCalled();
});
