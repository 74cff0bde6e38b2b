// Export parameters: types against the vocabulary's allow-list, asOf as a real day, entity as a bounded id.
import { isCalendarDay, parseExportParams } from '../../src/export/params';
import { ALL_RELATIONSHIP_TYPES } from '../../src/graph/vocabulary';
import { BadUserInputError } from '../../src/errors';

function problems(query: Record<string, unknown>): string[] {
  try {
    parseExportParams(query);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return ((error as BadUserInputError).problems).map((p) => p.path);
  }
  return [];
}

test('no parameters export every type, every entity, to this day', () => {
  expect(parseExportParams({})).toEqual({ types: [...ALL_RELATIONSHIP_TYPES], entity: null, asOf: null });
  expect(parseExportParams({ types: '' }).types).toEqual([...ALL_RELATIONSHIP_TYPES]);
});

test('types is comma-separated, trimmed and deduplicated', () => {
  expect(parseExportParams({ types: 'MEDIATES, STRUCK,MEDIATES' }).types).toEqual(['MEDIATES', 'STRUCK']);
});

test('a repeated parameter is BAD_USER_INPUT on it, never joined (entity=a&entity=b is not the id "a,b")', () => {
  expect(problems({ entity: ['a', 'b'] })).toEqual(['entity']);
  expect(problems({ types: ['MEDIATES', 'STRUCK'] })).toEqual(['types']);
  expect(problems({ asOf: ['2025-01-01', '2025-01-01'] })).toEqual(['asOf']);
});

test('unknown types, lower-case types and Cypher in types are BAD_USER_INPUT on `types`', () => {
  expect(problems({ types: 'BOMBED' })).toEqual(['types']);
  expect(problems({ types: 'mediates' })).toEqual(['types']);
  expect(problems({ types: 'MEDIATES`]->() DETACH DELETE n//' })).toEqual(['types']);
});

test('asOf must be a day of the calendar as YYYY-MM-DD; every problem is listed at once', () => {
  expect(parseExportParams({ asOf: '2024-02-29' }).asOf).toBe('2024-02-29');
  expect(isCalendarDay('2025-02-29')).toBe(false);
  expect(isCalendarDay('2025-13-01')).toBe(false);
  expect(isCalendarDay('2025-1-01')).toBe(false);
  expect(isCalendarDay('2025-01-01T00:00:00Z')).toBe(false);
  expect(problems({ asOf: 'today', types: 'NOPE', entity: '' })).toEqual(['types', 'entity', 'asOf']);
  expect(problems({ entity: 'x'.repeat(201) })).toEqual(['entity']);
  expect(problems({ asOf: { nested: 'object' } })).toEqual(['asOf']);
});
