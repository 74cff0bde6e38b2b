// The explorer's behaviour: what the URL asks for is fetched through the public GraphQL API and drawn;
// every user action changes the state, the URL, the drawing and the Sandbox link together. The reading side
// (article view, Add article) plugs in from articles.ts.
import type { RelationshipType, TypedDocumentString } from '../generated/graphql';
import { operationOf, type Request } from './api';
import { type ArticleActions, type ArticleUi, createArticles } from './articles';
import { emptyDetails, entityDetails, relationshipDetails, type TypeInfo } from './details';
import type { TypeFilters } from './filters';
import type { Entity, GraphView, Relationship } from './graph';
import type { AddedRelationship } from './live';
import { renderRelationshipTable } from './listView';
import { EntityById, Neighborhood, SearchEntities, ShortestPath } from './operations';
import type { PathFinder } from './pathFinder';
import type { EntityPicker } from './picker';
import type { ReportFilters } from './reportFilters';
import { sandboxLink } from './sandbox';
import { parseViewState, type ViewState, viewStateSearch } from './urlState';

/** Nodes per neighbourhood query; the server caps at 500. */
const NODE_LIMIT = 150;
const MAX_HOPS = 4;

export interface Ui extends ArticleUi {
  graph: GraphView;
  filters: TypeFilters;
  reports: ReportFilters;
  search: EntityPicker;
  pathFinder: PathFinder;
  depth: HTMLSelectElement;
  details: HTMLElement;
  status: HTMLElement;
  sandbox: HTMLAnchorElement;
  table: HTMLTableSectionElement;
}

export interface Explorer extends ArticleActions {
  /** Draws what the current URL describes. */
  restore(): Promise<void>;
  focusOn(id: string): Promise<void>;
  expand(entity: Entity): Promise<void>;
  findPath(from: string, to: string): Promise<void>;
  clearPath(): void;
  reload(): Promise<void>;
  searchEntities(text: string, signal: AbortSignal): Promise<Entity[]>;
  reportError(error: unknown): void;
  /** A relationship was just created (live): draws it when one of its ends is drawn and the view shows the present. */
  receive(relationship: AddedRelationship): 'drawn' | 'ignored';
}

export function createExplorer(request: Request, endpoint: string, types: Map<string, TypeInfo>, ui: Ui): Explorer {
  let state: ViewState = parseViewState(location.search);
  const expanded = new Set<string>();
  let path: { nodes: string[]; relationships: string[] } | null = null;
  // Each drawing gets a number; answers to an older one are dropped when a newer one started.
  let generation = 0;

  const nameOf = (id: string) => ui.graph.entity(id)?.name ?? id;
  const isKnownType = (type: string): type is RelationshipType => types.has(type);
  const knownTypes = (selection: string[] | null) => (selection === null ? null : selection.filter(isKnownType));
  /** The `types` argument: the checked types, or undefined (all) when every box is checked. */
  const queryTypes = () => knownTypes(state.types) ?? undefined;
  /** The report filters as query arguments (undefined ones are not sent). */
  const asOf = () => state.asOf;
  const minSources = () => state.minSources;

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
    ui.details.replaceChildren(relationshipDetails(relationship, nameOf, types.get(relationship.type), articles.links));
    articles.relationshipShown(selected);
  }

  function summarize(truncated: boolean) {
    const { cy } = ui.graph;
    renderRelationshipTable(ui.table, ui.graph.relationships(), nameOf, showRelationship);
    const filtered = [state.asOf && `as of ${state.asOf}`, state.minSources && `at least ${state.minSources} sources each`].filter(Boolean).join(', ');
    const counts = `${cy.nodes().length} entities, ${cy.edges().length} relationships${filtered ? ` (${filtered})` : ''}`;
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
    if ((await articles.show(isCurrent)) === 'drawn') return;
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
      const { entity } = await request(EntityById, { id: focus, asOf: asOf() });
      if (!isCurrent()) return;
      showOperation(EntityById, { id: focus, asOf: asOf() });
      if (!entity) return setStatus(`No entity has the id “${focus}”.`, 'error');
      ui.graph.replace([entity], [], focus);
      afterDraw(entity, false);
      return;
    }
    const centres = [focus, ...[...expanded].filter((id) => id !== focus)];
    const variables = centres.map((id, i) => ({ id, depth: i === 0 ? state.depth : 1, types: queryTypes(), limit: NODE_LIMIT, minSources: minSources(), asOf: asOf() }));
    const answers = await Promise.all(variables.map((v) => request(Neighborhood, v)));
    if (!isCurrent()) return;
    showOperation(Neighborhood, variables[0] ?? { id: focus });
    const [main] = answers;
    if (!main?.neighborhood) return setStatus(state.asOf ? `Nothing about “${focus}” had been reported by ${state.asOf}.` : `No entity has the id “${focus}”.`, 'error');
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
    const variables = { from, to, maxHops: MAX_HOPS, types: queryTypes(), asOf: asOf() };
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

  const articles = createArticles({
    request, ui, showOperation, setStatus, summarize, showRelationship, nameOf, knownTypes, draw,
    guarded,
    state: () => state,
    navigate(patch) {
      state = { ...state, ...patch };
      writeUrl('push');
    },
    supersede() {
      const mine = ++generation;
      return () => mine === generation;
    },
  });

  ui.graph.onEntity(showEntity);
  ui.graph.onRelationship(showRelationship);
  ui.graph.onBackground(() => ui.details.replaceChildren(emptyDetails()));

  const explorer: Explorer = {
    restore: () =>
      guarded(async (isCurrent) => {
        state = parseViewState(location.search);
        state.types = knownTypes(state.types);
        ui.filters.set(state.types);
        ui.reports.set(state);
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
        const variables = { id: entity.id, depth: 1, types: queryTypes(), limit: NODE_LIMIT, minSources: minSources(), asOf: asOf() };
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
        state = { ...state, depth: Number(ui.depth.value) || 1, types: ui.filters.selected(), ...ui.reports.selected() };
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

    receive(added) {
      // A view of the past, a source minimum a new fact cannot meet yet, a filtered-out type, an article preview or
      // nothing drawn: the new fact does not belong in this drawing.
      const showsPresent = !state.asOf && (state.minSources ?? 1) <= added.sourceCount && ui.panels.add.hidden && state.entity !== null;
      if (!showsPresent || (state.types !== null && !state.types.includes(added.type))) return 'ignored';
      const drawnEnd = [added.from, added.to].find((end) => ui.graph.entity(end.id) !== undefined);
      if (!drawnEnd || ui.graph.relationship(added.id)) return 'ignored';
      // Drawn next to the end already on screen; the other end joins the drawing if it was not there.
      ui.graph.merge([added.from, added.to], [added], drawnEnd.id);
      if (path) ui.graph.highlight(path.nodes, path.relationships);
      summarize(false);
      return 'drawn';
    },

    ...articles.actions,
  };
  return explorer;
}
