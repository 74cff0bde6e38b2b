// Loads the named Cypher statements in cypher/ once; the only way code gets Cypher text.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';

const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
const cache = new Map<string, string>();

/**
 * A statement's text as sent: whole-line `//` comments left out. They are for readers of cypher/; the driver would
 * otherwise encode and send them with every run (a third of entity-page.cypher, measurable in W1's CPU profile).
 */
function withoutCommentLines(text: string): string {
  return text.split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
}

/** The statement in cypher/<name>.cypher. Throws at first use if the file is missing. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = withoutCommentLines(fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** What a slot may be filled with: names, parameters, operators and brackets; no quotes, backticks, comments or semicolons. */
const FILL = /^[\w\s.,:{}()[\]<>=$-]*$/;

/** A switched part: `{{#name}}…{{/name}}`, kept or left out whole (innermost first, so parts may nest). */
const SECTION = /\{\{#(\w+)\}\}((?:(?!\{\{#)[\s\S])*?)\{\{\/\1\}\}/g;

/**
 * A statement of cypher/ with its `{{slot}}` markers filled and its `{{#part}}…{{/part}}` sections kept or left out
 * by `switches`, cached under a name of its own (returned) so it runs like any other, `db.read(filledCypher(…))`.
 * A part switched off is not in the text at all: Neo4j neither plans nor runs it (a subquery behind a `WHERE
 * $switch` still costs an Apply per row). Fills are never user text: callers pick each from a fixed table by
 * allow-listed names (src/graph/entityPages.ts); values stay parameters. A marker without a fill or switch throws.
 */
export function filledCypher(name: string, fills: Readonly<Record<string, string>>, switches: Readonly<Record<string, boolean>> = {}): string {
  const filledName = `${name}${JSON.stringify(fills)}${Object.keys(switches).length ? JSON.stringify(switches) : ''}`;
  if (!cache.has(filledName)) {
    let text = cypher(name);
    for (let before = ''; before !== text;) {
      before = text;
      text = text.replace(SECTION, (_section, part: string, body: string) => {
        const on = switches[part];
        if (on === undefined) throw new Error(`${name}.cypher: no switch for {{#${part}}}`);
        return on ? body : '';
      });
    }
    // A part's markers sit on lines of their own: their lines go, rather than reach Neo4j as blank ones.
    if (Object.keys(switches).length) text = text.replace(/^[ \t]*\n/gm, '');
    text = text.replace(/\{\{(\w+)\}\}/g, (_marker, slot: string) => {
      const fill = fills[slot];
      if (fill === undefined) throw new Error(`${name}.cypher: no fill for {{${slot}}}`);
      if (!FILL.test(fill)) throw new Error(`${name}.cypher: {{${slot}}} may not be filled with ${JSON.stringify(fill)}`);
      return fill;
    });
    if (text.includes('{{')) throw new Error(`${name}.cypher: unmatched section marker in ${JSON.stringify(text.slice(text.indexOf('{{'), text.indexOf('{{') + 40))}`);
    cache.set(filledName, text);
  }
  return filledName;
}

/** Splits a multi-statement file (like schema.cypher) on semicolons that end a line (comments are already out). */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
