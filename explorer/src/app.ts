// The explorer's behaviour: what the URL asks for is fetched through the public GraphQL API and drawn;
// every user action changes the state, the URL, the drawing and the Sandbox link together.
import type { ArticleInput, ExtractionFieldsFragment, RelationshipType, TypedDocumentString } from '../generated/graphql';
import type { AddArticlePanel, IngestResult } from './addArticle';
import { operationOf, type Request } from './api';
import { type Article, articleEntities, createSourceTexts, loadArticle, previewGraph } from './articleData';
import { type ArticleLinks, emptyDetails, entityDetails, relationshipDetails, type TypeInfo } from './details';
import type { TypeFilters } from './filters';
import type { Entity, GraphView, Relationship } from './graph';
import { renderRelationshipTable } from './listView';
import { EntityById, ExtractArticle, IngestArticle, Neighborhood, SearchEntities, ShortestPath, SourceArticle } from './operations';
import type { PathFinder } from './pathFinder';
import type { EntityPicker } from './picker';
import type { ArticleView } from './reader';
import { sandboxLink } from './sandbox';
import { parseViewState, type ViewState, viewStateSearch } from './urlState';

/** Nodes per neighbourhood query; the server caps at 500. */
const NODE_LIMIT = 150;
const MAX_HOPS = 4;

export interface Ui {
  graph: GraphView;
  filters: TypeFilters;
  search: EntityPicker;
  pathFinder: PathFinder;
  depth: HTMLSelectElement;
  details: HTMLElement;
  status: HTMLElement;
  sandbox: HTMLAnchorElement;
  table: HTMLTableSectionElement;
  reader: ArticleView;
  addArticle: AddArticlePanel;
  /** The left-hand panels: the tools (search-free sidebar), the article view, the Add article form. */
  panels: { tools: HTMLElement; reader: HTMLElement; add: HTMLElement };
  addToggle: HTMLButtonElement;
}

type Panel = 'tools' | 'reader' | 'add';

export interface Explorer {
  /** Draws what the current URL describes. */
  restore(): Promise<void>;
  focusOn(id: string): Promise<void>;
  expand(entity: Entity): Promise<void>;
  findPath(from: string, to: string): Promise<void>;
  clearPath(): void;
  reload(): Promise<void>;
  searchEntities(text: string, signal: AbortSignal): Promise<Entity[]>;
  reportError(error: unknown): void;
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

export function createExplorer(request: Request, endpoint: string, types: Map<string, TypeInfo>, ui: Ui): Explorer {
  let state: ViewState = parseViewState(location.search);
  const expanded = new Set<string>();
  let path: { nodes: string[]; relationships: string[] } | null = null;
  // Each drawing gets a number; answers to an older one are dropped when a newer one started.
  let generation = 0;
  /** The article in the article view, kept while the same one stays open (filters redraw without refetching). */
  let reading: Article | null = null;
  let panel: Panel = 'tools';
  /** The source id of the article previewed and not stored yet: its quotes have no article view to link to. */
  let previewing: string | null = null;
  const texts = createSourceTexts(request);
  const links: ArticleLinks = {
    textOf: texts.textOf,
    href: (id) => (id === previewing ? null : `${location.pathname}${viewStateSearch({ ...state, article: id })}`),
    open: (id, relationshipId) => void explorer.openArticle(id, relationshipId),
  };

  const nameOf = (id: string) => ui.graph.entity(id)?.name ?? id;
  const isKnownType = (type: string): type is RelationshipType => types.has(type);
  const knownTypes = (selection: string[] | null) => (selection === null ? null : selection.filter(isKnownType));
  /** The `types` argument: the checked types, or undefined (all) when every box is checked. */
  const queryTypes = () => knownTypes(state.types) ?? undefined;

  function setStatus(text: string, kind: 'ready' | 'loading' | 'error' = 'ready') {
    ui.status.textContent = text;
    ui.status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    document.body.dataset.state = kind;
  }

  function showOperation<V>(document: TypedDocumentString<unknown, V>, variables: V) {
    ui.sandbox.href = sandboxLink(endpoint, operationOf(document, variables));
    ui.sandbox.removeAttribute('aria-disabled');
  }

  function writeUrl(mode: 'push' | 'replace') {
    const url = `${location.pathname}${viewStateSearch(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  function showEntity(entity: Entity) {
    ui.graph.select(entity.id);
    ui.details.replaceChildren(entityDetails(entity, { expand: (e) => void explorer.expand(e), focus: (e) => void explorer.focusOn(e.id), pathFrom: (e) => ui.pathFinder.setEnds(e, null) }, entity.id === state.entity));
  }

  /** Shows a relationship's details; `selected` are the edges to select with it (a passage's other facts). */
  function showRelationship(relationship: Relationship, selected: string[] = [relationship.id]) {
    ui.graph.select(...selected);
    ui.details.replaceChildren(relationshipDetails(relationship, nameOf, types.get(relationship.type), links));
    if (panel === 'reader') ui.reader.markActive(selected);
  }

  function showPanel(next: Panel) {
    panel = next;
    document.body.dataset.panel = next;
    ui.panels.tools.hidden = next !== 'tools';
    ui.panels.reader.hidden = next !== 'reader';
    ui.panels.add.hidden = next !== 'add';
    ui.addToggle.setAttribute('aria-expanded', String(next === 'add'));
  }

  /** Shows the article the URL names in the article view; draws its facts when no entity is the focus. */
  async function showArticle(isCurrent: () => boolean): Promise<'drawn' | 'not-drawn'> {
    const id = state.article;
    if (!id) {
      reading = null;
      if (panel === 'reader') showPanel('tools');
      return 'not-drawn';
    }
    showPanel('reader');
    if (reading?.id !== id) {
      ui.reader.loading(id);
      const loaded = await loadArticle(request, id);
      if (!isCurrent()) return 'drawn';
      reading = loaded;
    }
    if (!reading) {
      ui.reader.missing(id);
      if (state.entity) return 'not-drawn';
      ui.graph.cy.elements().remove();
      setStatus(`No source has the id “${id}”.`, 'error');
      return 'drawn';
    }
    texts.remember(reading.id, reading.text);
    const names = new Map(articleEntities(reading.facts).map((e) => [e.id, e.name]));
    ui.reader.show(reading, (entityId) => names.get(entityId) ?? nameOf(entityId));
    if (state.entity) return 'not-drawn';
    const allowed = knownTypes(state.types);
    const facts = reading.facts.filter((f) => allowed === null || allowed.includes(f.type));
    ui.graph.replace(articleEntities(facts), facts, '');
    showOperation(SourceArticle, { id, first: 100 });
    ui.details.replaceChildren(emptyDetails());
    document.title = `${reading.title} · newsgraph explorer`;
    summarize(false);
    return 'drawn';
  }

  function summarize(truncated: boolean) {
    const { cy } = ui.graph;
    renderRelationshipTable(ui.table, ui.graph.relationships(), nameOf, showRelationship);
    const counts = `${cy.nodes().length} entities, ${cy.edges().length} relationships`;
    setStatus(truncated ? `${counts} — cut at ${NODE_LIMIT} entities; use filters or a smaller depth` : counts);
  }

  async function guarded(action: (isCurrent: () => boolean) => Promise<void>) {
    const mine = ++generation;
    setStatus('Loading…', 'loading');
    try {
      await action(() => mine === generation);
    } catch (error) {
      if (mine === generation) explorer.reportError(error);
    }
  }

  /** Fetches the centre's neighbourhood and every expanded node's, and draws their union. */
  async function draw(isCurrent: () => boolean) {
    if ((await showArticle(isCurrent)) === 'drawn') return;
    if (!isCurrent()) return;
    const focus = state.entity;
    if (!focus) {
      ui.graph.cy.elements().remove();
      ui.details.replaceChildren(emptyDetails());
      renderRelationshipTable(ui.table, [], nameOf, showRelationship);
      return setStatus('Search for a person, country, organization, place, event or group to start.');
    }
    if (state.types?.length === 0) {
      // No type is allowed: the centre stands alone (an empty `types` list would mean "all" to the server).
      const { entity } = await request(EntityById, { id: focus });
      if (!isCurrent()) return;
      showOperation(EntityById, { id: focus });
      if (!entity) return setStatus(`No entity has the id “${focus}”.`, 'error');
      ui.graph.replace([entity], [], focus);
      afterDraw(entity, false);
      return;
    }
    const centres = [focus, ...[...expanded].filter((id) => id !== focus)];
    const variables = centres.map((id, i) => ({ id, depth: i === 0 ? state.depth : 1, types: queryTypes(), limit: NODE_LIMIT }));
    const answers = await Promise.all(variables.map((v) => request(Neighborhood, v)));
    if (!isCurrent()) return;
    showOperation(Neighborhood, variables[0] ?? { id: focus });
    const [main] = answers;
    if (!main?.neighborhood) return setStatus(`No entity has the id “${focus}”.`, 'error');
    const entities = new Map<string, Entity>();
    const relationships = new Map<string, Relationship>();
    for (const { neighborhood } of answers) {
      for (const node of neighborhood?.nodes ?? []) entities.set(node.id, node);
      for (const edge of neighborhood?.edges ?? []) relationships.set(edge.id, edge);
    }
    ui.graph.replace([...entities.values()], [...relationships.values()], focus);
    afterDraw(main.neighborhood.nodes[0] ?? null, answers.some((a) => a.neighborhood?.truncated));
  }

  function afterDraw(focusEntity: Entity | null, truncated: boolean) {
    if (focusEntity) {
      ui.search.show(focusEntity);
      ui.pathFinder.suggestStart(focusEntity);
      showEntity(focusEntity);
      document.title = `${focusEntity.name} · newsgraph explorer`;
    }
    summarize(truncated);
  }

  async function drawPath(from: string, to: string, isCurrent: () => boolean) {
    const variables = { from, to, maxHops: MAX_HOPS, types: queryTypes() };
    const { path: found } = await request(ShortestPath, variables);
    if (!isCurrent()) return;
    showOperation(ShortestPath, variables);
    const [best] = found;
    if (!best) {
      path = null;
      ui.graph.highlight([], []);
      const ends = await Promise.all([from, to].map((id) => ui.graph.entity(id) ?? request(EntityById, { id }).then((r) => r.entity)));
      ui.pathFinder.setEnds(ends[0] ?? null, ends[1] ?? null);
      ui.pathFinder.showMessage(`No connection within ${MAX_HOPS} hops${state.types ? ' through the checked relationship types' : ''}.`);
      return setStatus('No path found.');
    }
    const relationships = best.steps.map((s) => s.relationship);
    ui.graph.merge(best.nodes, relationships, from);
    path = { nodes: best.nodes.map((n) => n.id), relationships: relationships.map((r) => r.id) };
    ui.graph.highlight(path.nodes, path.relationships);
    ui.pathFinder.setEnds(best.nodes[0] ?? null, best.nodes[best.nodes.length - 1] ?? null);
    ui.pathFinder.showSteps(best.steps, nameOf, showRelationship);
    summarize(false);
    setStatus(`Shortest path: ${best.length} hop${best.length === 1 ? '' : 's'} from ${nameOf(from)} to ${nameOf(to)}.`);
  }

  ui.graph.onEntity(showEntity);
  ui.graph.onRelationship(showRelationship);
  ui.graph.onBackground(() => ui.details.replaceChildren(emptyDetails()));

  const explorer: Explorer = {
    restore: () =>
      guarded(async (isCurrent) => {
        state = parseViewState(location.search);
        state.types = knownTypes(state.types);
        ui.filters.set(state.types);
        ui.depth.value = String(state.depth);
        expanded.clear();
        path = null;
        ui.pathFinder.clear();
        await draw(isCurrent);
        if (isCurrent() && state.from && state.to) await drawPath(state.from, state.to, isCurrent);
      }),

    focusOn: (id) =>
      guarded(async (isCurrent) => {
        state = { ...state, entity: id, from: null, to: null };
        expanded.clear();
        path = null;
        ui.pathFinder.clear();
        writeUrl('push');
        await draw(isCurrent);
      }),

    expand: (entity) =>
      guarded(async (isCurrent) => {
        if (state.types?.length === 0) return setStatus('Check at least one relationship type to expand.');
        const variables = { id: entity.id, depth: 1, types: queryTypes(), limit: NODE_LIMIT };
        const { neighborhood } = await request(Neighborhood, variables);
        if (!isCurrent() || !neighborhood) return;
        showOperation(Neighborhood, variables);
        expanded.add(entity.id);
        ui.graph.merge(neighborhood.nodes, neighborhood.edges, entity.id);
        if (path) ui.graph.highlight(path.nodes, path.relationships);
        showEntity(entity);
        summarize(neighborhood.truncated);
      }),

    findPath: (from, to) =>
      guarded(async (isCurrent) => {
        state = { ...state, from, to };
        writeUrl('replace');
        await drawPath(from, to, isCurrent);
      }),

    clearPath() {
      path = null;
      state = { ...state, from: null, to: null };
      writeUrl('replace');
      ui.graph.highlight([], []);
      ui.pathFinder.setEnds(null, null);
      ui.pathFinder.clear();
    },

    reload: () =>
      guarded(async (isCurrent) => {
        state = { ...state, depth: Number(ui.depth.value) || 1, types: ui.filters.selected() };
        writeUrl('replace');
        await draw(isCurrent);
        if (isCurrent() && state.from && state.to) await drawPath(state.from, state.to, isCurrent);
      }),

    async searchEntities(text, signal) {
      const { search } = await request(SearchEntities, { text, first: 8 }, { signal });
      return search.map((hit) => hit.entity);
    },

    reportError(error) {
      setStatus(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`, 'error');
    },

    openArticle: (id, relationshipId) =>
      guarded(async (isCurrent) => {
        state = { ...state, article: id };
        writeUrl('push');
        const drawn = await showArticle(isCurrent);
        if (!isCurrent()) return;
        if (drawn === 'not-drawn') summarize(false);
        if (relationshipId) explorer.pickQuote([relationshipId]);
        document.getElementById('reader-title')?.focus();
      }),

    closeArticle: () =>
      guarded(async (isCurrent) => {
        state = { ...state, article: null };
        writeUrl('push');
        await draw(isCurrent);
        ui.search.input.focus();
      }),

    pickQuote(ids) {
      const facts = ids.map((id) => reading?.facts.find((f) => f.id === id)).filter((f): f is NonNullable<typeof f> => f !== undefined);
      // An entity's neighbourhood may not hold the passage's facts: add them (and their ends) to the drawing.
      const missing = facts.filter((f) => !ui.graph.relationship(f.id));
      const [firstMissing] = missing;
      if (firstMissing) ui.graph.merge(articleEntities(missing), missing, firstMissing.from.id);
      const first = ui.graph.relationship(ids[0] ?? '');
      if (first) showRelationship(first, ids);
    },

    showRelationshipById(id) {
      const relationship = ui.graph.relationship(id);
      if (relationship) showRelationship(relationship);
    },

    openAddArticle() {
      if (state.article) {
        state = { ...state, article: null };
        reading = null;
        writeUrl('push');
      }
      showPanel('add');
      ui.addArticle.focus();
    },

    closeAddArticle: () =>
      guarded(async (isCurrent) => {
        showPanel('tools');
        previewing = null;
        ui.addToggle.focus();
        await draw(isCurrent);
      }),

    async previewArticle(article, token) {
      const mine = ++generation;
      setStatus('Reading the article…', 'loading');
      try {
        const { extract } = await request(ExtractArticle, { article }, { token });
        const preview = previewGraph(extract, article);
        if (mine === generation) {
          previewing = extract.sourceId;
          texts.remember(extract.sourceId, article.text);
          ui.graph.replace(preview.entities, preview.relationships, '');
          ui.graph.markNew(preview.newIds);
          ui.details.replaceChildren(emptyDetails());
          renderRelationshipTable(ui.table, ui.graph.relationships(), nameOf, showRelationship);
          setStatus(`Preview of “${article.title}”: ${preview.entities.length} entities (${preview.newIds.length} new), ${preview.relationships.length} relationships — not stored yet.`);
        }
        return extract;
      } catch (error) {
        if (mine === generation) setStatus('The preview failed; the Add article panel says why.', 'error');
        throw error;
      }
    },

    async commitArticle(article, token) {
      const { ingestArticle } = await request(IngestArticle, { article }, { token });
      const id = ingestArticle.source.id;
      previewing = null;
      texts.forget(id);
      reading = null;
      state = { ...state, entity: null, from: null, to: null, article: id };
      writeUrl('push');
      await guarded(draw);
      document.getElementById('reader-title')?.focus();
      return ingestArticle;
    },
  };
  return explorer;
}
