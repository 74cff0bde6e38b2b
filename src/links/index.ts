// Reading articles from their links (docs/links.md): fetch (src/fetching), decode, extract the story and its
// metadata, and name it by its canonical URL.
export { readLink, refused, type LinkArticle, type LinkReadingOptions } from './readLink';
export { canonicalUrl, cleanUrl } from './canonical';
export { decodePage } from './charset';
export { extractArticle, type PageArticle } from './extractArticle';
export { fetcherFor, userAgent } from './fetcher';
