// Armed groups no data knows, named by the men they field: "clashes between Zenda fighters and the army", "Zenda
// militiamen seized the town". The name before such a noun is an organization (eval/README.md rule 10: armed
// movements are ORGANIZATION); the noun stays outside the name, as "Hamas fighters" is Hamas.
import { gazetteer } from './gazetteer';
import { isNameWord } from './mentions';
import type { Token } from './tokens';

/** Plural nouns for a group's armed men (and "militia" for the group itself). */
const ARMED_MEN = /^(fighters|militiamen|militia|militias|rebels|insurgents|gunmen|guerrillas|guerillas|militants)$/;
/** Capitalised words that describe such men rather than name their group ("Rebel fighters", "Islamist militants"). */
const DESCRIBING = new Set([
  'rebel', 'armed', 'local', 'foreign', 'government', 'opposition', 'enemy', 'tribal', 'militia', 'suspected',
  'unidentified', 'unknown', 'several', 'other', 'many', 'some', 'hundreds', 'dozens', 'thousands', 'allied', 'rival',
  'separatist', 'former', 'young', 'masked', 'sunni', 'shia', 'shiite', 'christian', 'muslim', 'druze', 'ethnic',
  'militant', 'insurgent', 'guerrilla', 'jihadi', 'jihadist', 'islamist', 'extremist', 'terrorist', 'criminal',
  'gang', 'regional', 'state', 'federal', 'national', 'army', 'police', 'security', 'two', 'three', 'four', 'five',
  'hardline', 'loyalist', 'breakaway', 'veteran', 'trained', 'heavily', 'women', 'female', 'male', 'child', 'these',
  'those', 'their', 'its', 'our', 'his', 'her', 'no', 'all', 'most', 'few', 'more', 'fewer', 'such', 'what', 'which',
  // Peoples and faiths, which describe the men, not name a group: "Serb gunmen", "Kurd fighters".
  'serb', 'croat', 'kurd', 'arab', 'turk', 'tamil', 'tutsi', 'hutu', 'hindu', 'sikh', 'jewish', 'jew', 'baloch', 'pashtun',
  'uzbek', 'tajik', 'somali', 'fulani', 'hausa', 'igbo', 'yoruba', 'dinka', 'nuer', 'amhara', 'oromo', 'tigray', 'afar',
]);
/** Endings of adjectives and demonyms ("Tigrayan", "Kurdish", "Islamic", "Congolese", "Iraqi"), which describe. */
const ADJECTIVE_ENDING = /(ist|ic|ian|an|ish|ese|i|al|ed|ing|ary|ous|ive)$/;

/**
 * The end of an unknown armed group's name starting at token `i` ("Zenda" in "Zenda fighters"), else -1: one or
 * two capitalised words, none of them a describing word, right before a noun for armed men.
 */
export function armedGroupEnd(tokens: readonly Token[], i: number): number {
  for (let end = i + 1; end <= i + 2; end++) {
    const word = tokens[end - 1];
    if (!isNameWord(word) || !word || word.text.length < 3 || DESCRIBING.has(word.lower) || ADJECTIVE_ENDING.test(word.lower) || gazetteer().demonymKeys.has(word.key)) return -1;
    if (ARMED_MEN.test(tokens[end]?.text ?? '')) return end;
  }
  return -1;
}
