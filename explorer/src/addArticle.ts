// The "Add article" panel: paste an article, preview what the reader finds (`extract`, drawn in the graph with
// new entities marked), then store it (`ingestArticle`). Both need an editor token, pasted here and kept only
// in this panel's input — in memory, never in storage — so it is gone when the page is closed or reloaded.
import type { ArticleInput as ArticleInputOrLink, ExtractionFieldsFragment, IngestArticleMutation } from '../generated/graphql';
import { GraphQLRequestError } from './api';
import { relationshipId } from './articleData';
import { h } from './dom';
import { KIND_LOOKS, typeLabel } from './palette';

/** The explorer pastes articles: title and text are always there (a link alone is for the API). */
type ArticleInput = ArticleInputOrLink & { title: string; text: string };

export type IngestResult = IngestArticleMutation['ingestArticle'];

export interface AddArticleActions {
  /** Runs `extract` and draws the result; resolves with what was found. */
  preview(article: ArticleInput, token: string): Promise<ExtractionFieldsFragment>;
  /** Runs `ingestArticle`; the caller then shows the stored article. */
  commit(article: ArticleInput, token: string): Promise<IngestResult>;
  showRelationship(id: string): void;
  close(): void;
  /** The token field changed (the live connection may need it: see live.ts). */
  tokenChanged?(): void;
}

export interface AddArticlePanel {
  readonly element: HTMLElement;
  /** The token typed into the panel (kept only in memory), or ''. */
  token(): string;
  /** Moves keyboard focus into the panel. */
  focus(): void;
}

/** The service's error codes in words a person can act on. */
export function articleErrorMessage(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return `Not signed in: the token is missing, expired or not accepted by this server. Paste a valid editor token. (${error.message})`;
    case 'FORBIDDEN':
      return `Not allowed: this token does not have the editor role that reading and storing articles needs. (${error.message})`;
    case 'BAD_USER_INPUT':
      return `The article was refused: ${error.message}`;
    default:
      return `Something went wrong: ${error.message}`;
  }
}

let fields = 0;

function field(label: string, control: HTMLInputElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  control.id ||= `article-field-${++fields}`;
  const hintElement = hint ? h('p', { class: 'hint field-hint', id: `${control.id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintElement);
}

export function createAddArticlePanel(actions: AddArticleActions): AddArticlePanel {
  const title = h('input', { type: 'text', id: 'article-title', required: '', maxlength: '500', autocomplete: 'off' });
  const url = h('input', { type: 'url', id: 'article-url', autocomplete: 'off', placeholder: 'https://…' });
  const publisher = h('input', { type: 'text', id: 'article-publisher', autocomplete: 'off' });
  const publishedAt = h('input', { type: 'date', id: 'article-date' });
  const text = h('textarea', { id: 'article-text', required: '', rows: '10', spellcheck: 'false' });
  const token = h('input', { type: 'password', id: 'article-token', autocomplete: 'off', spellcheck: 'false' });
  const preview = h('button', { type: 'submit', id: 'article-preview' }, 'Preview');
  const commit = h('button', { type: 'button', id: 'article-commit', disabled: '' }, 'Commit');
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the Add article panel' }, '×');
  const message = h('div', { class: 'article-message', id: 'article-message' });
  const result = h('div', { class: 'preview-result', id: 'article-preview-result' });

  const form = h('form', { class: 'article-form', novalidate: '' },
    field('Title', title),
    field('URL (optional)', url),
    h('div', { class: 'field-row' }, field('Publisher (optional)', publisher), field('Published (optional)', publishedAt)),
    field('Text', text, 'Paste the article’s text; paragraphs on separate lines.'),
    field('Editor token', token, 'A JWT with the editor role. Kept only in this page’s memory — never stored — and sent only with Preview and Commit.'),
    h('div', { class: 'actions' }, preview, commit),
  );
  const element = h('div', { class: 'add-article' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'add-article-title', tabindex: '-1' }, 'Add article'), close),
    h('p', { class: 'hint' }, 'Preview shows what the reader finds, drawn in the graph; nothing is stored until you commit.'),
    form, message, result);

  /** The article whose preview is on screen; Commit stores exactly that, and any edit asks for a new preview. */
  let previewed: string | null = null;
  let busy = false;

  const article = (): ArticleInput => ({
    title: title.value.trim(),
    text: text.value,
    url: url.value.trim() || undefined,
    publisher: publisher.value.trim() || undefined,
    publishedAt: publishedAt.value || undefined,
  });
  const key = () => JSON.stringify([article(), token.value]);

  const say = (text: string, kind: 'error' | 'info') => {
    message.replaceChildren(h('p', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text));
  };
  const setBusy = (on: boolean) => {
    busy = on;
    // Not `disabled`: a disabled button drops keyboard focus to the page; clicks while busy are ignored anyway.
    preview.setAttribute('aria-disabled', String(on));
    commit.disabled = on || previewed !== key();
    element.setAttribute('aria-busy', String(on));
  };

  token.addEventListener('change', () => actions.tokenChanged?.());
  form.addEventListener('input', () => {
    if (previewed !== null && previewed !== key()) commit.disabled = true;
  });

  function showExtraction(extraction: ExtractionFieldsFragment) {
    const names = new Map(extraction.entities.map((e) => [e.entityId, e.name]));
    const name = (id: string) => names.get(id) ?? id;
    const fresh = extraction.entities.filter((e) => !e.existing).length;
    result.replaceChildren(
      h('h3', {}, `Entities (${extraction.entities.length}, ${fresh} new)`),
      h('ul', { class: 'extracted-entities' }, ...extraction.entities.map((e) => h('li', { 'data-id': e.entityId, 'data-existing': String(e.existing) },
        h('span', { class: e.existing ? 'badge existing' : 'badge new' }, e.existing ? 'in graph' : 'new'),
        h('span', { class: 'name' }, e.name),
        h('span', { class: 'kind' }, KIND_LOOKS[e.kind].label)))),
      h('h3', {}, `Relationships (${extraction.relationships.length})`),
      extraction.relationships.length === 0
        ? h('p', { class: 'hint' }, 'The reader found no relationships in this text.')
        : h('ol', { class: 'provenance extracted-relationships' }, ...extraction.relationships.map((r) => {
          const id = relationshipId(r.from, r.type, r.to);
          const open = h('button', { type: 'button', class: 'link', 'data-id': id }, `${name(r.from)} ${typeLabel(r.type)} ${name(r.to)}`);
          open.addEventListener('click', () => actions.showRelationship(id));
          return h('li', {}, open, h('blockquote', {}, r.quote), h('p', { class: 'cite' }, `rule ${r.rule} · confidence ${r.confidence.toFixed(2)}${r.stance === 'DISPUTES' ? ' · disputes it' : ''}`));
        })),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const asked = key();
    setBusy(true);
    say('Reading the article…', 'info');
    actions.preview(article(), token.value.trim())
      .then((extraction) => {
        previewed = asked;
        showExtraction(extraction);
        say(`Preview: ${extraction.entities.length} entities and ${extraction.relationships.length} relationships, drawn in the graph. Commit to store them.`, 'info');
      })
      .catch((error: unknown) => {
        previewed = null;
        result.replaceChildren();
        say(articleErrorMessage(error), 'error');
      })
      .finally(() => setBusy(false));
  });

  commit.addEventListener('click', () => {
    if (busy || previewed !== key()) return;
    setBusy(true);
    say('Storing the article…', 'info');
    actions.commit(article(), token.value.trim())
      .then((stored) => {
        previewed = null;
        const { entities: e, relationships: r } = stored;
        say(`Stored as “${stored.source.id}”: ${e.created} entities created, ${r.created} relationships created, ${r.updated} updated, ${r.unchanged} unchanged.`, 'info');
      })
      .catch((error: unknown) => say(articleErrorMessage(error), 'error'))
      .finally(() => setBusy(false));
  });
  close.addEventListener('click', () => actions.close());

  return {
    element,
    token: () => token.value.trim(),
    focus() {
      title.focus();
    },
  };
}
