// Placeholder until the alias predicate lands: aliases are proper names only.
import type { EntityKind } from '../generated/graphql';

const JOINERS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'and', 'for', 'the', 'on', 'in', '&']);
const EVENT_HEADS = new Set(['talks', 'summit', 'ceasefire', 'truce', 'war', 'agreement', 'accord', 'process', 'negotiations', 'conference', 'deal', 'meeting']);

export function isNameAlias(alias: string, entity: { name: string; kind: EntityKind }): boolean {
  const words = alias.trim().split(/\s+/);
  if (words.length === 0 || !/^[\p{Lu}\p{N}]/u.test(alias) || /^(the|a|an|this|that|its|their)$/i.test(words[0] ?? '')) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}'’"(]/u.test(w) || JOINERS.has(w.toLowerCase()) || /^[\p{L}]+-[\p{Lu}]/u.test(w)
    || (entity.kind === 'EVENT' && i === words.length - 1 && i > 0 && EVENT_HEADS.has(w.toLowerCase())));
}
