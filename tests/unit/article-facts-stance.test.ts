// The reader's stance reaches the facts document: a disputing relation carries `stance: "DISPUTES"`, a
// supporting one leaves the field out (SUPPORTS is the document's default).
import { articleFactsDocument } from '../../src/facts/articleFacts';
import { EMPTY_DICTIONARY, readArticle } from '../../src/reading';

test('facts document: DISPUTES passed through, SUPPORTS left as the default', async () => {
  const article = { title: 'Test', text: 'Israel struck Syria. Hezbollah denied that Israel struck Lebanon.' };
  const doc = articleFactsDocument(article, await readArticle(article, EMPTY_DICTIONARY));
  expect(doc.relationships.map((r) => [r.to, r.stance, r.quote])).toEqual([
    ['syria', undefined, 'Israel struck Syria'],
    ['lebanon', 'DISPUTES', 'Hezbollah denied that Israel struck Lebanon'],
  ]);
});
