// An element's text as an article's text: a blank line between blocks (paragraphs, headings, list items), a line
// break for <br>, white space collapsed inside them, so the reader's sentence splitter sees the page's paragraphs.
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BREAK = '\u0000';

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as DomElement).tagName.toUpperCase();
  if (SKIPPED.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.push(BREAK);
  for (const child of Array.from(node.childNodes)) walk(child, out);
  if (block) out.push(BREAK);
}

export function elementText(root: DomNode): string {
  const out: string[] = [];
  walk(root, out);
  return out.join('')
    .split(BREAK)
    .map((block) => block.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
