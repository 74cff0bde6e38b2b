// An ArticleInput as the article to read: its text as given, or its link's page read (src/links/). What the client
// said besides the URL (id, title, publisher, date) wins over the page's metadata. The fetch runs before, and
// outside, any transaction.
import type { RequestContext } from '../context';
import { articleRequest } from '../facts/articleInput';
import type { ArticleAsRead } from '../generated/graphql';
import { readLink } from '../links';
import type { Article } from '../reading/types';

export async function articleOf(input: unknown, ctx: RequestContext): Promise<Article> {
  const request = articleRequest(input, ctx.config.articleMaxBytes);
  if (request.kind === 'text') return request.article;
  const link = await readLink(request.url, { fetch: ctx.fetchPage, maxTextBytes: ctx.config.articleMaxBytes, timeoutMs: ctx.config.articleReading.timeoutMs });
  return {
    ...(request.given.id ? { id: request.given.id } : {}),
    title: request.given.title ?? link.title,
    text: link.text,
    url: link.url,
    publisher: request.given.publisher ?? link.publisher,
    publishedAt: request.given.publishedAt ?? link.publishedAt,
    retrievedAt: link.retrievedAt,
  };
}

export function articleAsRead(article: Article): ArticleAsRead {
  return { title: article.title, text: article.text, url: article.url ?? null, publisher: article.publisher ?? null, publishedAt: article.publishedAt ?? null, retrievedAt: article.retrievedAt ?? null };
}
