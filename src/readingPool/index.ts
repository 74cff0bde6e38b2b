// Reading articles off the main thread: a bounded pool of worker threads, each running the reader (src/reading/)
// on one article at a time, with a time budget per article. docs/reading.md, "Reading off the main thread".
import type { Article, EntityDictionary, Extraction } from '../reading/types';

export { ReadingPool, type ReadingPoolStats } from './pool';

/** What reads an article: `readArticle` itself (in process, as the CLI does) or a pool's `read`. */
export type ArticleReader = (article: Article, dictionary: EntityDictionary) => Promise<Extraction>;
