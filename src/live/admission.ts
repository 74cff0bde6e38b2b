// Who may hold a WebSocket. A socket is "connecting" from the upgrade until its connection_init is acknowledged, and
// only then counts against LIVE_MAX_CONNECTIONS: sockets that never authenticate get their own small allowance per
// client address (and in all), and a deadline, so they cannot take the places of clients that do.
import { isIPv6 } from 'node:net';
import type { WebSocket } from 'ws';
import type { LiveConfig } from '../config';

/** An upgrade refused before it happens: an HTTP status and a coded JSON body, like the HTTP API's refusals. */
export interface UpgradeRefusal {
  status: 429 | 503;
  body: string;
  headers: Record<string, string>;
}

/** Extra time after the connection_init deadline for a socket to finish closing; then it is dropped. */
const DROP_GRACE_MS = 1_000;

/**
 * The client an address stands for: an IPv4 address, or an IPv6 /64, the smallest block one subscriber is given
 * (one host may hold billions of addresses inside it).
 */
export function clientOf(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export class Admission {
  /** Connecting sockets and the client each came from. */
  private readonly connectingFrom = new Map<WebSocket, string>();
  private readonly connectingPerClient = new Map<string, number>();
  private readonly acknowledgedSockets = new Set<WebSocket>();

  constructor(private readonly limits: Pick<LiveConfig, 'maxConnections' | 'maxConnecting' | 'maxConnectingPerAddress' | 'connectionInitTimeoutMs'>) {}

  get connecting(): number {
    return this.connectingFrom.size;
  }

  get acknowledged(): number {
    return this.acknowledgedSockets.size;
  }

  /** At the upgrade: null to let it through, else how to refuse it. */
  refusal(address: string | undefined): UpgradeRefusal | null {
    const { maxConnectingPerAddress, maxConnecting, connectionInitTimeoutMs } = this.limits;
    const retryAfter = String(Math.ceil(connectionInitTimeoutMs / 1000));
    if ((this.connectingPerClient.get(clientOf(address)) ?? 0) >= maxConnectingPerAddress) {
      return refuse(429, 'maxConnectingPerAddress', maxConnectingPerAddress, 'too many WebSockets from this address are waiting for connection_ack; try again later', retryAfter);
    }
    if (this.connectingFrom.size >= maxConnecting) {
      return refuse(503, 'maxConnecting', maxConnecting, 'too many WebSockets are waiting for connection_ack; try again later', retryAfter);
    }
    return null;
  }

  /** An upgraded socket: connecting until acknowledged; dropped if still connecting (or closing) past the deadline. */
  opened(socket: WebSocket, address: string | undefined): void {
    const client = clientOf(address);
    this.connectingFrom.set(socket, client);
    this.connectingPerClient.set(client, (this.connectingPerClient.get(client) ?? 0) + 1);
    // graphql-ws closes it with 4408 at the deadline; one that never answers the close would otherwise keep its place for ws' 30 s.
    const drop = setTimeout(() => { if (this.connectingFrom.has(socket)) socket.terminate(); }, this.limits.connectionInitTimeoutMs + DROP_GRACE_MS);
    socket.once('close', () => {
      clearTimeout(drop);
      this.leaveConnecting(socket);
      this.acknowledgedSockets.delete(socket);
    });
  }

  /** Its token checked: whether it may be acknowledged (false: every acknowledged place is taken, or it has gone). */
  acknowledge(socket: WebSocket): boolean {
    if (!this.connectingFrom.has(socket) || this.acknowledgedSockets.size >= this.limits.maxConnections) return false;
    this.leaveConnecting(socket);
    this.acknowledgedSockets.add(socket);
    return true;
  }

  private leaveConnecting(socket: WebSocket): void {
    const client = this.connectingFrom.get(socket);
    if (client === undefined) return;
    this.connectingFrom.delete(socket);
    const left = (this.connectingPerClient.get(client) ?? 1) - 1;
    if (left > 0) this.connectingPerClient.set(client, left);
    else this.connectingPerClient.delete(client);
  }
}

function refuse(status: 429 | 503, limit: string, max: number, message: string, retryAfter: string): UpgradeRefusal {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit, max } }] });
  return { status, body, headers: { 'Content-Type': 'application/json', 'Retry-After': retryAfter } };
}
