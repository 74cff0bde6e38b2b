// Organizations the reader knows from the PETRARCH2 actor dictionaries (lexicon/petrarch2/actors.json), after the
// curated ones: intergovernmental organizations (CAMEO code IGO…: "ECOWAS", "Interpol", "Asian Development Bank")
// and armed non-state groups (…REB, …INS, IMG…: "Boko Haram", "Jemaah Islamiah"). Companies, NGOs and media
// are left out: news names them rarely as actors, and the gold leaves outlets out. Each becomes one ORGANIZATION.
import { actorEntries, type ActorEntry } from './lexicon';

/** A name that is an organization's and not a member's: armed-group entries also list individual militants. */
const GROUP_WORDS = /\b(army|front|brigades?|movement|organi[sz]ation|group|party|forces|liberation|council|union|alliance|jihad|mujahideen|haram|qaida|qaeda|shabaab|militia|battalions?|regiment|commandos?|cells|legion|resistance|islamiyah|islamiah|islamiya|tigers|jamaat|hizb|ansar|lashkar|tehrik|taliban)\b/i;

export interface LexiconOrganization { name: string; forms: string[] }

function isIntergovernmental(a: ActorEntry): boolean {
  return a.file === 'international' && a.codes.some((c) => c.code.startsWith('IGO'));
}

function isArmedGroup(a: ActorEntry): boolean {
  return a.file === 'nonstate' && a.codes.some((c) => /REB|INS|^IMG/.test(c.code));
}

/** A form worth matching: two or more words written as a name, or a one-word acronym in capitals (3+ letters). */
const HYPHENATED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}{3,}$/u;

function usableForm(form: string, aliasOfAnother: boolean, hyphenatedName = false): boolean {
  if (/^the\s/i.test(form) || /\d/.test(form)) return false;
  const words = form.split(/\s+/);
  // "Al-Shabaab" (and its spellings "Al-Shabab"): a capitalised name joined by a hyphen, when the entry's own name
  // is one; an alias of that shape under another name is often a person or a place ("Al-Aqsa").
  if (words.length === 1) return /^[A-Z]{3,8}$/.test(form) || (hyphenatedName && HYPHENATED.test(form)) || (aliasOfAnother && /^\p{Lu}\p{Ll}{4,}$/u.test(form))
    // "Al-Shabaab": a hyphenated name of capitalised parts with a group's word in it is a name, not a common word.
    || (/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}{3,})+$/u.test(form) && GROUP_WORDS.test(form));
  return /^\p{Lu}/u.test(form);
}

/**
 * The organizations, each with the forms that name it. A one-word name that another entry lists as its alias
 * ("Interpol") is kept (a bare mangled acronym such as "Dpko" is not); shorter names come first, and an entry
 * whose name or alias an earlier one already has joins it, so "Interpol" and "International Criminal Police
 * Organization" are one entity, named "Interpol".
 */
export function lexiconOrganizations(): LexiconOrganization[] {
  const picked = actorEntries().filter((a) => isIntergovernmental(a) || (isArmedGroup(a) && [a.name, ...a.aliases].some((f) => GROUP_WORDS.test(f) || /^[A-Z]{3,8}$/.test(f))));
  const aliasKeys = new Set(picked.flatMap((a) => a.aliases.map((x) => x.toLowerCase())));
  const out: LexiconOrganization[] = [];
  const byForm = new Map<string, LexiconOrganization>();
  for (const a of [...picked].sort((x, y) => x.name.length - y.name.length || x.name.localeCompare(y.name))) {
    const forms = [a.name, ...a.aliases].filter((f) => usableForm(f, aliasKeys.has(f.toLowerCase()), HYPHENATED.test(a.name)));
    if (forms.length === 0) continue;
    const existing = forms.map((f) => byForm.get(f.toLowerCase())).find((o) => o !== undefined);
    const org = existing ?? { name: forms[0] ?? a.name, forms: [] };
    if (!existing) out.push(org);
    for (const f of forms) {
      if (byForm.has(f.toLowerCase())) continue;
      byForm.set(f.toLowerCase(), org);
      org.forms.push(f);
    }
  }
  return out;
}
