// The import builds a new store only: a folder that exists and holds anything is refused before any work, so
// an import can never mix into, or overwrite, a graph someone serves. The store is built in a partial folder
// beside the target and renamed into place when complete, so a failed import leaves no half store behind.
import fs from 'node:fs';
import path from 'node:path';

export class StoreExistsError extends Error {}

export function refuseExistingStore(target: string): void {
  if (!fs.existsSync(target)) return;
  const empty = fs.statSync(target).isDirectory() && fs.readdirSync(target).length === 0;
  if (!empty) {
    throw new StoreExistsError(`${target} already exists and is not empty: npm run import builds a new store only. `
      + 'Choose a folder that does not exist yet (the import creates it), or move this one away if you mean to replace it.');
  }
}

/** A fresh folder beside `target` to build the store in. */
export function partialStore(target: string): string {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  return partial;
}

/** Moves the complete store into place (checking again: another process may have made the target meanwhile). */
export function completeStore(partial: string, target: string): void {
  refuseExistingStore(target);
  if (fs.existsSync(target)) fs.rmdirSync(target);
  fs.renameSync(partial, target);
}
