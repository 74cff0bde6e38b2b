// Sorted cursors carry their sort, key and id; they only work with the sort that made them.
import { BadUserInputError } from '../../src/errors';
import { decodeSortedCursor, encodeCursor, encodeSortedCursor, sortedConnectionOf, sortedPageOf } from '../../src/graph/pagination';

test('a sorted cursor decodes to the key and id it was made from', () => {
  const cursor = encodeSortedCursor('NAME:DESC', { key: 'gaza strip', id: 'gaza-strip' });
  expect(decodeSortedCursor(cursor, 'NAME:DESC')).toEqual({ key: 'gaza strip', id: 'gaza-strip' });
});

test('a cursor of another sort order is BAD_USER_INPUT naming both orders', () => {
  const cursor = encodeSortedCursor('NAME:ASC', { key: 'doha', id: 'doha' });
  expect(() => decodeSortedCursor(cursor, 'ID:ASC')).toThrow(BadUserInputError);
  expect(() => decodeSortedCursor(cursor, 'ID:ASC')).toThrow(/NAME:ASC.*ID:ASC/);
});

test('forged and id-only cursors are BAD_USER_INPUT', () => {
  for (const cursor of ['!!', encodeCursor('doha'), encodeCursor('["ID:ASC","doha"]'), encodeCursor('["ID:ASC","doha",3]'), encodeCursor('{"a":1}')]) {
    expect(() => decodeSortedCursor(cursor, 'ID:ASC')).toThrow(BadUserInputError);
  }
});

test('a sorted page over the size cap is BAD_USER_INPUT', () => {
  expect(() => sortedPageOf({ first: 101 }, 100, 'ID', 'ASC')).toThrow(/at most 100/);
});

test('a sorted connection takes first rows, tells whether more follow, and cursors each row', () => {
  const page = sortedPageOf({ first: 2 }, 100, 'NAME', 'ASC');
  const rows = ['a', 'b', 'c'].map((id) => ({ node: id, position: { key: id.toUpperCase(), id } }));
  const connection = sortedConnectionOf(rows, page, async () => 3);
  expect(connection.items.map((i) => i.node)).toEqual(['a', 'b']);
  expect(connection.hasNextPage).toBe(true);
  expect(connection.hasPreviousPage).toBe(false);
  expect(decodeSortedCursor(connection.items[1]!.cursor, 'NAME:ASC')).toEqual({ key: 'B', id: 'b' });
});
