// A page's article: its metadata (metadata.ts) and its story's text, taken out by Mozilla's Readability (the
// Firefox Reader View extractor) over a linkedom document, with boilerplate.ts around it. Chosen by measurement
// against jsdom and Defuddle on the team's pages: docs/links.md, "Choosing the extractor".
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { filterBoilerplateBlocks, removeBoilerplate } from './boilerplate';
import type { DomDocument, DomNode } from './dom';
import { type PageMetadata, pageMetadata } from './metadata';
import { elementText } from './pageText';

export interface PageArticle extends PageMetadata {
  /** The story's text, paragraphs separated by blank lines; empty when the page has no article. */
  text: string;
}

/** Parses `html` as an HTML document (XHTML too: browsers' HTML parser reads it well, and a stray `&` never fails it). */
function parse(html: string): DomDocument {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as DomDocument;
}

/** `clean: false` is Readability alone, and `parse` another DOM, for the comparison in eval/links.ts. */
export function extractArticle(html: string, options: { clean?: boolean; parse?: (html: string) => unknown } = {}): PageArticle {
  const clean = options.clean ?? true;
  const doc = (options.parse ?? parse)(html) as DomDocument;
  const metadata = pageMetadata(doc);
  // Readability edits the document it reads; the metadata is taken first for that reason.
  if (clean) removeBoilerplate(doc);
  const parsed = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const text = parsed?.content ? elementText(parsed.content) : '';
  return { ...metadata, text: stripTitle(clean ? filterBoilerplateBlocks(text) : text, metadata.title) };
}

/** The text without a first line that only repeats the headline: the title is stored apart. */
function stripTitle(text: string, title: string | null): string {
  if (!title) return text;
  const [first, ...rest] = text.split('\n\n');
  return first?.trim() === title.trim() && rest.length > 0 ? rest.join('\n\n') : text;
}
