// Turns what a user typed into a Lucene query for the entity_text full-text index. Every word is escaped, so
// Lucene syntax in it (quotes, fields, wildcards, fuzziness, regexes, boolean operators) is matched as text or
// dropped by the analyzer, never interpreted. The only syntax in the result is ours: field boosts and one
// prefix term for the last word, so that results show up while a name is still being typed.

/** Every character Lucene's classic query parser gives a meaning to (`&&` and `||` through `&` and `|`). */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Where a word may match, and how much a match there counts: a name hit outranks a mention in a description. */
const FIELD_BOOSTS: ReadonlyArray<readonly [field: string, boost: number]> = [
  ['name', 3],
  ['aliasText', 2],
  ['description', 1],
];

/** A prefix term on a single letter would match half the index; such words are only matched whole. */
const MIN_PREFIX_LENGTH = 2;

/** Prefix matches score a constant; kept well below a whole-word match so "Doha" ranks Doha above "… in Doha". */
const PREFIX_BOOST = 0.3;

export function escapeLuceneWord(word: string): string {
  return word.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The full-text query for `text`, or null when nothing in it could match (no letter or digit at all).
 * Words are lower-cased: the index is lower-cased anyway, and `and`/`or`/`not` are no operators in lower case.
 */
export function fullTextQuery(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const terms = words.map(escapeLuceneWord);
  if (last.length >= MIN_PREFIX_LENGTH && /^[\p{L}\p{N}]+$/u.test(last)) terms.push(`${last}*^${PREFIX_BOOST}`);
  const clause = terms.join(' ');
  return FIELD_BOOSTS.map(([field, boost]) => `${field}:(${clause})^${boost}`).join(' ');
}

/**
 * A query for names made of given words, each word a group of spellings (as written, without accents): with
 * `all`, a hit holds every word in one of `fields`; with `any`, at least one. No prefixes, no fuzziness: names
 * are matched word for word. Null when no group has a usable word.
 */
export function nameWordsQuery(groups: readonly (readonly string[])[], mode: 'all' | 'any', fields: readonly string[]): string | null {
  const words = groups
    .map((group) => group.map((w) => w.toLowerCase()).filter((w) => /[\p{L}\p{N}]/u.test(w)).map(escapeLuceneWord))
    .filter((group) => group.length > 0);
  if (!words.length || !fields.length) return null;
  const clause = words.map((group) => {
    const term = group.length === 1 ? group[0] : `(${group.join(' ')})`;
    return mode === 'all' ? `+${term}` : term;
  }).join(' ');
  return fields.map((field) => `${field}:(${clause})`).join(' ');
}
