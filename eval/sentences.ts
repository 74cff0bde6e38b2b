// The evaluation's own sentence splitter, independent of the reader's (src/reading/sentences.ts), so a change
// to the reader cannot move the evidence windows it is scored against. Deliberately simple: a sentence ends at
// . ! or ? (with closing quotes or brackets) before whitespace and a capital, digit or opening quote, unless the
// word before the stop is a known abbreviation or an initialism ("U.S."); a blank line always ends one.

export interface Span { start: number; end: number }

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'pres', 'st', 'mt', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'ltd', 'co']);

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.includes('.')) return true; // U.S, U.N
  if (/^\p{Lu}$/u.test(word)) return true; // a middle initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence spans of `text`, trimmed of surrounding whitespace; together they cover every non-blank character. */
export function sentenceSpans(text: string): Span[] {
  const cuts: number[] = [0];
  const boundary = /([.!?]["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  for (const m of text.matchAll(boundary)) {
    if (m[1] === undefined) { cuts.push(m.index + m[0].length); continue; }
    if (m[1].startsWith('.') && isAbbreviation(text.slice(0, m.index))) continue;
    cuts.push(m.index + m[1].length);
  }
  cuts.push(text.length);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i] as number;
    let end = cuts[i + 1] as number;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
