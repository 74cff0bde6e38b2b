// A reading worker: reads one article at a time with the ordinary reader, asking the main thread for the graph's
// names through messages. Started by spawn.ts; killed by the pool when a read runs past its time.
import { parentPort } from 'node:worker_threads';
import { EMPTY_DICTIONARY, readArticle } from '../reading';
import type { EntityDictionary, KnownEntity } from '../reading/types';
import type { FromWorker, ToWorker } from './messages';

const port = parentPort;
if (!port) throw new Error('readingPool/worker.ts runs as a worker thread (see spawn.ts)');

const send = (message: FromWorker): void => port.postMessage(message);

/** The lookup the current job is waiting for, answered by a `known` message. */
let waiting: { job: number; resolve: (known: ReadonlyMap<string, KnownEntity>) => void; reject: (error: Error) => void } | null = null;

async function read({ job, article }: Extract<ToWorker, { type: 'read' }>): Promise<void> {
  const dictionary: EntityDictionary = (keys) => new Promise((resolve, reject) => {
    waiting = { job, resolve, reject };
    send({ type: 'lookup', job, keys: [...keys] });
  });
  try {
    send({ type: 'done', job, extraction: await readArticle(article, dictionary) });
  } catch (error) {
    send({ type: 'failed', job, message: error instanceof Error ? error.message : String(error) });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'read') {
    void read(message);
  } else if (waiting?.job === message.job) {
    const { resolve, reject } = waiting;
    waiting = null;
    if (message.failed) reject(new Error('the name lookup failed'));
    else resolve(message.known);
  }
});

// The first read builds the built-in names (world-countries, actors.json): done before `ready`, so no job's
// time budget pays for it.
void readArticle({ title: 'Warm-up', text: 'Egypt and Qatar met in Cairo.' }, EMPTY_DICTIONARY).then(() => send({ type: 'ready' }));
