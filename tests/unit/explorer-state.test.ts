// The explorer's pure parts: URL state that survives sharing, and the Apollo Sandbox link.
import { operationOf } from '../../explorer/src/api';
import { Neighborhood } from '../../explorer/src/operations';
import { SANDBOX_EXPLORER, sandboxLink } from '../../explorer/src/sandbox';
import { parseViewState, viewStateSearch } from '../../explorer/src/urlState';

describe('URL state', () => {
  test('a shared link round-trips: entity, depth, types, path ends and the open article', () => {
    const state = { entity: 'steve-witkoff', depth: 2, types: ['ENVOY_OF', 'LEADS'], from: 'steve-witkoff', to: 'hamas', article: 'internewscast-us-withdraws-gaza-negotiators' };
    const search = viewStateSearch(state);
    expect(search).toBe('?entity=steve-witkoff&depth=2&types=ENVOY_OF,LEADS&from=steve-witkoff&to=hamas&article=internewscast-us-withdraws-gaza-negotiators');
    expect(parseViewState(search)).toEqual(state);
  });

  test('defaults stay out of the URL, so the plain link is /explorer?entity=…', () => {
    expect(viewStateSearch({ entity: 'steve-witkoff', depth: 1, types: null, from: null, to: null, article: null })).toBe('?entity=steve-witkoff');
    expect(viewStateSearch({ entity: null, depth: 1, types: null, from: null, to: null, article: null })).toBe('');
  });

  test('malformed parameters are dropped, not passed on to the server', () => {
    expect(parseViewState('?entity=%3Cscript%3E&depth=9&types=ENVOY_OF,drop%20table,LEADS&from=a')).toEqual({
      entity: null, depth: 1, types: ['ENVOY_OF', 'LEADS'], from: 'a', to: null, article: null,
    });
    expect(parseViewState('?depth=2.5').depth).toBe(1);
  });

  test('an article alone is a view of its own: /explorer?article=…', () => {
    expect(viewStateSearch({ entity: null, depth: 1, types: null, from: null, to: null, article: 'some-source' })).toBe('?article=some-source');
    expect(parseViewState('?article=Bad%20Id').article).toBeNull();
  });

  test('a path needs both ends to be written', () => {
    expect(viewStateSearch({ entity: 'hamas', depth: 1, types: null, from: 'hamas', to: null, article: null })).toBe('?entity=hamas');
  });

  test('an empty type list (every box unchecked) is kept, distinct from "all types"', () => {
    expect(parseViewState(viewStateSearch({ entity: 'hamas', depth: 1, types: [], from: null, to: null, article: null })).types).toEqual([]);
  });
});

describe('Apollo Sandbox link', () => {
  test('carries the endpoint, the typed document and its variables, each URL-encoded', () => {
    const operation = operationOf(Neighborhood, { id: 'steve-witkoff', depth: 2, types: undefined, limit: 150 });
    const link = new URL(sandboxLink('http://localhost:4000/graphql', operation));
    expect(`${link.origin}${link.pathname}`).toBe(SANDBOX_EXPLORER);
    expect(link.searchParams.get('endpoint')).toBe('http://localhost:4000/graphql');
    expect(link.searchParams.get('document')).toBe(operation.query);
    expect(operation.query).toMatch(/^query Neighborhood\(\$id: ID!/);
    expect(operation.query).toContain('\n\nfragment EntityFields on Entity');
    expect(JSON.parse(link.searchParams.get('variables') ?? '')).toEqual({ id: 'steve-witkoff', depth: 2, limit: 150 });
    expect(link.search).not.toContain('+');
  });
});
