// Boot: load the relationship vocabulary, build the page's parts, draw what the URL asks for.
import { createAddArticlePanel } from './addArticle';
import { createClient } from './api';
import { createExplorer, type Explorer } from './app';
import type { TypeInfo } from './details';
import { byId, debounce } from './dom';
import { createFeedsSection } from './feeds';
import { createTypeFilters } from './filters';
import { createGraphView } from './graph';
import { legend } from './legend';
import { createLiveUpdates } from './live';
import { RelationshipTypes } from './operations';
import { createPathFinder } from './pathFinder';
import { createEntityPicker } from './picker';
import { createArticleView } from './reader';
import { createReportFilters } from './reportFilters';
import { typeLabel } from './palette';

declare global {
  interface Window {
    /** Read-only handle for tests and the console: the cytoscape instance. */
    readonly __explorer?: { readonly cy: import('cytoscape').Core };
  }
}

async function boot(): Promise<void> {
  const endpoint = new URL('/graphql', location.origin).href;
  const request = createClient(endpoint);
  const status = byId('status');
  let explorer: Explorer | null = null;
  const onError = (error: unknown) => explorer?.reportError(error);

  let vocabulary: TypeInfo[];
  try {
    vocabulary = (await request(RelationshipTypes, {})).relationshipTypes;
  } catch (error) {
    status.textContent = `The GraphQL API does not answer: ${error instanceof Error ? error.message : String(error)}`;
    status.setAttribute('role', 'alert');
    document.body.dataset.state = 'error';
    return;
  }
  const types = new Map(vocabulary.map((info) => [info.type as string, info]));
  const graph = createGraphView(byId('graph'), (type) => types.get(type)?.quadClass ?? 'STRUCTURAL');
  const searchEntities = (text: string, signal: AbortSignal) => explorer?.searchEntities(text, signal) ?? Promise.resolve([]);
  const search = createEntityPicker({ label: 'Search entities', placeholder: 'Search people, countries, events…', search: searchEntities, onPick: (e) => void explorer?.focusOn(e.id), onError });
  search.input.id = 'search-input';
  const pathFinder = createPathFinder(searchEntities, onError, (from, to) => void explorer?.findPath(from.id, to.id), () => explorer?.clearPath());
  const filters = createTypeFilters(vocabulary, debounce(250, () => void explorer?.reload()));
  const reports = createReportFilters(() => void explorer?.reload());
  const depth = byId<HTMLSelectElement>('depth');

  byId('search').append(search.element);
  byId('path-finder').append(pathFinder.element);
  byId('filters').append(filters.element);
  byId('report-filters').append(reports.element);
  byId('legend').append(legend());
  const reader = createArticleView({ pick: (ids) => explorer?.pickQuote(ids), close: () => void explorer?.closeArticle() });
  const addArticle = createAddArticlePanel({
    preview: (article, token) => (explorer ? explorer.previewArticle(article, token) : Promise.reject(new Error('The explorer is not ready'))),
    commit: (article, token) => (explorer ? explorer.commitArticle(article, token) : Promise.reject(new Error('The explorer is not ready'))),
    showRelationship: (id) => explorer?.showRelationshipById(id),
    close: () => void explorer?.closeAddArticle(),
    tokenChanged: () => live.tokenChanged(),
  });
  const live = createLiveUpdates({
    url: endpoint.replace(/^http/, 'ws'),
    token: () => addArticle.token(),
    onRelationship: (relationship) => explorer?.receive(relationship) ?? 'ignored',
    describe: (r) => `${r.from.name} ${typeLabel(r.type)} ${r.to.name}`,
  });
  byId('live-updates').append(live.element);
  byId('feeds').append(createFeedsSection(request, () => addArticle.token()));
  const panels = { tools: byId('tools'), reader: byId('reader'), add: byId('add-article') };
  panels.reader.append(reader.element);
  panels.add.append(addArticle.element);
  // Escape closes the open panel, as a dialog would (what was typed into the form stays), unless a control used it.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (!panels.add.hidden) void explorer?.closeAddArticle();
    else if (!panels.reader.hidden) void explorer?.closeArticle();
  });
  const addToggle = byId<HTMLButtonElement>('add-article-toggle');
  addToggle.addEventListener('click', () => (addToggle.getAttribute('aria-expanded') === 'true' ? void explorer?.closeAddArticle() : explorer?.openAddArticle()));

  explorer = createExplorer(request, endpoint, types, {
    graph, filters, reports, search, pathFinder, depth,
    details: byId('details'),
    status,
    sandbox: byId<HTMLAnchorElement>('sandbox-link'),
    table: byId<HTMLTableSectionElement>('relationship-rows'),
    reader, addArticle, panels, addToggle,
  });
  depth.addEventListener('change', () => void explorer?.reload());
  window.addEventListener('popstate', () => void explorer?.restore());
  Object.defineProperty(window, '__explorer', { value: Object.freeze({ cy: graph.cy }), writable: false, configurable: false });
  await explorer.restore();
  live.start();
}

void boot();
