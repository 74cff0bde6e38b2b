// Person names compared as words, so a short form ("Sheikh Tamim", "al-Burhan") can be matched to the full name
// the graph holds ("Tamim bin Hamad Al Thani", "Abdel-Fattah al-Burhan"). Pure: no graph, no reader.

/** Titles written before a name; they are not part of it ("Sheikh Tamim" is Tamim). */
const HONORIFICS = new Set([
  'sheikh', 'sheikha', 'shaikh', 'sheik', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady',
  'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major', 'brig', 'adm', 'admiral', 'capt', 'captain', 'sgt',
  'ayatollah', 'imam', 'mullah', 'rev', 'emir', 'amir', 'king', 'queen', 'prince', 'princess', 'crown',
  'president', 'minister', 'prime', 'foreign', 'defense', 'defence', 'secretary', 'envoy', 'special', 'senator',
  'sen', 'rep', 'chancellor', 'premier', 'pope', 'sultan', 'marshal', 'field',
]);

/**
 * Particles that join a name's parts; they are dropped, so "al-Burhan", "Burhan" and "el Burhan" are one word.
 * Written in either case ("Al Thani"), as news spells them both ways.
 */
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abou', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ul']);

/** The most name words a short form has: a first name or surname, or two of them ("Abdel Burhan"). */
export const MAX_SHORT_FORM_WORDS = 2;

/** Lower case without accents ("Erdoğan" → "erdogan"). */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The name's words as written, split at spaces, hyphens and apostrophes; dots dropped ("Gen." → "Gen"). */
function rawWords(name: string): string[] {
  return name.split(/[\s\-‐‑–—'’]+/u).map((w) => w.replace(/[^\p{L}\p{M}\p{N}]/gu, '')).filter(Boolean);
}

/**
 * The words that identify a person in `name`: folded, honorifics before the name and particles dropped.
 * "Sheikh Tamim" → [tamim]; "Abdel-Fattah al-Burhan" → [abdel, fattah, burhan].
 */
export function nameWords(name: string): string[] {
  const words = rawWords(name).map(foldName);
  let first = 0;
  // Honorifics only count at the front: "Prince" is a title in "Prince Faisal", a name word nowhere else here.
  while (first < words.length - 1 && HONORIFICS.has(words[first] ?? '')) first += 1;
  return words.slice(first).filter((w) => !PARTICLES.has(w));
}

/** Whether `name` is short enough to be a short form: one or two name words once titles and particles are gone. */
export function isShortFormName(name: string): boolean {
  const n = nameWords(name).length;
  return n >= 1 && n <= MAX_SHORT_FORM_WORDS;
}

/** Whether every word of `part` occurs in `whole` as a whole word, in the same order. */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const word of part) {
    const found = whole.indexOf(word, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/**
 * Whether `short` is a short form of `full`: one or two name words, all found as whole words in order in `full`,
 * which has more. A form with the same words differently spelt ("Abdel Fattah Burhan" for "Abdel-Fattah
 * al-Burhan") counts as well: the words, not the punctuation, name the person.
 */
export function isShortFormOf(short: string, full: string): boolean {
  const s = nameWords(short);
  const f = nameWords(full);
  if (s.length === 0) return false;
  if (!inOrder(s, f)) return sameNameReordered(short, full);
  return (s.length <= MAX_SHORT_FORM_WORDS && f.length > s.length) || sameWords(s, f);
}

/**
 * Whether `a` and `b` are the same person's name: the same name words in order, or in another order ("Bazoum
 * Mohamed", as official lists write surname first, for "Mohamed Bazoum"; two words or more, each used once).
 */
export function sameNameReordered(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length < 2 || x.length !== y.length || new Set(x).size !== x.length) return false;
  return sameWords([...x].sort(), [...y].sort());
}

/** Name words this long or longer may be respelt by one letter; shorter ones are different names ("Ali", "Alí" aside). */
const RESPELLABLE_LENGTH = 6;

/**
 * Whether `a` respells `b`, as transliterations of one name do ("Abdourahmane Tchiani", "Abdourahamane Tchiani"):
 * the same number of name words (two or more), in order, at least one the same, and each other one a word of six
 * letters or more that differs by one letter added, dropped or changed, with the same first letter.
 */
export function isRespelling(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length < 2 || x.length !== y.length || sameWords(x, y)) return false;
  let same = 0;
  for (let i = 0; i < x.length; i++) {
    const [u, v] = [x[i] ?? '', y[i] ?? ''];
    if (u === v) { same += 1; continue; }
    if (Math.min(u.length, v.length) < RESPELLABLE_LENGTH || u[0] !== v[0] || !oneEditApart(u, v)) return false;
  }
  return same > 0;
}

/** Whether one letter added, dropped or changed turns `u` into `v` (they differ). */
function oneEditApart(u: string, v: string): boolean {
  if (Math.abs(u.length - v.length) > 1) return false;
  const [short, long] = u.length <= v.length ? [u, v] : [v, u];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  // Changed: the rest after the one letter is the same; added or dropped: the longer skips one letter.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** Whether two names have the same name words ("al-Burhan" and "Burhan", "Erdoğan" and "Erdogan"). */
export function sameNameWords(a: string, b: string): boolean {
  return sameWords(nameWords(a), nameWords(b));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * Whether an alias is a person's name rather than a description of them ("the Qatari emir", "Qatar's ruler"):
 * every word starts with a capital, except particles.
 */
export function isProperName(alias: string): boolean {
  const words = rawWords(alias);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(foldName(w)));
}

/** The forms of each name word a full-text index may hold: as written (lower-cased) and without accents. */
export function searchWords(name: string): string[][] {
  const words = rawWords(name);
  const folded = words.map(foldName);
  let first = 0;
  while (first < folded.length - 1 && HONORIFICS.has(folded[first] ?? '')) first += 1;
  const groups: string[][] = [];
  for (let i = first; i < words.length; i++) {
    const plain = folded[i] ?? '';
    if (PARTICLES.has(plain)) continue;
    groups.push([...new Set([plain, (words[i] ?? '').toLowerCase()])]);
  }
  return groups;
}
