// An article as given (a GraphQL ArticleInput, or a .json/.jsonl/.txt file for the CLI) checked before it is
// read: every problem collected with its path and thrown as one BAD_USER_INPUT, like facts documents. Over GraphQL
// an article may also be only a link (`url` without `text`): its page is read then (src/links/).
import { BadUserInputError, type Problem } from '../errors';
import type { Article } from '../reading/types';
import { validatePart } from './validate';

const FIELDS = new Set(['id', 'title', 'url', 'publisher', 'publishedAt', 'text']);
const MAX_TITLE = 500;
const MAX_PUBLISHER = 200;
const MAX_URL = 2000;

type Check = (value: unknown, path: string) => Problem[];

const problem = (path: string, message: string): Problem[] => [{ path, message }];

function text(max: number): Check {
  return (value, path) => {
    if (typeof value !== 'string') return problem(path, 'must be a string');
    if (!/\S/.test(value)) return problem(path, 'must not be empty');
    return value.length > max ? problem(path, `must be at most ${max} characters`) : [];
  };
}

const url: Check = (value, path) => {
  if (typeof value !== 'string') return problem(path, 'must be a string');
  if (value.length > MAX_URL) return problem(path, `must be at most ${MAX_URL} characters`);
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // not a URL at all: reported below
  }
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? [] : problem(path, 'must be an http or https URL');
};

const date: Check = (value, path) => {
  const ok = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  return ok ? [] : problem(path, 'must be a date (YYYY-MM-DD)');
};

function body(maxBytes: number): Check {
  return (value, path) => {
    if (typeof value !== 'string') return problem(path, 'must be a string');
    if (!/\S/.test(value)) return problem(path, 'must not be empty');
    const bytes = Buffer.byteLength(value, 'utf8');
    return bytes > maxBytes ? problem(path, `must be at most ${maxBytes} bytes of UTF-8 (ARTICLE_MAX_BYTES; got ${bytes})`) : [];
  };
}

/**
 * Every problem in `input` as an article, with paths under `root`; an empty list means it is one. With `links`,
 * a `url` without `text` is an article too (its page will be read); `text` always needs a `title`.
 */
export function articleProblems(input: unknown, maxBytes: number, root = 'article', links = false): Problem[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return problem(root, links ? 'must be an object with text and title, or a url' : 'must be an object with title and text');
  const fields = input as Record<string, unknown>;
  const present = (name: string) => fields[name] !== undefined && fields[name] !== null;
  const problems: Problem[] = [];
  for (const name of Object.keys(fields)) if (!FIELDS.has(name)) problems.push(...problem(`${root}.${name}`, 'is not a known field'));
  if (!links) {
    for (const required of ['title', 'text']) if (!present(required)) problems.push(...problem(`${root}.${required}`, 'is required'));
  } else if (present('text') && !present('title')) {
    problems.push(...problem(`${root}.title`, 'is required with text'));
  } else if (!present('text') && !present('url')) {
    problems.push(...problem(root, 'needs either text (with a title) or a url to read the article from'));
  }
  const checks: Array<[string, Check]> = [
    ['id', (value, path) => validatePart('slug', value, path)],
    ['title', text(MAX_TITLE)],
    ['url', url],
    ['publisher', text(MAX_PUBLISHER)],
    ['publishedAt', date],
    ['text', body(maxBytes)],
  ];
  for (const [name, check] of checks) if (present(name)) problems.push(...check(fields[name], `${root}.${name}`));
  return problems;
}

/** The article in `input` (explicit nulls dropped), or BAD_USER_INPUT listing every problem. */
export function articleArg(input: unknown, maxBytes: number, root = 'article'): Article {
  const problems = articleProblems(input, maxBytes, root);
  if (problems.length) throw new BadUserInputError('invalid article', problems);
  const fields = input as Record<string, unknown>;
  const optional = (name: string) => (typeof fields[name] === 'string' ? { [name]: fields[name] as string } : {});
  return {
    title: fields.title as string,
    text: fields.text as string,
    ...optional('id'),
    ...optional('url'),
    ...optional('publisher'),
    ...optional('publishedAt'),
  };
}

/** What an ArticleInput asks for: an article given as text, or a link whose page is to be read. */
export type ArticleRequest =
  | { kind: 'text'; article: Article }
  /** `given`: what the client said about the article besides the URL; it wins over the page's metadata. */
  | { kind: 'link'; url: string; given: { id?: string; title?: string; publisher?: string; publishedAt?: string } };

/** A GraphQL ArticleInput checked: text (used as it is, nothing fetched) or a link, else BAD_USER_INPUT. */
export function articleRequest(input: unknown, maxBytes: number): ArticleRequest {
  const problems = articleProblems(input, maxBytes, 'article', true);
  if (problems.length) throw new BadUserInputError('invalid article', problems);
  const fields = input as Record<string, unknown>;
  if (typeof fields.text === 'string') return { kind: 'text', article: articleArg(input, maxBytes) };
  const optional = (name: string) => (typeof fields[name] === 'string' ? { [name]: fields[name] as string } : {});
  return { kind: 'link', url: fields.url as string, given: { ...optional('id'), ...optional('title'), ...optional('publisher'), ...optional('publishedAt') } };
}
