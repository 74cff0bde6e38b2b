// Names the article itself introduced with a word that said what they are ("fighting in Lashio", "the Harmony
// party", "Idlib province"): later in the article the bare name ("the capture of Lashio", "Harmony won") is the
// same place or organization.
import type { EntityKind } from '../generated/graphql';
import { nameTokenKey } from './gazetteer';
import type { ReadingContext } from './mentions';
import type { Token } from './tokens';

interface Named { id: string; kind: EntityKind }

/** Remembers `name` as naming entity `id` for the rest of the article. */
export function rememberName(ctx: ReadingContext, name: string, id: string, kind: EntityKind): void {
  const key = nameTokenKey(name);
  if (key === '') return;
  ctx.articleNames ??= new Map();
  if (!ctx.articleNames.has(key)) ctx.articleNames.set(key, { id, kind });
}

/** The longest remembered name starting at token `i` (capitalised), with its end; null when none. */
export function recallName(ctx: ReadingContext, tokens: readonly Token[], i: number): (Named & { last: number }) | null {
  const names = ctx.articleNames;
  const first = tokens[i];
  if (!names || !first || !first.isWord || !first.capitalized) return null;
  let key = '';
  let best: (Named & { last: number }) | null = null;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    const t = tokens[j];
    if (!t || (!t.isWord && t.text !== '-')) break;
    if (!t.isWord) continue;
    key = key === '' ? t.key : `${key} ${t.key}`;
    const hit = names.get(key);
    if (hit) best = { ...hit, last: j + 1 };
  }
  return best;
}
