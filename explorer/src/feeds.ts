// The "Feeds" section: editors list the feeds `npm run watch` polls and how each is doing (last poll, error,
// articles ingested, next poll). `feeds` needs the editor role; the token typed here is kept only in memory, like
// the Add article panel's (whose token is used when this one is left empty).
import type { FeedsQuery } from '../generated/graphql';
import { GraphQLRequestError, type Request } from './api';
import { h } from './dom';
import { Feeds } from './operations';

type Feed = FeedsQuery['feeds']['edges'][number]['node'];

const FORMATS: Record<Feed['format'], string> = { RSS2: 'RSS 2.0', RSS1: 'RSS 1.0', ATOM: 'Atom' };

function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) : 'never';
}

function feedItem(feed: Feed): HTMLElement {
  const state = feed.lastError
    ? h('p', { class: 'feed-error' }, `Failing (${feed.consecutiveFailures} in a row): ${feed.lastError}`)
    : h('p', { class: 'feed-ok' }, feed.lastPolledAt ? 'Polled without error' : 'Not polled yet');
  return h('li', { class: 'feed', 'data-feed': feed.id },
    h('a', { href: feed.url, rel: 'noopener noreferrer', target: '_blank' }, feed.title ?? feed.url),
    h('span', { class: 'hint' }, ` ${FORMATS[feed.format]}`),
    state,
    h('p', { class: 'hint' }, `${feed.articleCount} articles from ${feed.itemsSeen} items (${feed.itemsSkipped} skipped) · last poll ${when(feed.lastPolledAt)} · next ${when(feed.nextPollAt)} UTC`),
  );
}

function errorMessage(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  if (error.code === 'UNAUTHENTICATED') return 'Not signed in: paste a valid editor token.';
  if (error.code === 'FORBIDDEN') return 'Not allowed: listing feeds needs the editor role.';
  return `Something went wrong: ${error.message}`;
}

export function createFeedsSection(request: Request, fallbackToken: () => string): HTMLElement {
  const token = h('input', { type: 'password', id: 'feeds-token', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'feeds-token-hint' });
  const show = h('button', { type: 'submit', id: 'feeds-show' }, 'Show feeds');
  const message = h('div', { id: 'feeds-message', role: 'status' });
  const list = h('ul', { class: 'feeds', id: 'feeds-list', 'aria-label': 'Feeds' });
  const form = h('form', { class: 'article-form', novalidate: '' },
    h('div', { class: 'field' },
      h('label', { for: token.id }, 'Editor token for feeds'),
      token,
      h('p', { class: 'hint field-hint', id: 'feeds-token-hint' }, 'Kept only in this page’s memory; empty uses the Add article token.')),
    h('div', { class: 'actions' }, show),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show.disabled = true;
    message.textContent = 'Loading feeds…';
    request(Feeds, { first: 100 }, { token: token.value.trim() || fallbackToken() })
      .then((data) => {
        list.replaceChildren(...data.feeds.edges.map((e) => feedItem(e.node)));
        message.textContent = data.feeds.totalCount === 0 ? 'No feeds yet: add one with the addFeed mutation.' : `${data.feeds.totalCount} feeds.`;
      })
      .catch((error: unknown) => {
        list.replaceChildren();
        message.textContent = errorMessage(error);
      })
      .finally(() => { show.disabled = false; });
  });
  return h('div', { class: 'feeds-section' }, form, message, list);
}
