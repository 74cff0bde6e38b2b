// The explorer's reading side, plugged into app.ts: the article view (the article the URL names, drawn as its
// facts when no entity is the focus) and the Add article flow (a preview drawn with new entities marked, then
// the commit). app.ts lends it a small host: the view state, the URL, the drawing's bookkeeping.
import type { ArticleInput as ArticleInputOrLink, ExtractionFieldsFragment, RelationshipType, TypedDocumentString } from '../generated/graphql';
import type { AddArticlePanel, IngestResult } from './addArticle';
import type { Request } from './api';
import { type Article, articleEntities, createSourceTexts, loadArticle, previewGraph } from './articleData';
import { type ArticleLinks, emptyDetails } from './details';
import type { GraphView, Relationship } from './graph';
import { ExtractArticle, IngestArticle, SourceArticle } from './operations';
import type { ArticleView } from './reader';
import { type ViewState, viewStateSearch } from './urlState';

/** The explorer pastes articles: title and text are always there (a link alone is for the API). */
type ArticleInput = ArticleInputOrLink & { title: string; text: string };

/** The page parts the reading side drives. */
export interface ArticleUi {
  reader: ArticleView;
  addArticle: AddArticlePanel;
  /** The left-hand panels: the tools (path finder, filters, legend), the article view, the Add article form. */
  panels: { tools: HTMLElement; reader: HTMLElement; add: HTMLElement };
  addToggle: HTMLButtonElement;
}

export interface ArticleActions {
  /** Opens a source's article view; with a relationship, its quotes are marked and it is selected. */
  openArticle(id: string, relationshipId?: string): Promise<void>;
  closeArticle(): Promise<void>;
  /** A highlight in the article view was chosen: select its facts in the graph, show the first one's details. */
  pickQuote(relationshipIds: string[]): void;
  showRelationshipById(id: string): void;
  openAddArticle(): void;
  closeAddArticle(): Promise<void>;
  previewArticle(article: ArticleInput, token: string): Promise<ExtractionFieldsFragment>;
  commitArticle(article: ArticleInput, token: string): Promise<IngestResult>;
}

/** What app.ts lends the reading side. */
export interface ArticleHost {
  request: Request;
  ui: ArticleUi & { graph: GraphView; details: HTMLElement; search: { input: HTMLInputElement } };
  state(): ViewState;
  /** Changes the view state and records it in the URL (a new history entry). */
  navigate(patch: Partial<ViewState>): void;
  /** Runs a drawing action as the current one (see app.ts); errors go to the status line. */
  guarded(action: (isCurrent: () => boolean) => Promise<void>): Promise<void>;
  /** Starts an action outside `guarded` that still supersedes older drawings; answers whether it is current. */
  supersede(): () => boolean;
  draw(isCurrent: () => boolean): Promise<void>;
  setStatus(text: string, kind?: 'ready' | 'loading' | 'error'): void;
  summarize(truncated: boolean): void;
  showOperation<V>(document: TypedDocumentString<unknown, V>, variables: V): void;
  showRelationship(relationship: Relationship, selected?: string[]): void;
  nameOf(id: string): string;
  knownTypes(selection: string[] | null): RelationshipType[] | null;
}

export interface Articles {
  links: ArticleLinks;
  /** Shows the article the URL names (part of every drawing); 'drawn' when it drew the graph as well. */
  show(isCurrent: () => boolean): Promise<'drawn' | 'not-drawn'>;
  /** A relationship's details are on screen: mark its quotes in the article view. */
  relationshipShown(selected: string[]): void;
  actions: ArticleActions;
}

type Panel = 'tools' | 'reader' | 'add';

export function createArticles(host: ArticleHost): Articles {
  const { ui } = host;
  /** The article in the article view, kept while the same one stays open (filters redraw without refetching). */
  let reading: Article | null = null;
  let panel: Panel = 'tools';
  /** The source id of the article previewed and not stored yet: its quotes have no article view to link to. */
  let previewing: string | null = null;
  const texts = createSourceTexts(host.request);

  function showPanel(next: Panel) {
    panel = next;
    document.body.dataset.panel = next;
    ui.panels.tools.hidden = next !== 'tools';
    ui.panels.reader.hidden = next !== 'reader';
    ui.panels.add.hidden = next !== 'add';
    ui.addToggle.setAttribute('aria-expanded', String(next === 'add'));
  }

  async function show(isCurrent: () => boolean): Promise<'drawn' | 'not-drawn'> {
    const state = host.state();
    const id = state.article;
    if (!id) {
      reading = null;
      if (panel === 'reader') showPanel('tools');
      return 'not-drawn';
    }
    showPanel('reader');
    if (reading?.id !== id) {
      ui.reader.loading(id);
      const loaded = await loadArticle(host.request, id);
      if (!isCurrent()) return 'drawn';
      reading = loaded;
    }
    if (!reading) {
      ui.reader.missing(id);
      if (state.entity) return 'not-drawn';
      ui.graph.cy.elements().remove();
      host.setStatus(`No source has the id “${id}”.`, 'error');
      return 'drawn';
    }
    texts.remember(reading.id, reading.text);
    const names = new Map(articleEntities(reading.facts).map((e) => [e.id, e.name]));
    const source = reading.id;
    const disputed = ui.graph.relationships().filter((r) => r.disputedBy.some((p) => p.source.id === source));
    ui.reader.show(reading, (entityId) => names.get(entityId) ?? host.nameOf(entityId), disputed);
    if (state.entity) return 'not-drawn';
    const allowed = host.knownTypes(state.types);
    const facts = reading.facts.filter((f) => allowed === null || allowed.includes(f.type));
    ui.graph.replace(articleEntities(facts), facts, '');
    host.showOperation(SourceArticle, { id, first: 100 });
    ui.details.replaceChildren(emptyDetails());
    document.title = `${reading.title} · newsgraph explorer`;
    host.summarize(false);
    return 'drawn';
  }

  const actions: ArticleActions = {
    openArticle: (id, relationshipId) =>
      host.guarded(async (isCurrent) => {
        host.navigate({ article: id });
        const drawn = await show(isCurrent);
        if (!isCurrent()) return;
        if (drawn === 'not-drawn') host.summarize(false);
        if (relationshipId) actions.pickQuote([relationshipId]);
        document.getElementById('reader-title')?.focus();
      }),

    closeArticle: () =>
      host.guarded(async (isCurrent) => {
        host.navigate({ article: null });
        await host.draw(isCurrent);
        ui.search.input.focus();
      }),

    pickQuote(ids) {
      const facts = ids.map((id) => reading?.facts.find((f) => f.id === id)).filter((f): f is NonNullable<typeof f> => f !== undefined);
      // An entity's neighbourhood may not hold the passage's facts: add them (and their ends) to the drawing.
      const missing = facts.filter((f) => !ui.graph.relationship(f.id));
      const [firstMissing] = missing;
      if (firstMissing) ui.graph.merge(articleEntities(missing), missing, firstMissing.from.id);
      const first = ui.graph.relationship(ids[0] ?? '');
      if (first) host.showRelationship(first, ids);
    },

    showRelationshipById(id) {
      const relationship = ui.graph.relationship(id);
      if (relationship) host.showRelationship(relationship);
    },

    openAddArticle() {
      if (host.state().article) {
        reading = null;
        host.navigate({ article: null });
      }
      showPanel('add');
      ui.addArticle.focus();
    },

    closeAddArticle: () =>
      host.guarded(async (isCurrent) => {
        showPanel('tools');
        previewing = null;
        ui.addToggle.focus();
        await host.draw(isCurrent);
      }),

    async previewArticle(article, token) {
      const isCurrent = host.supersede();
      host.setStatus('Reading the article…', 'loading');
      try {
        const { extract } = await host.request(ExtractArticle, { article }, { token });
        const preview = previewGraph(extract, article);
        if (isCurrent()) {
          previewing = extract.sourceId;
          texts.remember(extract.sourceId, article.text);
          ui.graph.replace(preview.entities, preview.relationships, '');
          ui.graph.markNew(preview.newIds);
          ui.details.replaceChildren(emptyDetails());
          host.summarize(false);
          host.setStatus(`Preview of “${article.title}”: ${preview.entities.length} entities (${preview.newIds.length} new), ${preview.relationships.length} relationships — not stored yet.`);
        }
        return extract;
      } catch (error) {
        if (isCurrent()) host.setStatus('The preview failed; the Add article panel says why.', 'error');
        throw error;
      }
    },

    async commitArticle(article, token) {
      const { ingestArticle } = await host.request(IngestArticle, { article }, { token });
      const id = ingestArticle.source.id;
      previewing = null;
      texts.forget(id);
      reading = null;
      host.navigate({ entity: null, from: null, to: null, article: id });
      await host.guarded(host.draw);
      document.getElementById('reader-title')?.focus();
      return ingestArticle;
    },
  };

  return {
    links: {
      textOf: texts.textOf,
      href: (id) => (id === previewing ? null : `${location.pathname}${viewStateSearch({ ...host.state(), article: id })}`),
      open: (id, relationshipId) => void actions.openArticle(id, relationshipId),
    },
    show,
    relationshipShown(selected) {
      if (panel === 'reader') ui.reader.markActive(selected);
    },
    actions,
  };
}
