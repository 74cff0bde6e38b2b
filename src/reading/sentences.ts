// Sentence boundaries by rule: a full stop, question or exclamation mark (and any closing quote) followed by
// space and an upper-case letter, digit or opening quote, unless the word before is a known abbreviation; and
// every line break. Measured against compromise and wink-nlp on the dev articles (docs/reading.md).
import type { TextSpan } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'sec', 'u.s', 'u.n', 'u.k', 'e.u',
]);

// Sentence-final punctuation, closing quotes/brackets, then the whitespace to the next sentence.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;

/** Sentence spans, trimmed, in text order. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const lineRe = /[^\n\r]+/g;
  let line: RegExpExecArray | null;
  while ((line = lineRe.exec(text)) !== null) {
    const lineStart = line.index;
    const body = line[0];
    let cursor = 0;
    BOUNDARY.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BOUNDARY.exec(body)) !== null) {
      if (b[0].startsWith('.') && isAbbreviation(body, b.index)) continue;
      const end = b.index + b[0].length;
      pushTrimmed(text, spans, lineStart + cursor, lineStart + end);
      cursor = end;
    }
    pushTrimmed(text, spans, lineStart + cursor, lineStart + body.length);
  }
  return spans;
}

function isAbbreviation(body: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dot - 12), dot));
  if (!before || !before[1]) return false;
  const word = before[1].toLowerCase();
  // "U.S." and single initials ("Kirill A. Dmitriev") never end a sentence here: news rarely ends on them.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(before[1])) return true;
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, spans: TextSpan[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}
