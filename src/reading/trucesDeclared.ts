// A truce declared by one side without naming the other: "President Ana Ruiz declared a ceasefire", "the junta
// announced a unilateral truce". The other side is the one the article shows the declarer fighting or negotiating
// with; read after the sentence rules, over the article. One way only (a declared truce is one side's act).
import { actorBefore } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { STATES_AND_GROUPS, TRUCE_WORDS } from './hostileWords';
import type { Mention, RoleFact, SentenceTokens } from './mentions';
import type { Candidate } from './relations';

const DECLARE = /^(declared|declares|announced|announces|ordered|orders|proclaimed|proclaims)$/;
const TRUCE_MODIFIERS = /^(a|an|the|new|temporary|unilateral|nationwide|humanitarian|partial|full|bilateral|\d+|-|day|week|month|hour)$/;
/** Facts that show whom a side fights or bargains with. */
const OPPOSED = new Set(['IN_CONFLICT_WITH', 'NEGOTIATES', 'CEASEFIRE_WITH']);

export function trucesDeclared(sentences: readonly SentenceTokens[], perSentence: readonly (Mention[] | undefined)[], candidates: readonly Candidate[], roleFacts: readonly RoleFact[], kindOf: (id: string) => string | undefined): Candidate[] {
  const out: Candidate[] = [];
  const led = new Map<string, Set<string>>();
  for (const f of roleFacts) if (f.type === 'LEADS' && f.how !== 'article') led.set(f.person, (led.get(f.person) ?? new Set()).add(f.principal));
  sentences.forEach((s, i) => {
    const { tokens } = s;
    const all = perSentence[i] ?? [];
    const actors = all.filter((m) => !m.inTitle);
    for (let v = 1; v < tokens.length; v++) {
      if (!DECLARE.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
      let k = v + 1;
      while (k < tokens.length && k - v <= 5 && TRUCE_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
      // "declared a ceasefire with Y", "between X and Y": the truce names its sides (truces.ts, relations.ts).
      if (!TRUCE_WORDS.test(tokens[k]?.lower ?? '') || /^(with|between)$/.test(tokens[k + 1]?.lower ?? '')) continue;
      const found = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => STATES_AND_GROUPS(m) || m.kind === 'PERSON');
      // "Colombian President X declared": the titled person, not the demonym of the title, is the one subject.
      const people = found.filter((m) => m.kind === 'PERSON');
      const subjects = people.length > 0 ? people : found;
      const subject = subjects.length === 1 ? subjects[0] : undefined;
      if (!subject) continue;
      // A leader declares for the state the article shows them leading.
      const states = subject.kind === 'PERSON' ? led.get(subject.entityId) : new Set([subject.entityId]);
      const side = states?.size === 1 ? [...states][0] : undefined;
      if (!side) continue;
      const partners = new Set(candidates.filter((c) => OPPOSED.has(c.type) && c.from === side && c.stance !== 'DISPUTES' && kindOf(c.to) !== 'PLACE' && kindOf(c.to) !== 'EVENT').map((c) => c.to));
      const [partner] = partners;
      const last = tokens[k];
      if (partners.size !== 1 || !partner || !last) continue;
      out.push({ type: 'CEASEFIRE_WITH', from: side, to: partner, start: subject.start, end: last.end, confidence: 0.7, rule: 'truce:declared', anchor: tokens[v]?.start });
    }
  });
  return out;
}
