// `npm run eval:links`: how much of each story the link reader keeps and how much boilerplate it lets through, on
// the team's pages (tests/fixtures/linkPages/), per page; and, with --compare, the same for the extractors it was
// chosen from, with their speed. The goals (kept ≥ 98 %, left < 2 % on every page) are asserted by
// tests/unit/links-extraction.test.ts on the chosen one. Nothing here touches the network.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { DOMParser } from 'linkedom';
import { decodePage } from '../src/links/charset';
import { extractArticle } from '../src/links/extractArticle';
import { elementText } from '../src/links/pageText';
import type { DomNode } from '../src/links/dom';
import { type LinkPage, LINK_PAGES } from '../tests/fixtures/linkPages/pages';
import { scorePage } from '../tests/fixtures/linkPages/measure';

const BASE = 'http://news.example';
const verbose = process.argv.includes('--verbose');
const compare = process.argv.includes('--compare');

function html(page: LinkPage): string {
  const served = page.render(BASE);
  return decodePage(served.body, /charset=([^;\s]+)/i.exec(served.contentType)?.[1] ?? null).text;
}

const jsdomParse = (source: string) => new JSDOM(source).window.document;

type Extractor = (source: string) => Promise<string> | string;

async function defuddle(source: string): Promise<string> {
  const { Defuddle } = await import('defuddle/node');
  const result = await Defuddle(source, `${BASE}/`, { markdown: false });
  const doc = new DOMParser().parseFromString(`<html><body>${result.content}</body></html>`, 'text/html') as unknown as { body: DomNode };
  return elementText(doc.body);
}

const EXTRACTORS: Record<string, Extractor> = {
  'newsgraph: cleaning + Readability + linkedom': (source) => extractArticle(source).text,
  ...(compare ? {
    'cleaning + Readability + jsdom': (source: string) => extractArticle(source, { parse: jsdomParse }).text,
    'Readability + linkedom': (source: string) => extractArticle(source, { clean: false }).text,
    'Readability + jsdom': (source: string) => {
      const parsed = new Readability(jsdomParse(source)).parse();
      return parsed?.content ? elementText(new DOMParser().parseFromString(`<html><body>${parsed.content}</body></html>`, 'text/html').body as unknown as DomNode) : '';
    },
    'Defuddle + linkedom': defuddle,
  } : {}),
};

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

async function main(): Promise<void> {
  const pages = LINK_PAGES.map((page) => ({ page, source: html(page) }));
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    console.log(`\n## ${name}\n\n| page | style | story kept | boilerplate left | ms |\n|---|---|---|---|---|`);
    let kept = 0; let story = 0; let left = 0; let boiler = 0; let worstKept = 1; let worstLeft = 0; let ms = 0;
    for (const { page, source } of pages) {
      await extract(source); // warm-up
      const rounds = 5;
      const t0 = performance.now();
      let text = '';
      for (let i = 0; i < rounds; i++) text = await extract(source);
      const each = (performance.now() - t0) / rounds;
      ms += each;
      const score = scorePage(page, text);
      kept += score.keptChars; story += score.storyChars; left += score.leftChars; boiler += score.boilerplateChars;
      worstKept = Math.min(worstKept, score.kept); worstLeft = Math.max(worstLeft, score.left);
      console.log(`| ${page.name} | ${page.style} | ${pct(score.kept)} | ${pct(score.left)} | ${each.toFixed(1)} |`);
      if (verbose) for (const s of score.missing) console.log(`    missing: ${s}`);
      if (verbose) for (const s of score.leaked) console.log(`    left in: ${s}`);
    }
    console.log(`| **all ${pages.length} pages** | | **${pct(kept / story)}** (worst ${pct(worstKept)}) | **${pct(left / boiler)}** (worst ${pct(worstLeft)}) | ${(ms / pages.length).toFixed(1)} per page |`);
  }
  // A long page, for how long one extraction holds the main thread: the first page with its story 300 times over.
  const first = pages[0]!;
  const long = first.source.replace('</article>', `${first.page.story.body.map((p) => `<p>${p}</p>`).join('\n').repeat(300)}</article>`);
  console.log(`\nLong page (${(Buffer.byteLength(long) / 1e6).toFixed(2)} MB of HTML):`);
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    const t0 = performance.now();
    await extract(long);
    console.log(`  ${name}: ${(performance.now() - t0).toFixed(0)} ms`);
  }
}

void main();
