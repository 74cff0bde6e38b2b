// Phoenix.*.actors.txt → actor entries. Format (PETRreader.read_actor_dictionary): a primary phrase with optional
// inline `[CODE dates]`, `+synonym` lines, and tab-indented `[CODE dates]` lines; dates `<d`, `>d` or `d1-d2`, each
// YYMMDD (00–30 → 20YY) or YYYYMMDD.
import type { CodeSpan } from '../types';
import { commentOf, numberedLines, stripComment } from './text';

export interface RawActor {
  /** The dictionary's spelling, `_` and all. */
  primary: string;
  synonyms: string[];
  codes: CodeSpan[];
  /** Comment on the primary line ("CountryInfo.txt", "IGOrulers.txt"): a hint the entry is an office holder. */
  comment: string;
  line: number;
}

/** YYMMDD or YYYYMMDD → yyyy-mm-dd; null when it is not a real date. */
export function isoDate(raw: string): string | null {
  const digits = raw.trim();
  if (!/^\d{6}(\d{2})?$/.test(digits)) return null;
  const long = digits.length === 8;
  const yy = Number(digits.slice(0, long ? 4 : 2));
  const year = long ? yy : yy <= 30 ? 2000 + yy : 1900 + yy;
  const month = Number(digits.slice(long ? 4 : 2, long ? 6 : 4));
  const day = Number(digits.slice(long ? 6 : 4));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every `[CODE]`, `[CODE <d]`, `[CODE >d]`, `[CODE d1-d2]` in a piece of text; `[---]` (no code) left out. */
export function codeSpans(text: string): CodeSpan[] {
  const spans: CodeSpan[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const [code = '', when = ''] = (m[1] ?? '').trim().split(/\s+/);
    if (code === '' || /^-+$/.test(code)) continue;
    const span: CodeSpan = { code };
    if (when.startsWith('<')) {
      const to = isoDate(when.slice(1));
      if (to) span.to = to;
    } else if (when.startsWith('>')) {
      const from = isoDate(when.slice(1));
      if (from) span.from = from;
    } else if (when.includes('-')) {
      const [a = '', b = ''] = when.split('-');
      const from = isoDate(a);
      const to = isoDate(b);
      if (from) span.from = from;
      if (to) span.to = to;
    }
    spans.push(span);
  }
  return spans;
}

export function parseActorDictionary(text: string): RawActor[] {
  const actors: RawActor[] = [];
  let current: RawActor | null = null;
  for (const { n, raw } of numberedLines(text)) {
    if (raw.startsWith('#')) continue;
    const body = stripComment(raw).trim();
    if (body === '') continue;
    if (body.startsWith('[')) {
      current?.codes.push(...codeSpans(body));
    } else if (body.startsWith('+')) {
      const synonym = body.slice(1).replace(/\[.*$/, '').trim();
      if (current && synonym !== '') current.synonyms.push(synonym);
      current?.codes.push(...codeSpans(body));
    } else {
      const bracket = body.indexOf('[');
      const primary = (bracket >= 0 ? body.slice(0, bracket) : body).trim();
      current = { primary, synonyms: [], codes: bracket >= 0 ? codeSpans(body.slice(bracket)) : [], comment: commentOf(raw), line: n };
      if (primary !== '') actors.push(current);
    }
  }
  return actors;
}
