// What is on screen, as URL query parameters, so a view can be shared and survives a reload:
// /explorer?entity=steve-witkoff&depth=2&types=ENVOY_OF,LEADS&asOf=2025-07-20&minSources=2&from=steve-witkoff&to=hamas&article=…
export interface ViewState {
  /** The entity at the centre of the drawing. */
  entity: string | null;
  /** Hops out from it, 1 to 3. */
  depth: number;
  /** Only these relationship types; null means all. */
  types: string[] | null;
  /** Ends of the highlighted shortest path. */
  from: string | null;
  to: string | null;
  /** The source whose text the article view shows (and whose facts are drawn when no entity is chosen). */
  article: string | null;
  /** Draw the graph as it was reported by the end of this day (YYYY-MM-DD); absent: as it is now. */
  asOf?: string;
  /** Only relationships with at least this many distinct sources, 2 to 1000; absent: any (1). */
  minSources?: number;
}

export const MAX_DEPTH = 3;
export const MAX_MIN_SOURCES = 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;
const TYPE_PATTERN = /^[A-Z][A-Z_]{0,49}$/;

function id(value: string | null): string | null {
  return value !== null && ID_PATTERN.test(value) ? value : null;
}

/** A real calendar day as YYYY-MM-DD (the API's Date), else undefined. */
export function calendarDay(value: string | null): string | undefined {
  if (value === null || !DATE_PATTERN.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value ? value : undefined;
}

/** A useful minimum source count (2 to 1000), else undefined: 1 is no filter at all. */
export function sourceMinimum(value: string | null): number | undefined {
  const n = Number(value ?? '');
  return value !== null && Number.isInteger(n) && n >= 2 && n <= MAX_MIN_SOURCES ? n : undefined;
}

/** Reads a `location.search`; anything malformed is ignored rather than sent to the server. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth') ?? '1');
  const types = params.get('types');
  return {
    entity: id(params.get('entity')),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH ? depth : 1,
    types: types === null ? null : types.split(',').filter((t) => TYPE_PATTERN.test(t)),
    from: id(params.get('from')),
    to: id(params.get('to')),
    article: id(params.get('article')),
    // Only when present, so a state without them stays equal to one written before they existed.
    ...optional('asOf', calendarDay(params.get('asOf'))),
    ...optional('minSources', sourceMinimum(params.get('minSources'))),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The `?…` part for a state; defaults are left out so shared links stay short. */
export function viewStateSearch(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.entity) params.set('entity', state.entity);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.types) params.set('types', state.types.join(','));
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.minSources && state.minSources > 1) params.set('minSources', String(state.minSources));
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  if (state.article) params.set('article', state.article);
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}
