// The comparison servers' Cypher, one statement per file in bench/cypher/, loaded by name (like src/db/cypher.ts).
import fs from 'node:fs';
import path from 'node:path';

const cache = new Map<string, string>();

export function benchCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(__dirname, 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
