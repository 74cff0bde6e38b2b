// The article view: a source's text with every quote highlighted and linked to the fact it supports.
// Clicking (or Enter on) a highlight selects that fact in the graph; quotes that overlap are cut into runs,
// each run linked to every fact whose quote covers it.
import type { Article } from './articleData';
import type { Relationship } from './graph';
import { paragraphs, type Placement, placeQuote, runs, type Span } from './articleText';
import { h } from './dom';
import { typeLabel } from './palette';

export interface ReaderActions {
  /** A highlight was chosen: the facts its words support (first one shown in the details). */
  pick(relationshipIds: string[]): void;
  close(): void;
}

export interface ArticleView {
  readonly element: HTMLElement;
  loading(id: string): void;
  missing(id: string): void;
  /** `disputed`: drawn facts this source disputes (its `facts` are only those it supports); their quotes are marked too. */
  show(article: Article, nameOf: (id: string) => string, disputed?: Relationship[]): void;
  /** Marks the highlights of these facts as the current ones and scrolls the first into view. */
  markActive(relationshipIds: string[]): void;
  /** The id of the article shown, if any. */
  articleId(): string | null;
}

interface Quote {
  fact: Pick<Relationship, 'id' | 'type' | 'from' | 'to'>;
  quote: string;
  at: Placement | null;
}

export function createArticleView(actions: ReaderActions): ArticleView {
  const title = h('h2', { id: 'reader-title', tabindex: '-1' }, 'Article');
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the article view' }, '×');
  close.addEventListener('click', () => actions.close());
  const meta = h('p', { class: 'cite' });
  const summary = h('p', { class: 'hint' });
  const passage = h('div', { class: 'passage-facts', 'aria-live': 'polite' });
  const body = h('div', { class: 'article-text' });
  const unplaced = h('div', { class: 'unplaced' });
  const element = h('div', { class: 'reader' },
    h('div', { class: 'panel-head' }, title, close), meta, summary, passage, body, unplaced);
  let shown: string | null = null;
  let describe: (id: string) => string = (id) => id;
  /** Facts this article disputes rather than supports. */
  let disputes = new Set<string>();

  const clear = () => {
    for (const part of [meta, summary, passage, body, unplaced]) part.replaceChildren();
  };

  function factButtons(ids: string[]): HTMLElement {
    return h('ul', {}, ...ids.map((id) => {
      const button = h('button', { type: 'button', class: 'link', 'data-id': id }, describe(id));
      button.addEventListener('click', () => actions.pick([id]));
      return h('li', {}, button);
    }));
  }

  // A <button> would lay a multi-line quote out as one box; a <mark> with the button role keeps it in the text's flow.
  function highlight(text: string, run: Span, ids: string[]): HTMLElement {
    const against = ids.every((id) => disputes.has(id));
    const mark = h('mark', {
      class: against ? 'quote disputes' : 'quote', role: 'button', tabindex: '0', title: `${against ? 'Disputes' : 'Supports'}: ${ids.map(describe).join('; ')}`,
      'data-start': String(run.start), 'data-end': String(run.end), 'data-relationships': ids.join(' '),
    }, text);
    const choose = () => {
      actions.pick(ids);
      const verb = against ? 'disputes' : 'supports';
      passage.replaceChildren(h('p', {}, ids.length === 1 ? `This passage ${verb}:` : `This passage ${verb} ${ids.length} facts:`), factButtons(ids));
    };
    mark.addEventListener('click', choose);
    mark.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      choose();
    });
    return mark;
  }

  return {
    element,
    loading(id) {
      shown = id;
      clear();
      title.textContent = 'Loading the article…';
    },
    missing(id) {
      shown = id;
      clear();
      title.textContent = 'Article not found';
      summary.textContent = `No source has the id “${id}”.`;
    },
    show(article, nameOf, disputed = []) {
      shown = article.id;
      clear();
      const against = disputed.filter((f) => !article.facts.some((supported) => supported.id === f.id));
      disputes = new Set(against.map((f) => f.id));
      const facts = new Map<string, Quote['fact']>([...article.facts, ...against].map((f) => [f.id, f]));
      describe = (id) => {
        const fact = facts.get(id);
        return fact ? `${nameOf(fact.from.id)} ${typeLabel(fact.type)} ${nameOf(fact.to.id)}` : id;
      };
      title.textContent = article.title;
      const link = article.url && /^https?:\/\//.test(article.url) ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original ↗') : null;
      const about = [article.publisher, article.publishedAt].filter((part): part is string => Boolean(part)).join(' · ');
      meta.append(about, about && link ? ' · ' : '', link ?? '');

      const text = article.text;
      const quotes: Quote[] = [
        ...article.facts.flatMap((fact) => fact.sources
          .filter((p) => p.source.id === article.id)
          .map((p) => ({ fact, quote: p.quote, at: text === null ? null : placeQuote(text, p.quote, p.span) }))),
        ...against.flatMap((fact) => fact.disputedBy
          .filter((p) => p.source.id === article.id)
          .map((p) => ({ fact, quote: p.quote, at: text === null ? null : placeQuote(text, p.quote, null) }))),
      ];
      const placements = quotes.map((q) => q.at);

      if (text === null) {
        summary.textContent = 'This source has no stored text (it was loaded as a facts document); its quotes:';
      } else {
        const placed = placements.filter(Boolean).length;
        summary.textContent = `${placed} quote${placed === 1 ? '' : 's'} highlighted. Choose one to show the fact it supports in the graph.`;
        body.append(...paragraphs(text).map((paragraph) => h('p', {}, ...runs(paragraph, placements).map((run) => {
          const piece = text.slice(run.start, run.end);
          if (run.quotes.length === 0) return piece;
          const ids = [...new Set(run.quotes.map((i) => quotes[i]?.fact.id).filter((id): id is string => id !== undefined))];
          return highlight(piece, run, ids);
        }))));
      }
      const missingQuotes = quotes.filter((q) => q.at === null);
      if (missingQuotes.length > 0) {
        unplaced.append(
          h('h3', {}, text === null ? 'Quotes' : 'Quotes not found in the text'),
          h('ol', { class: 'provenance' }, ...missingQuotes.map((q) => {
            const button = h('button', { type: 'button', class: 'link', 'data-id': q.fact.id }, describe(q.fact.id));
            button.addEventListener('click', () => actions.pick([q.fact.id]));
            return h('li', {}, h('blockquote', {}, q.quote), button);
          })),
        );
      }
    },
    markActive(ids) {
      let first: HTMLElement | null = null;
      for (const mark of body.querySelectorAll<HTMLElement>('mark.quote')) {
        const on = (mark.dataset.relationships ?? '').split(' ').some((id) => ids.includes(id));
        mark.classList.toggle('active', on);
        if (on && !first) first = mark;
      }
      first?.scrollIntoView({ block: 'nearest' });
    },
    articleId: () => shown,
  };
}
