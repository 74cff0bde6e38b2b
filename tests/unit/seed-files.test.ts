// The seed folder holds each facts document with the article it was read from; only the documents load.
import fs from 'node:fs';
import path from 'node:path';
import { seedDocuments } from '../../src/facts/seed';
import { ARTICLE_FILE } from '../fixtures/article';

test('the seed loader reads the facts documents of facts/seed/, not the article text beside them', () => {
  expect(fs.existsSync(ARTICLE_FILE)).toBe(true);
  expect(seedDocuments().map((d) => d.file)).toEqual([path.basename(ARTICLE_FILE, '.txt') + '.json']);
});
