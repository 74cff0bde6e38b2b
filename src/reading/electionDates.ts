// The dates news puts on a vote, so the words around an election can be read past them: "the March 3 vote",
// "Sunday's ballot", "the election in April was won by …", "the runoff last month".
import type { Token } from './tokens';

const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)$/;
/** A day of the month or a year: "3", "28", "2024". */
const DAY_OR_YEAR = /^([1-9]|[12]\d|3[01]|(19|20)\d\d)$/;
const SPANS = /^(week|month|year|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;

/** A word of a date written before a vote's noun: "March", "3", "Sunday", "2024". */
export function dateWord(token: Token | undefined): boolean {
  const word = token?.lower ?? '';
  return MONTHS.test(word) || WEEKDAYS.test(word) || DAY_OR_YEAR.test(word);
}

/**
 * The token after a time phrase that starts at j ("in April", "on Sunday", "on March 3", "in 2024", "last month"),
 * or j itself when none starts there.
 */
export function afterTimePhrase(tokens: readonly Token[], j: number): number {
  const word = tokens[j]?.lower ?? '';
  if ((word === 'last' || word === 'this') && SPANS.test(tokens[j + 1]?.lower ?? '')) return j + 2;
  if (word !== 'in' && word !== 'on') return j;
  let k = j + 1;
  while (k - j <= 3 && dateWord(tokens[k])) k++;
  return k > j + 1 ? k : j;
}
