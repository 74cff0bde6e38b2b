// Words and punctuation with their offsets. Plain rules: news English needs abbreviations with dots ("U.S."),
// apostrophised names ("Sana'a") and possessives split off ("Israel’s" → "Israel", "’s").
import type { TextSpan } from './types';

export interface Token extends TextSpan {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Starts with an upper-case letter (or is a digit-free acronym). */
  capitalized: boolean;
  isWord: boolean;
}

// Hyphens are tokens of their own ("Iran-backed" → Iran, -, backed); names join them back (mentions.ts).
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’.](?=[\p{L}\p{N}])[\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

function make(text: string, start: number): Token {
  const isWord = /[\p{L}\p{N}]/u.test(text);
  return {
    text,
    start,
    end: start + text.length,
    lower: text.toLowerCase().replace(/’/g, "'"),
    capitalized: /^\p{Lu}/u.test(text),
    isWord,
  };
}

/** Tokens of `text` between `from` and `to`, with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const word = m[0];
    const start = m.index;
    const possessive = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (possessive && possessive[1] && possessive[2]) {
      out.push(make(possessive[1], start));
      out.push(make(possessive[2], start + possessive[1].length));
    } else {
      out.push(make(word, start));
    }
  }
  return out;
}
