// An office the article names without its holder ("said the Prime Minister of Kosovo", "Kosovo’s prime minister
// said"): the state it is of. With one such state for an office, the one official titled so without a state
// ("Prime Minister Albin Kurti said …") holds it there.
import type { Mention, SentenceTokens } from './mentions';
import { isNameWord } from './mentions';

/** The office a title names: its last word, with "prime" before "minister" ("prime minister", "president"). */
export function officeOf(words: readonly string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1] ?? '';
  return (head === 'minister' && lower[lower.length - 2] === 'prime') || head === 'pm' ? 'prime minister' : head;
}

const OFFICES = new Set(['prime minister', 'president', 'chancellor', 'premier']);

/** Office → the states the article names it of, without a holder's name after it. */
export function describedOffices(sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const note = (office: string, state: string): void => {
    if (OFFICES.has(office)) out.set(office, (out.get(office) ?? new Set()).add(state));
  };
  sentences.forEach((s, i) => {
    const t = s.tokens;
    for (const m of mentions[i] ?? []) {
      if (m.kind !== 'COUNTRY') continue;
      // "the Prime Minister of Kosovo" and not "… of Kosovo Albin Kurti".
      if (t[m.first - 1]?.lower === 'of' && !isNameWord(t[m.last])) {
        const head = t[m.first - 2]?.lower ?? '';
        note(head === 'minister' && t[m.first - 3]?.lower === 'prime' ? 'prime minister' : head, m.entityId);
      }
      // "Kosovo’s prime minister said", "the Kosovar president said".
      const poss = /^['’]s$/.test(t[m.last]?.text ?? '') ? 1 : 0;
      const a = t[m.last + poss]?.lower ?? '';
      const b = t[m.last + poss + 1];
      if (a === 'prime' && b?.lower === 'minister' && !isNameWord(t[m.last + poss + 2])) note('prime minister', m.entityId);
      else if (OFFICES.has(a) && !isNameWord(b)) note(a, m.entityId);
    }
  });
  return out;
}
