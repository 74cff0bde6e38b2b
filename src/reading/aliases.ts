// Placeholder until the alias predicate lands: aliases are proper names only.
import type { EntityKind } from '../generated/graphql';

const JOINERS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'and', 'for', 'the', 'on', 'in', '&']);
const EVENT_HEADS = new Set(['talks', 'summit', 'ceasefire', 'truce', 'war', 'agreement', 'accord', 'process', 'negotiations', 'conference', 'deal', 'meeting']);

const COMMON_EVENT_WORDS = new Set(['peace', 'ceasefire', 'cease-fire', 'truce', 'direct', 'indirect', 'new', 'fresh', 'further', 'the', 'a', 'an', 'high-level', 'bilateral', 'previous', 'latest', 'recent', 'first', 'second', 'third', 'last', 'nuclear', 'formal']);

export function isNameAlias(alias: string, entity: { name: string; kind: EntityKind }): boolean {
  const words = alias.trim().split(/\s+/);
  if (words.length === 0 || !/^[\p{Lu}\p{N}]/u.test(alias) || /^(the|a|an|this|that|its|their)$/i.test(words[0] ?? '')) return false;
  // An event's other name needs a proper word besides its head and common modifiers: "Talks", "Peace negotiations"
  // are sentence-initial capitals, not names.
  if (entity.kind === 'EVENT' && !words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && !COMMON_EVENT_WORDS.has(w.toLowerCase()))) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}'’"(]/u.test(w) || JOINERS.has(w.toLowerCase()) || /^[\p{L}]+-[\p{Lu}]/u.test(w)
    || (entity.kind === 'EVENT' && i === words.length - 1 && i > 0 && EVENT_HEADS.has(w.toLowerCase())));
}
