// Where quotes sit in an article's text: placing each quote (by its stored span, else its first verbatim
// occurrence), splitting the text into paragraphs, and cutting a paragraph into highlightable runs.
// Offsets are JavaScript string indices (UTF-16 code units), end exclusive — the API's TextSpan.

export interface Span {
  start: number;
  end: number;
}

/** A quote located in the text; `exact` when its stored span was used, false when found by searching. */
export interface Placement extends Span {
  exact: boolean;
}

/** A run of text with the same set of quotes over it (indices into the caller's quote list). */
export interface Run extends Span {
  quotes: number[];
}

/** The quote's place: its span when it matches the text, else the first verbatim occurrence, else null. */
export function placeQuote(text: string, quote: string, span: Span | null | undefined): Placement | null {
  if (span && span.start >= 0 && span.end <= text.length && span.start < span.end && text.slice(span.start, span.end) === quote) {
    return { start: span.start, end: span.end, exact: true };
  }
  if (quote.length === 0) return null;
  const at = text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length, exact: false };
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** The paragraphs of a text (separated by line breaks), without their surrounding white space; blank ones left out. */
export function paragraphs(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const paragraph = trimmed(text, start, end);
    if (paragraph.end > paragraph.start) found.push(paragraph);
    if (newline < 0) return found;
    start = newline + 1;
  }
}

/** The paragraph around a span: from the line break before its start to the one after its end. */
export function paragraphAround(text: string, span: Span): Span {
  const start = span.start === 0 ? 0 : text.lastIndexOf('\n', span.start - 1) + 1;
  const after = text.indexOf('\n', span.end);
  const paragraph = trimmed(text, start, after < 0 ? text.length : after);
  // A span that is itself white space at a paragraph's edge still needs to be inside what is returned.
  return { start: Math.min(paragraph.start, span.start), end: Math.max(paragraph.end, span.end) };
}

/**
 * Cuts `range` into runs at every quote boundary inside it, each run listing the quotes that cover it, so
 * overlapping and identical quotes can all be highlighted without nesting. Runs no quote covers are kept
 * (with an empty list) so the runs always join up to the whole range.
 */
export function runs(range: Span, placements: Array<Placement | null>): Run[] {
  const cuts = new Set<number>([range.start, range.end]);
  for (const p of placements) {
    if (!p) continue;
    if (p.start > range.start && p.start < range.end) cuts.add(p.start);
    if (p.end > range.start && p.end < range.end) cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const quotes: number[] = [];
    placements.forEach((p, index) => { if (p && p.start <= start && p.end >= end) quotes.push(index); });
    result.push({ start, end, quotes });
  }
  return result;
}
