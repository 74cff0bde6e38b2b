// Whether a name is a proper name or a description, by eval's own strict definition: the graph figures count the
// aliases it calls descriptive, and scoring matches an extracted entity to gold through its proper-name aliases only.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'another', 'such']);
/** Lowercase words that occur inside proper names: particles of personal names and the connectives of titles. */
const JOINERS = new Set(['of', 'the', 'and', 'for', 'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'de', 'del', 'della', 'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'y', 'e']);
const LEADING_JOINERS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von']);

/** Why an alias is not a proper name, or null when it is one. */
export function descriptiveReason(alias: string): string | null {
  const words = alias.trim().split(/\s+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  const firstPart = first.split(/[-‑]/)[0] ?? '';
  if (DETERMINERS.has(first.toLowerCase())) return 'starts with a determiner';
  if (/^\p{Ll}/u.test(first) && !LEADING_JOINERS.has(firstPart)) return 'starts with a lowercase word';
  const content = words.flatMap((w) => w.split(/[-‑]/)).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((w) => /^\p{Ll}/u.test(w) && !JOINERS.has(w));
  return content.length > 0 ? `lowercase content words: ${content.join(', ')}` : null;
}

