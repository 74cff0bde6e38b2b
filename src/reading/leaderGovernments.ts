// A leader's government is the state he leads (eval/README.md rule 8: governments are the state): "criticism of
// Ruiz's government", "sanctions on the Mendez administration" → the country the article titles that person as
// leading. The person's mention there becomes a mention of the state, over the organ's noun too.
import type { Mention, RoleFact, SentenceTokens } from './mentions';

const GOVERNMENT_NOUNS = /^(government|administration|regime|cabinet)$/;

export function resolveLeaderGovernments(sentences: readonly SentenceTokens[], mentions: Mention[][], roleFacts: readonly RoleFact[], kindOf: (id: string) => string | undefined): void {
  const led = new Map<string, string>();
  for (const f of roleFacts) if (f.type === 'LEADS' && kindOf(f.principal) === 'COUNTRY' && !led.has(f.person)) led.set(f.person, f.principal);
  if (led.size === 0) return;
  sentences.forEach((s, i) => {
    const own = mentions[i] ?? [];
    own.forEach((m, j) => {
      const state = m.kind === 'PERSON' ? led.get(m.entityId) : undefined;
      const poss = s.tokens[m.last]?.text ?? '';
      const noun = s.tokens[m.last + 1];
      if (!state || !/^(’s|'s)$/.test(poss) || !noun || !GOVERNMENT_NOUNS.test(noun.lower)) return;
      own[j] = { ...m, end: noun.end, last: m.last + 2, entityId: state, kind: 'COUNTRY', form: 'name' };
    });
  });
}
