// What every PETRARCH dictionary shares: comments, phrases written with `_`, English word forms, display names.

/** A dictionary line without its comment: `#` starts one anywhere, `<!-- … -->` inline (PETRreader.read_FIN_line). */
export function stripComment(line: string): string {
  let text = line.replace(/<!--.*?-->/g, '');
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  return text.replace(/\s+$/, '');
}

/** The comment of a line, if any (kept as a hint: "CountryInfo.txt" marks office holders). */
export function commentOf(line: string): string {
  const hash = line.indexOf('#');
  return hash >= 0 ? line.slice(hash + 1).trim() : '';
}

/** Lines of a dictionary with their 1-based numbers; multi-line `<!-- … -->` comments blanked out. */
export function numberedLines(text: string): Array<{ n: number; raw: string }> {
  const out: Array<{ n: number; raw: string }> = [];
  let inComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      return;
    }
    if (raw.includes('<!--') && !raw.includes('-->')) {
      inComment = true;
      return;
    }
    out.push({ n: i + 1, raw });
  });
  return out;
}

/** `FOREIGN_MINISTER_` → ["foreign", "minister"]: words of a phrase, lower case, `_` and blanks both split. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/[\s_]+/).filter((w) => w !== '');
}

function doublesFinalConsonant(verb: string): boolean {
  // One-syllable consonant–vowel–consonant verbs double the consonant: ban → banned, stop → stopping.
  const groups = verb.match(/[aeiouy]+/g) ?? [];
  return groups.length === 1 && /[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(verb);
}

/** Regular forms of an English verb: base, -s, -ed, -ing, with the usual spelling changes. */
export function regularVerbForms(base: string): string[] {
  const forms = new Set([base]);
  const consonantY = /[^aeiou]y$/.test(base);
  if (/(s|x|z|sh|ch|o)$/.test(base)) forms.add(`${base}es`);
  else if (consonantY) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  const doubled = doublesFinalConsonant(base) ? base + base.slice(-1) : base;
  if (base.endsWith('e')) forms.add(`${base}d`);
  else if (consonantY) forms.add(`${base.slice(0, -1)}ied`);
  else forms.add(`${doubled}ed`);
  if (base.endsWith('ie')) forms.add(`${base.slice(0, -2)}ying`);
  else if (/(ee|ye|oe)$/.test(base) || (base.endsWith('e') && base.length <= 2)) forms.add(`${base}ing`);
  else if (base.endsWith('e')) forms.add(`${base.slice(0, -1)}ing`);
  else forms.add(`${doubled}ing`);
  return [...forms];
}

/** Regular plural of an English noun (the rule PETRARCH's readers intend: -ies, -es, -s). */
export function regularPlural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|sh|ch)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'de', 'du', 'des', 'la', 'le', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'a', 'an', 'e', 'y']);

function capitalise(word: string): string {
  // "o'brien" → "O'Brien"; "al-qaeda" → "Al-Qaeda"; "(united" → "(United"; "children's" stays "Children's".
  return word
    .split('-')
    .map((part) => part.replace(/^([^\p{L}]*)(\p{L})/u, (_m, lead: string, first: string) => lead + first.toUpperCase())
      .replace(/^(\p{L}')(\p{L}{2,})/u, (_m, head: string, rest: string) => head + rest.charAt(0).toUpperCase() + rest.slice(1)))
    .join('-');
}

/** "U.S.", "D.C.", "U.S.A.": single letters with dots. */
function dottedAcronym(word: string): boolean {
  return /^(?:[A-Z]\.)+[A-Z]?\.?$/.test(word);
}

/**
 * Display form of a dictionary name: `UNITED_STATES_OF_AMERICA_` → "United States of America". Words are title-cased;
 * small words stay lower case inside a name; a word stays in capitals when it is an acronym: dotted letters ("U.S."),
 * a short word in parentheses ("(ALF)"), a word with no vowel, or one of `acronyms`.
 */
export function displayName(raw: string, acronyms: ReadonlySet<string>): string {
  const words = raw.replace(/_+$/, '').split(/[\s_]+/).filter((w) => w !== '');
  return words
    .map((word, i) => {
      const bare = word.replace(/[()]/g, '');
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (dottedAcronym(word) || /^\([A-Z]{2,6}\)$/.test(word) || (bare.length > 1 && !/[AEIOUY]/.test(bare) && /^[A-Z]+$/.test(bare)) || acronyms.has(bare)) return word;
      return capitalise(lower);
    })
    .join(' ');
}

/** Initials of a multi-word name ("NORTH_ATLANTIC_TREATY_ORGANIZATION" → NATO, and without small words). */
export function initialsOf(raw: string): string[] {
  const words = raw.replace(/_+$/, '').split(/[\s_]+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w.charAt(0).toUpperCase()).join('');
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w.charAt(0).toUpperCase()).join('');
  return [...new Set([all, content])].filter((s) => s.length >= 2);
}
