// The article view's offsets: quotes placed by span or first occurrence, paragraphs, and runs for overlapping quotes.
import { paragraphAround, paragraphs, placeQuote, runs } from '../../explorer/src/articleText';
import { previewGraph, relationshipId } from '../../explorer/src/articleData';

const TEXT = 'Qatar mediated.\nTalks mediated by Qatar and Egypt resumed.\n\n  Hamas said no.  ';

describe('placing quotes', () => {
  test('a span that matches the quote is used as it is', () => {
    const start = TEXT.indexOf('Qatar', 20);
    expect(placeQuote(TEXT, 'Qatar', { start, end: start + 5 })).toEqual({ start, end: start + 5, exact: true });
  });

  test('without a span, or with one that does not match, the first verbatim occurrence is used', () => {
    expect(placeQuote(TEXT, 'Qatar', null)).toEqual({ start: 0, end: 5, exact: false });
    expect(placeQuote(TEXT, 'Qatar', { start: 3, end: 8 })).toEqual({ start: 0, end: 5, exact: false });
    expect(placeQuote(TEXT, 'Qatar', { start: 0, end: 999 })).toEqual({ start: 0, end: 5, exact: false });
  });

  test('a quote that is not in the text has no place', () => {
    expect(placeQuote(TEXT, 'Oman', null)).toBeNull();
    expect(placeQuote(TEXT, '', null)).toBeNull();
  });

  test('offsets are UTF-16 indices, like the API\'s TextSpan', () => {
    const text = '“Witkoff” 🇺🇸 said: talks end.';
    const at = placeQuote(text, 'talks end', null);
    expect(at && text.slice(at.start, at.end)).toBe('talks end');
  });
});

describe('paragraphs', () => {
  test('lines are paragraphs, trimmed, blank ones dropped', () => {
    expect(paragraphs(TEXT).map((p) => TEXT.slice(p.start, p.end))).toEqual(['Qatar mediated.', 'Talks mediated by Qatar and Egypt resumed.', 'Hamas said no.']);
  });

  test('the paragraph around a quote runs from the line break before it to the one after it', () => {
    const at = TEXT.indexOf('Qatar and');
    const p = paragraphAround(TEXT, { start: at, end: at + 5 });
    expect(TEXT.slice(p.start, p.end)).toBe('Talks mediated by Qatar and Egypt resumed.');
    const first = paragraphAround(TEXT, { start: 0, end: 5 });
    expect(TEXT.slice(first.start, first.end)).toBe('Qatar mediated.');
  });
});

describe('runs', () => {
  test('identical and overlapping quotes cut the text into runs, each listing the quotes over it', () => {
    const text = 'mediated by Qatar and Egypt';
    const a = placeQuote(text, 'mediated by Qatar', null);
    const b = placeQuote(text, 'mediated by Qatar', null);
    const c = placeQuote(text, 'Qatar and Egypt', null);
    const cut = runs({ start: 0, end: text.length }, [a, b, c, null]);
    expect(cut.map((r) => [text.slice(r.start, r.end), r.quotes])).toEqual([
      ['mediated by ', [0, 1]], ['Qatar', [0, 1, 2]], [' and Egypt', [2]],
    ]);
  });

  test('runs always join up to the whole range', () => {
    const cut = runs({ start: 5, end: 20 }, [{ start: 0, end: 8, exact: true }, { start: 18, end: 30, exact: true }]);
    expect(cut.map((r) => [r.start, r.end, r.quotes])).toEqual([[5, 8, [0]], [8, 18, []], [18, 20, [1]]]);
  });
});

describe('preview graph', () => {
  test('one edge per (from, type, to), its quotes as sources; new entities listed', () => {
    const span = { start: 0, end: 5 };
    const graph = previewGraph({
      sourceId: 's',
      entities: [
        { entityId: 'qatar', name: 'Qatar', kind: 'COUNTRY', aliases: [], existing: true },
        { entityId: 'hamas', name: 'Hamas', kind: 'GROUP', aliases: [], existing: false },
      ],
      relationships: [
        { type: 'MEDIATES', from: 'qatar', to: 'hamas', quote: 'a', span, confidence: 0.5, rule: 'r1' },
        { type: 'MEDIATES', from: 'qatar', to: 'hamas', quote: 'b', span, confidence: 0.7, rule: 'r2' },
      ],
    }, { title: 'T', text: 'a b' });
    expect(graph.newIds).toEqual(['hamas']);
    expect(graph.relationships).toHaveLength(1);
    expect(graph.relationships[0]).toMatchObject({ id: relationshipId('qatar', 'MEDIATES', 'hamas'), confidence: 0.7 });
    expect(graph.relationships[0]?.sources.map((s) => s.quote)).toEqual(['a', 'b']);
    expect(relationshipId('steve-witkoff', 'ENVOY_OF', 'united-states')).toBe('steve-witkoff--envoy-of--united-states');
  });
});
