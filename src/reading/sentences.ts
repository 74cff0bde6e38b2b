// Sentence boundaries by rule: a full stop, question or exclamation mark (and any closing quote) followed by
// space and an upper-case letter, digit or opening quote, unless the word before is a known abbreviation; and
// every line break. Measured against compromise and wink-nlp on the dev articles (docs/reading.md).
import type { TextSpan } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'sec', 'u.s', 'u.n', 'u.k', 'e.u',
]);

const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const FINAL = codes('.!?');
const CLOSERS = codes(`"'”’)]`);
// What must follow a run of final punctuation and closers: whitespace, maybe an opening quote, a capital or digit.
// Sticky and tried once per run, so a run costs its own length (the regex /[.!?]+[…]*(?=…)/ tried every start in
// a run of dots and backtracked over the rest of it: 80,000 dots took 31 s).
const NEXT_SENTENCE = /\s+["'“‘(]?[\p{Lu}\p{N}]/uy;

/** Sentence ends in `body` (one line): each is the end of a punctuation run that a sentence start follows, with where its run began. */
function* boundaries(body: string): Generator<{ run: number; end: number }> {
  let i = 0;
  while (i < body.length) {
    if (!FINAL.has(body.charCodeAt(i))) { i++; continue; }
    const run = i;
    while (FINAL.has(body.charCodeAt(i))) i++;
    while (CLOSERS.has(body.charCodeAt(i))) i++;
    NEXT_SENTENCE.lastIndex = i;
    if (NEXT_SENTENCE.test(body)) yield { run, end: i };
  }
}

/** Sentence spans, trimmed, in text order. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const lineRe = /[^\n\r]+/g;
  let line: RegExpExecArray | null;
  while ((line = lineRe.exec(text)) !== null) {
    const lineStart = line.index;
    const body = line[0];
    let cursor = 0;
    for (const { run, end } of boundaries(body)) {
      if (body[run] === '.' && isAbbreviation(body, run)) continue;
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
