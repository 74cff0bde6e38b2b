// Starting a reading worker wherever the service runs: compiled (dist/…/worker.js, plain node) or from TypeScript
// (`node --import tsx src/main.ts`, ts-jest, tsx scripts). A worker thread does not inherit the parent's TypeScript
// loader: on Node 20, `--import tsx` in a worker's execArgv does not reach its module loader, while tsx's
// require hook (`--require tsx/cjs`) does, and this project compiles to CommonJS.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const compiled = path.extname(__filename) === '.js';

/** Starts one worker running worker.ts (or its compiled worker.js). */
export function spawnReadingWorker(): Worker {
  if (compiled) return new Worker(path.join(__dirname, 'worker.js'), { execArgv: [] });
  // Resolved from here, not from the working directory: tests and scripts start in other folders.
  return new Worker(path.join(__dirname, 'worker.ts'), { execArgv: ['--require', require.resolve('tsx/cjs')] });
}
