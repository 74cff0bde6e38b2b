// What Readability alone lets through on the team's pages (docs/links.md): comment threads, inline ads, cookie
// banners and link bars in pages without semantic markup. Removed before it runs, by what sites call such blocks
// (tags, ARIA roles, class and id words, a heading such as "Comments"), by link density; and after it, short
// blocks whose words are a banner's, an ad label's or a footer's. Short blocks only: a story is never this.
import { type DomElement, type DomNode, ELEMENT_NODE } from './dom';

interface Removable extends DomElement {
  remove(): void;
  children: ArrayLike<Removable>;
  parentElement: Removable | null;
  querySelectorAll(selector: string): ArrayLike<Removable>;
}

interface CleanableDocument {
  body: Removable | null;
  querySelectorAll(selector: string): ArrayLike<Removable>;
}

const TAGS = 'nav, footer, aside, form, iframe, dialog, noscript, amp-ad, amp-consent, amp-sidebar, amp-analytics, amp-social-share';
const ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [aria-hidden="true"], [hidden]';
/** Words in class and id names that mark boilerplate, whole words between -, _ or spaces. */
const NAMES = /(^|[-_\s])(cookies?|consent|gdpr|cmp|adverts?|advertisement|ads?|adslot|banner|promo|sponsors?|sponsored|related|comments?|disqus|newsletter|share|sharing|social|trending|sidebar|menu|navbar|breadcrumbs?|popup|modal|subscribe|outbrain|taboola|footer|topbar)([-_\s]|$)/i;
/** Headings that open a block that is not the story. */
const HEADINGS = /^\s*((reader |user )?comments?\b|\d+ comments?|(more|related|recommended|popular|latest) (stories|articles|news|from)|you may (also )?like|read (more|next)|most (read|popular)|trending)/i;
/** Short blocks that are banners, ad labels or footers, whatever their markup. */
const BLOCK_TEXT = /^\s*(advertisement|sponsored|anzeige|publicité)\b|\bwe use cookies\b|\baccept (all )?cookies\b|\bcookie (settings|preferences|policy)\b|\ball rights reserved\b|^\s*©|^\s*copyright\b|^\s*sign up for our\b|^\s*share this (article|story)\b|^\s*subscribe to our\b/i;
/** Longer than any boilerplate block: never removed, so the story cannot go with a mislabelled wrapper. */
const MAX_REMOVED_CHARS = 1500;
/** A block that is only a date line ("14 October 2026", "Published 30 July 2026, 08:15"): page furniture, and it
 * differs between a story's variants (its AMP page may have none), which would make one article two texts. */
const DATE_LINE = /^\s*((published|updated|posted)( on)?:?\s*)?(\d{1,2}\.? [a-zäéû]+\.? \d{4}|[a-z]+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})([\s,–—-]*(at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?\s*$/i;
const MAX_FILTERED_CHARS = 300;

const textLength = (node: DomNode) => (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;

function isProtected(element: Removable): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE' || textLength(element) > MAX_REMOVED_CHARS;
}

function firstChildText(element: Removable): string {
  const first = Array.from(element.children)[0];
  return first ? (first.textContent ?? '') : '';
}

function linkDense(element: Removable): boolean {
  const links = Array.from(element.querySelectorAll('a'));
  if (links.length < 3) return false;
  const total = textLength(element);
  const linked = links.reduce((sum, a) => sum + textLength(a), 0);
  return total > 0 && linked / total > 0.6 && element.querySelectorAll('p').length === 0;
}

/** Removes boilerplate blocks from `doc` in place, before the extractor reads it. */
export function removeBoilerplate(document: unknown): void {
  const doc = document as CleanableDocument;
  const body = doc.body;
  if (!body) return;
  const remove = (element: Removable) => {
    if (!isProtected(element)) element.remove();
  };
  for (const element of Array.from(doc.querySelectorAll(`${TAGS}, ${ROLES}`))) remove(element);
  // A site header outside the article (the article's own header holds its headline and byline).
  for (const header of Array.from(doc.querySelectorAll('header'))) if (!header.parentElement || !['ARTICLE', 'MAIN'].includes(header.parentElement.tagName.toUpperCase())) remove(header);
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (element.nodeType !== ELEMENT_NODE) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (NAMES.test(names) || HEADINGS.test(firstChildText(element)) || linkDense(element)) remove(element);
  }
}

/** The extracted text without short blocks that read as a banner, an ad label, a footer or a date line. */
export function filterBoilerplateBlocks(text: string): string {
  return text.split('\n\n').filter((block) => block.length > MAX_FILTERED_CHARS || (!BLOCK_TEXT.test(block) && !DATE_LINE.test(block))).join('\n\n');
}
