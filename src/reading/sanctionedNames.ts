// An unknown name that is the object of sanctions is a company, bank or body ("sanctioned Rosneft and Lukoil",
// "sanctions on Russian oil majors Rosneft and Lukoil"): a kind cue from the act, since such names carry no
// "… Ministry" or "… Party" word of their own. Names the graph or built-in data know are matched before this.
import { gazetteer } from './gazetteer';
import type { Token } from './tokens';

/** Words that may stand between the act and the names: what kind of body, how many, whose. */
export const SANCTION_DESCRIPTION = /^(the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|dozens|\d+|several|major|top|largest|biggest|leading|state-owned|state-run|oil|energy|gas|shipping|defense|defence|tech|technology|arms|companies|company|firms|firm|giants|giant|majors|producers|exporters|banks|bank|lenders|entities|businesses|conglomerates|and|,|including|such|as|its|their)$/;
const AFTER_SANCTION_NOUN = /^(on|against|targeting|targetting)$/;

/**
 * Whether token `i` starts a name the sentence sanctions: walking back over descriptions, demonyms and the
 * list's earlier names (at most twelve tokens) reaches "sanctioned", "blacklisted", "designated" or "sanctions on/against".
 */
export function sanctionedNameAt(tokens: readonly Token[], i: number): boolean {
  const demonyms = gazetteer().demonymKeys;
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const t = tokens[k];
    if (!t) return false;
    if (/^(sanctioned|sanctioning|sanctions|blacklisted|blacklisting|blacklists|blacklist|designated|designates|designating)$/.test(t.lower) && !(t.lower === 'sanctions' && k === i - 1)) {
      return t.lower !== 'sanctions' || AFTER_SANCTION_NOUN.test(tokens[k + 1]?.lower ?? '');
    }
    if (AFTER_SANCTION_NOUN.test(t.lower) && tokens[k - 1]?.lower === 'sanctions') return true;
    const listName = t.isWord && t.capitalized && k > 0;
    if (!(SANCTION_DESCRIPTION.test(t.lower) || listName || demonyms.has(t.key) || t.text === '-' || t.text === '’s' || t.text === "'s")) return false;
  }
  return false;
}
