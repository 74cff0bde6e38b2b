// Live updates: a `relationshipAdded` subscription over WebSocket (graphql-transport-ws, same /graphql path),
// a small status (connected / reconnecting / off) and a polite announcement of each new fact the page draws.
// Nothing is queued: an event is handed to the page as it arrives, and only the last few announcements are kept.
import { type Client, createClient } from 'graphql-ws';
import type { RelationshipAddedSubscription } from '../generated/graphql';
import { h } from './dom';
import { RelationshipAdded } from './operations';

export type AddedRelationship = RelationshipAddedSubscription['relationshipAdded'];
export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'off';

/** How many announcements stay on screen; older ones are dropped. */
const KEPT_ANNOUNCEMENTS = 3;
/** Reconnection waits double from 1 s up to this, plus up to 1 s of jitter, for as long as the page is open. */
const MAX_RETRY_WAIT_MS = 30_000;
/** graphql-ws closes with 4401 when the token is missing or not accepted (reads need a token on this server). */
const UNAUTHORIZED = 4401;

const STATE_TEXT: Record<LiveState, string> = {
  connecting: 'Live: connecting…',
  connected: 'Live: on',
  reconnecting: 'Live: reconnecting…',
  off: 'Live: off',
};

export interface LiveOptions {
  /** The WebSocket address of /graphql (ws: or wss:). */
  url: string;
  /**
   * The token the page holds in memory (Add article panel), if any. Sent (in connection_init) only once the
   * server has refused a connection without one, i.e. when this server needs a token for reads.
   */
  token(): string;
  /** A relationship was created; the page decides whether and how it is drawn and answers what it did. */
  onRelationship(relationship: AddedRelationship): 'drawn' | 'ignored';
  /** Words for a new fact, e.g. “Alpha Land negotiates Beta Land”. */
  describe(relationship: AddedRelationship): string;
}

export interface LiveUpdates {
  /** The status line and the announcements, to be placed in the page. */
  readonly element: HTMLElement;
  readonly state: LiveState;
  /** Starts listening. */
  start(): void;
  /** The token changed: if the server refused the page for want of one, try again with it. */
  tokenChanged(): void;
  /** Stops listening and closes the connection. */
  stop(reason?: string): void;
}

export function createLiveUpdates(options: LiveOptions): LiveUpdates {
  const status = h('span', { class: 'live-status', 'data-state': 'off' }, h('span', { class: 'live-dot', 'aria-hidden': 'true' }), h('span', { class: 'live-text' }, STATE_TEXT.off));
  const note = h('span', { class: 'live-note' });
  // A live region of its own: announcements are read out politely, never interrupting.
  const news = h('ul', { class: 'live-news', id: 'live-news', 'aria-live': 'polite', 'aria-label': 'New facts' });
  const element = h('div', { class: 'live', id: 'live' }, status, note, news);

  let client: Client | null = null;
  let unsubscribe: (() => void) | null = null;
  let state: LiveState = 'off';
  let everConnected = false;
  let needsToken = false;

  function show(next: LiveState, why = '') {
    state = next;
    status.dataset.state = next;
    status.querySelector('.live-text')?.replaceChildren(STATE_TEXT[next]);
    note.textContent = why;
  }

  function announce(relationship: AddedRelationship) {
    const source = relationship.sources[0]?.source;
    const item = h('li', { 'data-id': relationship.id }, `New: ${options.describe(relationship)}${source ? ` (${source.title}${source.publisher ? `, ${source.publisher}` : ''})` : ''}`);
    news.prepend(item);
    while (news.children.length > KEPT_ANNOUNCEMENTS) news.lastElementChild?.remove();
  }

  function stop(reason = '') {
    unsubscribe?.();
    unsubscribe = null;
    void client?.dispose();
    client = null;
    show('off', reason);
  }

  function start() {
    if (client) stop();
    everConnected = false;
    show('connecting');
    const current = createClient({
      url: options.url,
      lazy: true,
      connectionParams: () => {
        const token = needsToken ? options.token() : '';
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RETRY_WAIT_MS) + Math.random() * 1000)),
      on: {
        connecting: () => { if (client === current) show(everConnected ? 'reconnecting' : 'connecting'); },
        connected: () => {
          if (client !== current) return;
          everConnected = true;
          show('connected');
        },
        closed: () => { if (client === current && state === 'connected') show('reconnecting'); },
      },
    });
    client = current;
    unsubscribe = current.subscribe<RelationshipAddedSubscription>(
      { query: RelationshipAdded.toString(), operationName: 'RelationshipAdded', variables: {} },
      {
        next: ({ data }) => {
          if (client !== current || !data) return;
          if (options.onRelationship(data.relationshipAdded) === 'drawn') announce(data.relationshipAdded);
        },
        error: (error) => {
          if (client !== current) return;
          const code = (error as { code?: unknown } | null)?.code;
          if (code !== UNAUTHORIZED) return stop('The live connection failed; reload the page to try again.');
          const retryWithToken = !needsToken && options.token() !== '';
          needsToken = true;
          if (retryWithToken) return start();
          stop('This server needs a token for reads: paste one under Add article.');
        },
        complete: () => { if (client === current) stop(); },
      },
    );
  }

  return {
    element,
    get state() {
      return state;
    },
    start,
    stop,
    tokenChanged() {
      if (needsToken && state === 'off' && options.token() !== '') start();
    },
  };
}
