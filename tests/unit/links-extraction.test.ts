// The link reader's extraction on the team's pages (tests/fixtures/linkPages/): every page keeps at least 98 % of
// its story's characters and lets through less than 2 % of its boilerplate's, and its metadata is the page's.
import { decodePage, extractArticle, canonicalUrl } from '../../src/links';
import { scorePage } from '../fixtures/linkPages/measure';
import { LINK_PAGES } from '../fixtures/linkPages/pages';

const BASE = 'http://news.example';

describe.each(LINK_PAGES.map((page) => [page.name, page] as const))('%s', (_name, page) => {
  const served = page.render(BASE);
  const html = decodePage(served.body, /charset=([^;\s]+)/i.exec(served.contentType)?.[1] ?? null).text;
  const article = extractArticle(html);

  test('keeps ≥ 98 % of the story and leaves < 2 % of the boilerplate', () => {
    const score = scorePage(page, article.text);
    expect({ missing: score.missing, leaked: score.leaked }).toEqual({ missing: [], leaked: [] });
    expect(score.kept).toBeGreaterThanOrEqual(0.98);
    expect(score.left).toBeLessThan(0.02);
  });

  test('reads the title, publisher, date and canonical URL the page states', () => {
    expect({ title: article.title, publisher: article.publisher, publishedAt: article.publishedAt }).toEqual({
      title: page.expected.title, publisher: page.expected.publisher, publishedAt: page.expected.publishedAt,
    });
    expect(canonicalUrl(`${BASE}${page.path}`, article.canonical)).toBe(`${BASE}${page.expected.canonicalPath}`);
  });

  test('keeps the page\'s characters (curly quotes, accents, €, Polish letters)', () => {
    for (const paragraph of page.story.body) expect(article.text).toContain(paragraph);
  });
});

describe('charsets', () => {
  const cafe = 'Café “terrace” levy of €2';
  test('Windows-1252 declared in a meta tag, in the header, or nowhere', () => {
    const bytes = Buffer.from([...Buffer.from('<meta charset="windows-1252"><p>'), 0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x74, 0x65, 0x72, 0x72, 0x61, 0x63, 0x65, 0x94, 0x20, 0x6c, 0x65, 0x76, 0x79, 0x20, 0x6f, 0x66, 0x20, 0x80, 0x32]);
    expect(decodePage(bytes, null)).toMatchObject({ charset: 'windows-1252', source: 'meta' });
    expect(decodePage(bytes, null).text).toContain(cafe);
    const undeclared = Buffer.from(bytes.subarray(Buffer.from('<meta charset="windows-1252">').length));
    expect(decodePage(undeclared, null)).toMatchObject({ charset: 'windows-1252', source: 'sniffed' });
    // ISO-8859-1 is read as Windows-1252, as browsers do (0x80 is €, not a control character).
    expect(decodePage(undeclared, 'ISO-8859-1').text).toContain(cafe);
  });

  test('a page labelled UTF-8 whose bytes are Windows-1252 is read as Windows-1252', () => {
    expect(decodePage(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'utf-8')).toEqual({ text: 'Café', charset: 'windows-1252', source: 'sniffed' });
  });

  test('UTF-8 with a BOM, undeclared UTF-8, and an unknown label', () => {
    expect(decodePage(Buffer.from('\uFEFFŁódź', 'utf8'), 'windows-1252').text).toBe('Łódź');
    expect(decodePage(Buffer.from('Łódź', 'utf8'), null)).toEqual({ text: 'Łódź', charset: 'utf-8', source: 'sniffed' });
    expect(decodePage(Buffer.from('Łódź', 'utf8'), 'x-no-such-charset').text).toBe('Łódź');
  });
});

describe('canonical URL', () => {
  test('tracking parameters, fragments and AMP markers are dropped; other parameters stay', () => {
    expect(canonicalUrl('https://news.example/a?id=3&utm_source=x&utm_medium=y&fbclid=z&gclid=w#top', [])).toBe('https://news.example/a?id=3');
    expect(canonicalUrl('https://news.example/story/amp?amp=1', [])).toBe('https://news.example/story');
  });

  test('a canonical URL on the same site wins; one on another site is ignored', () => {
    expect(canonicalUrl('https://amp.news.example/x', ['https://www.news.example/x?utm_source=amp'])).toBe('https://www.news.example/x');
    expect(canonicalUrl('https://evil.example/copy', ['https://news.example/real'])).toBe('https://evil.example/copy');
    expect(canonicalUrl('https://news.example/x', ['javascript:alert(1)', '/relative'])).toBe('https://news.example/relative');
  });
});

describe('large pages', () => {
  test('a page over IN_PROCESS_BYTES is extracted in a worker thread, with the same answer as in process', async () => {
    const { extractPage, IN_PROCESS_BYTES } = await import('../../src/links/extractOffThread');
    const page = LINK_PAGES[0]!;
    const html = decodePage(page.render(BASE).body, 'utf-8').text
      .replace('</article>', `${page.story.body.map((p) => `<p>${p}</p>`).join('\n').repeat(200)}</article>`);
    expect(html.length).toBeGreaterThan(IN_PROCESS_BYTES);
    const inWorker = await extractPage(html, 30_000);
    expect(inWorker).toEqual(extractArticle(html));
    expect(inWorker.text.length).toBeGreaterThan(100_000);
  });
});
