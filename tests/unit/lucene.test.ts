// Search text becomes a Lucene query in which the user's words are only ever words.
import { escapeLuceneWord, fullTextQuery } from '../../src/graph/lucene';

test('every character Lucene gives a meaning to is escaped', () => {
  expect(escapeLuceneWord('+-&&||!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\&\\|\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  expect(escapeLuceneWord('doha')).toBe('doha');
});

test('the query searches name, aliases and description with boosts, and the last word also as a prefix', () => {
  expect(fullTextQuery('Steve Witk')).toBe(
    'name:(steve witk witk*^0.3)^3 aliasText:(steve witk witk*^0.3)^2 description:(steve witk witk*^0.3)^1',
  );
});

test('boolean operators are lower-cased into plain words', () => {
  expect(fullTextQuery('hamas AND NOT israel OR qatar')).toBe(
    'name:(hamas and not israel or qatar qatar*^0.3)^3 aliasText:(hamas and not israel or qatar qatar*^0.3)^2 description:(hamas and not israel or qatar qatar*^0.3)^1',
  );
});

test('user syntax is escaped and never earns a prefix term', () => {
  expect(fullTextQuery('"Doha:(*~')).toBe('name:(\\"doha\\:\\(\\*\\~)^3 aliasText:(\\"doha\\:\\(\\*\\~)^2 description:(\\"doha\\:\\(\\*\\~)^1');
  expect(fullTextQuery('name:doha')).toBe('name:(name\\:doha)^3 aliasText:(name\\:doha)^2 description:(name\\:doha)^1');
});

test('a one-letter last word is matched whole only', () => {
  expect(fullTextQuery('u')).toBe('name:(u)^3 aliasText:(u)^2 description:(u)^1');
});

test('text without a letter or digit gives no query at all', () => {
  for (const text of ['', '   ', '\t\n', '*', '&& ||', '"():~']) expect(fullTextQuery(text)).toBeNull();
});

test('words without a letter or digit are dropped, others kept', () => {
  expect(fullTextQuery('* doha ~')).toBe('name:(doha doha*^0.3)^3 aliasText:(doha doha*^0.3)^2 description:(doha doha*^0.3)^1');
});
