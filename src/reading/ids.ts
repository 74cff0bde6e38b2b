// Stable ids: entity ids are slugs of the canonical name (`joe-biden`); a source id is the article's own id or a
// slug of its title with a short hash, so the same article always gets the same id.
import { createHash } from 'node:crypto';
import type { Article } from './types';

/** Lower-case ASCII slug: accents dropped, anything else a single hyphen. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `article.id` when given, else `<title-slug>-<hash>` (hash of the url, else of the text), ≤ 80 chars. */
export function articleSourceId(article: Article): string {
  if (article.id && article.id.trim() !== '') return article.id;
  const hash = createHash('sha256').update(article.url ?? article.text).digest('hex').slice(0, 10);
  const title = slug(article.title).slice(0, 80 - hash.length - 1).replace(/-+$/, '');
  return title === '' ? `article-${hash}` : `${title}-${hash}`;
}
