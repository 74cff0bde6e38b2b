// The reader's verb index: the hand-written rules of verbs.ts, then the lexicon's (lexiconVerbs.ts) for every form
// the hand list does not have. A form written by hand is read only as written there: the curated rules override
// the lexicon's senses of that form (bare "struck" is PETRARCH's 190, ours is a strike).
import { lexiconVerbRules } from './lexiconVerbs';
import { inflect, VERB_RULES, type VerbRule } from './verbs';

function formsOf(rule: VerbRule): readonly string[] {
  return rule.forms ?? inflect(rule.lemma);
}

function build(): ReadonlyMap<string, readonly VerbRule[]> {
  const index = new Map<string, VerbRule[]>();
  const add = (form: string, rule: VerbRule): void => {
    const list = index.get(form) ?? [];
    list.push(rule);
    index.set(form, list);
  };
  const curated = new Set<string>();
  for (const rule of VERB_RULES) {
    if (rule.confidence <= 0) continue;
    for (const form of formsOf(rule)) {
      add(form, rule);
      // A multi-word rule ("took control of") leaves the bare form to the lexicon.
      if (!rule.particles) curated.add(form);
    }
  }
  for (const rule of lexiconVerbRules()) for (const form of formsOf(rule)) if (!curated.has(form)) add(form, rule);
  return index;
}

let index: ReadonlyMap<string, readonly VerbRule[]> | undefined;

/** Word form → the rules it triggers; built on first use (the lexicon file is read then). */
export function verbIndex(): ReadonlyMap<string, readonly VerbRule[]> {
  index ??= build();
  return index;
}
