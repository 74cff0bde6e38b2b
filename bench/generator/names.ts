// Deterministic made-up names built from a small syllable stock, so full-text search finds several hits per
// term (like real names sharing "Al-" or "-ov"), and every id is a unique slug.
import type { EntityKind } from '../../src/generated/graphql';
import { pick } from './random';

const SYLLABLES = ['al', 'ar', 'bel', 'cor', 'da', 'del', 'ek', 'fa', 'gor', 'ha', 'ir', 'ka', 'kes', 'lan', 'lo',
  'ma', 'mir', 'na', 'nor', 'o', 'pa', 'ra', 'rin', 'sa', 'sel', 'ta', 'tor', 'u', 'va', 'ven', 'za', 'zor'];

const ORGANIZATION_WORDS = ['Council', 'Front', 'Union', 'Agency', 'Ministry', 'Bank', 'Institute', 'Party', 'Alliance', 'Authority'];
const GROUP_WORDS = ['Brigade', 'Movement', 'Militia', 'Coalition', 'Collective', 'Network'];
const PLACE_WORDS = ['City', 'Province', 'Valley', 'Port', 'Crossing', 'District'];
const EVENT_WORDS = ['Summit', 'Talks', 'Ceasefire', 'Election', 'Offensive', 'Conference', 'Accord'];

function word(random: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(random, SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function entityName(random: () => number, kind: EntityKind): string {
  switch (kind) {
    case 'COUNTRY':
      return word(random, 2 + Math.floor(random() * 2)) + pick(random, ['ia', 'land', 'stan', 'a', 'or']);
    case 'PERSON':
      return `${word(random, 2)} ${word(random, 2 + Math.floor(random() * 2))}`;
    case 'ORGANIZATION':
      return `${word(random, 2)} ${pick(random, ORGANIZATION_WORDS)}`;
    case 'GROUP':
      return `${word(random, 2)} ${pick(random, GROUP_WORDS)}`;
    case 'PLACE':
      return `${word(random, 2)} ${pick(random, PLACE_WORDS)}`;
    case 'EVENT':
      return `${word(random, 2)} ${pick(random, EVENT_WORDS)}`;
  }
}

/** A slug from a name plus the entity's index, so ids are unique even when names collide. */
export function entityId(name: string, index: number): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${index}`;
}
