// Reading across sentences: a pronoun or a definite description ("he", "the group", "the kingdom") that stands
// where an actor would, refers back to the nearest entity of its kind named before it. Each becomes a mention of
// that entity, so the sentence's rules see an actor there. Nothing is resolved when no antecedent of the kind
// was named within the last few sentences, so a text that opens with "the group" codes nothing.
import type { EntityKind } from '../generated/graphql';
import type { Mention, SentenceTokens } from './mentions';

/** Sentences back an antecedent may lie: further than that, news has usually named it again. */
const REACH = 3;

/** A pronoun or description → the kinds it can refer to. Only words that name one actor in news. */
const PERSON_PRONOUNS = new Set(['he', 'she']);
const DESCRIPTIONS: Record<string, readonly EntityKind[]> = {
  group: ['ORGANIZATION', 'GROUP'], militia: ['ORGANIZATION', 'GROUP'], movement: ['ORGANIZATION', 'GROUP'],
  organization: ['ORGANIZATION'], organisation: ['ORGANIZATION'], bloc: ['ORGANIZATION'], alliance: ['ORGANIZATION'],
  rebels: ['ORGANIZATION', 'GROUP'], insurgents: ['ORGANIZATION', 'GROUP'], militants: ['ORGANIZATION', 'GROUP'],
  junta: ['ORGANIZATION', 'COUNTRY'], kingdom: ['COUNTRY'], country: ['COUNTRY'], nation: ['COUNTRY'],
  emirate: ['COUNTRY'], republic: ['COUNTRY'], sultanate: ['COUNTRY'], state: ['COUNTRY'],
};
/** Words that end a description's noun phrase being the subject: "the group's leader" is someone else. */
const POSSESSIVE = new Set(["'s", '’s', '’', "'"]);

interface Antecedent { mention: Mention; sentence: number }

/**
 * Adds, to each sentence's mentions, the anaphors it holds, resolved against earlier mentions. Runs once over
 * the article after names are found; `mentions[i]` is sentence i's list, which this extends in place.
 */
export function resolveAnaphora(sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  const latest = new Map<EntityKind, Antecedent>();
  sentences.forEach((s, i) => {
    const own = [...(mentions[i] ?? [])].sort((a, b) => a.first - b.first);
    const taken = new Set<number>();
    for (const m of own) for (let k = m.first; k < m.last; k++) taken.add(k);
    const added: Mention[] = [];
    let next = 0;
    for (let k = 0; k < s.tokens.length; k++) {
      // Names before k in this sentence are antecedents too ("Hamas said the group …" is rare but "X … he" is not).
      while (next < own.length && (own[next]?.last ?? Infinity) <= k) {
        const m = own[next++];
        if (m && !m.inTitle && m.form !== 'demonym') latest.set(m.kind, { mention: m, sentence: i });
      }
      if (taken.has(k)) continue;
      const t = s.tokens[k];
      if (!t) continue;
      let kinds: readonly EntityKind[] | undefined;
      let first = k;
      if (PERSON_PRONOUNS.has(t.lower)) kinds = ['PERSON'];
      else if (t.lower === 'the' && DESCRIPTIONS[s.tokens[k + 1]?.lower ?? ''] && !POSSESSIVE.has(s.tokens[k + 2]?.text ?? '')) {
        kinds = DESCRIPTIONS[s.tokens[k + 1]?.lower ?? ''];
        first = k;
        k++;
      }
      if (!kinds) continue;
      const found = kinds.map((kind) => latest.get(kind)).filter((a): a is Antecedent => a !== undefined && i - a.sentence <= REACH)
        .sort((a, b) => b.sentence - a.sentence || b.mention.first - a.mention.first)[0];
      const last = s.tokens[k];
      if (!found || !last) continue;
      const start = s.tokens[first]?.start ?? last.start;
      added.push({ start, end: last.end, first, last: k + 1, entityId: found.mention.entityId, kind: found.mention.kind, form: 'anaphor', inTitle: false });
    }
    mentions[i] = [...own, ...added].sort((a, b) => a.first - b.first);
    for (const m of own.slice(next)) if (!m.inTitle && m.form !== 'demonym') latest.set(m.kind, { mention: m, sentence: i });
  });
}
