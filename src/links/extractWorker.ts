// A one-shot worker thread that extracts one large page (extractOffThread.ts), so parsing it never holds up the
// main thread's other requests.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './extractArticle';

if (!parentPort) throw new Error('links/extractWorker.ts runs as a worker thread');
parentPort.postMessage(extractArticle(String(workerData)));
