// Words and punctuation with their offsets. Plain rules: news English needs abbreviations with dots ("U.S."),
// apostrophised names ("Sana'a") and possessives split off ("Israel’s" → "Israel", "’s").
import { nameKey } from '../graph/vocabulary';
import type { TextSpan } from './types';

export interface Token extends TextSpan {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Starts with an upper-case letter (or is a digit-free acronym). */
  capitalized: boolean;
  isWord: boolean;
  /** `nameKey(text)`, computed once: names are matched on keys many times. */
  key: string;
}

// Hyphens are tokens of their own ("Iran-backed" → Iran, -, backed); names join them back (mentions.ts).
// Apostrophes as news sites type them: straight, curly, and the acute accent and modifier letter some use ("Mexico´s").
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’´ʼ.](?=[\p{L}\p{N}])[\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’´ʼ]s)$/u;

function make(text: string, start: number): Token {
  const c = text.charCodeAt(0);
  const ascii = c < 128;
  const isWord = ascii ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{N}]/u.test(text);
  const lower = text.toLowerCase();
  return {
    text,
    start,
    end: start + text.length,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    capitalized: ascii ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text),
    isWord,
    // One ASCII character is its own key or none: punctuation runs (a 1 MB run of "(") skip nameKey's normalising.
    key: (ascii && text.length === 1) || /^[A-Za-z0-9]+$/.test(text) ? (isWord ? lower : '') : nameKey(text),
  };
}

/** Tokens of `text` between `from` and `to`, with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  // No slicing of the text: a sentence costs its own length, so a long article stays linear.
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const word = start + m[0].length > to ? m[0].slice(0, to - start) : m[0];
    const possessive = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (possessive && possessive[1] && possessive[2]) {
      out.push(make(possessive[1], start));
      // Every possessive reads as "’s" (same length, so offsets hold): rules compare one form.
      out.push(make(possessive[2] === "'s" ? possessive[2] : '’s', start + possessive[1].length));
    } else {
      out.push(make(word, start));
    }
  }
  return out;
}
