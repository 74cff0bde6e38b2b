// docs/clients.md shows code from examples/clients/: each block marked `<!-- snippet: <file> -->` must still be
// in that file word for word, so the page never shows code that no longer runs.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const page = fs.readFileSync(path.join(ROOT, 'docs/clients.md'), 'utf8');
const snippets = [...page.matchAll(/<!-- snippet: (\S+) -->\n```ts\n([\s\S]*?)```/g)].map((match) => ({ file: match[1]!, code: match[2]! }));

test('the page shows code from every client example', () => {
  expect(new Set(snippets.map((s) => s.file))).toEqual(
    new Set(['examples/clients/apollo.ts', 'examples/clients/urql.ts', 'examples/clients/fetch.ts', 'examples/clients/subscriptions.ts']),
  );
});

test.each(snippets.map((s) => [s.file, s.code.split('\n')[0]!.trim(), s.code] as const))('%s still holds the block starting %s', (file, _first, code) => {
  expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toContain(code);
});

test('every file the page links to exists', () => {
  const links = [...page.matchAll(/\]\(\.\.\/([^)#]+)/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(4);
  for (const link of links) expect([link, fs.existsSync(path.join(ROOT, link))]).toEqual([link, true]);
});
