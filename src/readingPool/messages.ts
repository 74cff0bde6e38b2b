// What the main thread and a reading worker say to each other. One job at a time per worker; the worker asks for
// the graph's names once per article (the dictionary is a database lookup, so it stays on the main thread).
import type { Article, Extraction, KnownEntity } from '../reading/types';

export type ToWorker =
  | { type: 'read'; job: number; article: Article }
  /** The answer to `lookup`; `failed` when the lookup threw (the main thread has already answered the request). */
  | { type: 'known'; job: number; known: ReadonlyMap<string, KnownEntity>; failed: false }
  | { type: 'known'; job: number; failed: true };

export type FromWorker =
  /** Modules loaded and the built-in names built: jobs may come, and their clock starts when they are sent. */
  | { type: 'ready' }
  | { type: 'lookup'; job: number; keys: string[] }
  | { type: 'done'; job: number; extraction: Extraction }
  | { type: 'failed'; job: number; message: string };
