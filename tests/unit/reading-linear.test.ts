// The reader's worst case is linear: the sentence splitter, the tokenizer and the cutting of run-on sentences give
// the answers they gave before on ordinary text, and on hostile text (runs of dots, brackets, "?\"", one endless
// sentence…) they finish with the output expected, in time that grows with the size and not with its square.
// Growth is checked as a loose ratio of this process's CPU times (not wall time: the machine is shared) at two sizes
// 16× apart (linear is ~16, quadratic ~256), each the best of a few runs; speed itself is measured by
// `npm run bench:reading-latency`, not here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingTestArticles } from '../fixtures/teamArticles';
import { HOSTILE_KINDS, type HostileKind, hostileText, newsText } from '../../bench/generator/articleTexts';
import { createRandom } from '../../bench/generator/random';
import { nameKey } from '../../src/graph/vocabulary';
import { EMPTY_DICTIONARY, readArticle } from '../../src/reading';
import { boundedSentences, MAX_SENTENCE_TOKENS } from '../../src/reading/pieces';
import { splitSentences } from '../../src/reading/sentences';
import { tokenize } from '../../src/reading/tokens';
import type { TextSpan } from '../../src/reading/types';

const MB = 1_048_576;
/**
 * Time ratio allowed for 16× the size: linear work is ~16 (more for caches and GC), quadratic ~256. The margin is
 * wide because a loaded CI machine's garbage collector can double one run; quadratic work still fails it.
 */
const MAX_RATIO_16X = 100;

/** CPU milliseconds of this process since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function bestMs(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    work();
    best = Math.min(best, cpuMs(started));
  }
  return best;
}

/** Best-of times at `bytes / 16` and `bytes`, and their ratio. */
function growth(bytes: number, make: (bytes: number) => string, work: (text: string) => unknown): { small: number; big: number; ratio: number } {
  const smallText = make(bytes / 16);
  const bigText = make(bytes);
  work(smallText); // warm the JIT
  const small = Math.max(0.5, bestMs(5, () => work(smallText)));
  const big = bestMs(2, () => work(bigText));
  return { small, big, ratio: big / small };
}

/** The splitter as it was: correct, but its regex backtracked over runs of punctuation (80,000 dots: 31 s). */
function regexSplitSentences(text: string): TextSpan[] {
  const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;
  const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev',
    'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
    'dec', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'sec', 'u.s', 'u.n', 'u.k', 'e.u']);
  const isAbbreviation = (body: string, dot: number): boolean => {
    const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dot - 12), dot));
    if (!before || !before[1]) return false;
    const word = before[1].toLowerCase();
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(before[1])) return true;
    return ABBREVIATIONS.has(word);
  };
  const spans: TextSpan[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const lineRe = /[^\n\r]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const body = line[0];
    let cursor = 0;
    BOUNDARY.lastIndex = 0;
    for (let b = BOUNDARY.exec(body); b !== null; b = BOUNDARY.exec(body)) {
      if (b[0].startsWith('.') && isAbbreviation(body, b.index)) continue;
      push(line.index + cursor, line.index + b.index + b[0].length);
      cursor = b.index + b[0].length;
    }
    push(line.index + cursor, line.index + body.length);
  }
  return spans;
}

/** Short strings over the characters the splitter and tokenizer care about, seeded. */
function randomTexts(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const pieces = ['.', '!', '?', '"', "'", '”', '’', ')', ']', '“', '‘', '(', ' ', '  ', '\n', '\r\n', '\u00a0', '\u2028', 'A', 'b', '7', 'é', 'É',
    'U.S', 'Gen', 'Ab', 'a\u0301', '’s', "'s", '-', ',', 'İ', 'ß', '𝐀', 'I.', 'Qatar', 'said'];
  return Array.from({ length: count }, () => {
    let s = '';
    for (let n = 1 + Math.floor(random() * 30); n > 0; n--) s += pieces[Math.floor(random() * pieces.length)] ?? '';
    return s;
  });
}

// The team's own articles and the seed (never third-party text), and generated news.
const seedText = readFileSync(join(__dirname, '../../facts/seed/000_bc5c66fe0f957d4d.txt'), 'utf8');
const ordinaryTexts = [...readingTestArticles().map((a) => a.text), seedText, newsText(200_000, 3)];

describe('splitSentences', () => {
  test('gives the spans the backtracking regex gave, on the team’s articles, the seed, generated news and 20,000 random strings', () => {
    for (const text of [...ordinaryTexts, ...randomTexts(20_000, 11)]) expect(splitSentences(text)).toEqual(regexSplitSentences(text));
  });

  test.each([
    ['dots', 1],
    ['question-quotes', 1],
    ['spaced-dots', 1],
    ['initials', 1],
    ['endless-sentence', 1],
  ] as const)('1 MB of %s is one sentence, split in time linear in its size', (kind, sentences) => {
    const text = hostileText(kind, MB);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(sentences);
    expect(spans[0]?.start).toBe(0);
    expect(text.slice(spans[0]?.end).trim()).toBe('');
    const { ratio } = growth(MB, (bytes) => hostileText(kind, bytes), splitSentences);
    expect(ratio).toBeLessThan(MAX_RATIO_16X);
  });

  test('1 MB of mixed sentence-final punctuation gives ordered, disjoint, trimmed spans, in linear time', () => {
    const text = hostileText('mixed-punctuation', MB).replace(/\)/g, ') A');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1_000);
    const overlapping = spans.filter((s, i) => i > 0 && s.start < (spans[i - 1]?.end ?? 0));
    const untrimmed = spans.filter((s) => s.end <= s.start || text.slice(s.start, s.end) !== text.slice(s.start, s.end).trim());
    expect([overlapping, untrimmed]).toEqual([[], []]);
    expect(growth(MB, (bytes) => hostileText('mixed-punctuation', bytes).replace(/\)/g, ') A'), splitSentences).ratio).toBeLessThan(MAX_RATIO_16X);
  });
});

describe('tokenize', () => {
  test('every token keeps the lower-case form and the nameKey it had, on ordinary and random text', () => {
    const differing: string[] = [];
    for (const text of [...ordinaryTexts, ...randomTexts(5_000, 12)]) {
      for (const t of tokenize(text)) {
        const expected = { text: text.slice(t.start, t.end), lower: t.text.toLowerCase().replace(/’/g, "'"), key: nameKey(t.text) };
        if (t.text !== expected.text || t.lower !== expected.lower || t.key !== expected.key) differing.push(JSON.stringify([t, expected]));
      }
    }
    expect(differing).toEqual([]);
  });

  test.each([
    ['brackets', 1, '('],
    ['hyphens', 1, '-'],
    ['apostrophes', 1, "'"],
    ['combining-marks', 2, 'a'],
    ['curly-quotes', 1, '“'],
  ] as const)('1 MB of %s gives %d token(s) per unit, in linear time', (kind, perUnit, first) => {
    const text = hostileText(kind, MB);
    const tokens = tokenize(text);
    const units = kind === 'combining-marks' ? text.length / 2 : text.length;
    expect(tokens).toHaveLength(units * perUnit);
    expect(tokens[0]?.text).toBe(first);
    expect(tokens[tokens.length - 1]?.end).toBe(text.length);
    expect(growth(MB, (bytes) => hostileText(kind, bytes), (t) => tokenize(t)).ratio).toBeLessThan(MAX_RATIO_16X);
  });

  test('a 1 MB dotted acronym is one token, read in linear time', () => {
    const text = hostileText('dotted-acronym', MB);
    expect(tokenize(text).map((t) => t.text)).toEqual([text]);
    expect(growth(MB, (bytes) => hostileText('dotted-acronym', bytes), (t) => tokenize(t)).ratio).toBeLessThan(MAX_RATIO_16X);
  });
});

describe('boundedSentences', () => {
  test('pieces hold every token once and in order, at most MAX_SENTENCE_TOKENS each, cut after a comma in the second half', () => {
    const text = `${'Egypt and Qatar met again, '.repeat(400)}${'word '.repeat(1_000)}`;
    const tokens = tokenize(text);
    const pieces = boundedSentences(tokens);
    expect(pieces.flatMap((p) => p.tokens)).toEqual(tokens);
    for (const p of pieces) {
      expect(p.tokens.length).toBeGreaterThan(0);
      expect(p.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect([p.start, p.end]).toEqual([p.tokens[0]?.start, p.tokens[p.tokens.length - 1]?.end]);
    }
    // The comma-separated part is cut after commas; the part without any is cut at the limit.
    const commaCut = pieces.filter((p) => p.tokens[p.tokens.length - 1]?.text === ',');
    expect(commaCut.length).toBeGreaterThan(10);
    expect(pieces[pieces.length - 2]?.tokens).toHaveLength(MAX_SENTENCE_TOKENS);
    expect(boundedSentences([])).toEqual([]);
    expect(boundedSentences(tokens.slice(0, 5))).toEqual([{ start: 0, end: tokens[4]?.end, tokens: tokens.slice(0, 5) }]);
  });

  test('a million tokens of one run-on sentence are cut in linear time', () => {
    const big = tokenize(hostileText('brackets', MB));
    const small = big.slice(0, big.length / 16);
    boundedSentences(small);
    const ratio = bestMs(3, () => boundedSentences(big)) / Math.max(0.5, bestMs(5, () => boundedSentences(small)));
    expect(boundedSentences(big)).toHaveLength(Math.ceil(big.length / MAX_SENTENCE_TOKENS));
    expect(ratio).toBeLessThan(MAX_RATIO_16X);
  });
});

describe('readArticle on hostile text', () => {
  const read = (text: string): Promise<unknown> => readArticle({ title: 'Hostile', text }, EMPTY_DICTIONARY);
  const timeRead = async (text: string, runs: number): Promise<number> => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const started = process.cpuUsage();
      await read(text);
      best = Math.min(best, cpuMs(started));
    }
    return best;
  };

  test.each([...HOSTILE_KINDS, 'news'] as const)('%s: 256 kB reads in time linear in its size (against 16 kB)', async (kind: HostileKind | 'news') => {
    const make = (bytes: number): string => (kind === 'news' ? newsText(bytes) : hostileText(kind, bytes));
    const small = make(16_384);
    const big = make(262_144);
    await read(small);
    const ratio = (await timeRead(big, 2)) / Math.max(0.5, await timeRead(small, 3));
    expect(ratio).toBeLessThan(MAX_RATIO_16X);
  }, 60_000);
});
