// Loads the named Cypher statements in cypher/ once; the only way code gets Cypher text.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';

const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The statement in cypher/<name>.cypher. Throws at first use if the file is missing. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a multi-statement file (like schema.cypher) on semicolons that end a line; `//` comments dropped. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
