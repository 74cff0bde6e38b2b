// Accession talks as a process between a state and the bloc it would join: "Georgia's EU accession talks", "talks
// on EU accession", "accession talks with the European Union", "talks on joining the EU". News names no venue and
// no second side for them, so without this the article has no talks event to suspend or resume (eval/README.md
// rule 12: suspending accession talks is WITHDREW_FROM the talks event).
import type { Parties, Side } from './eventParties';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Token } from './tokens';

const ACCESSION = /^(accession|membership|joining|join)$/;

/** The bloc named in the talks' phrase at tokens first…last: before ("EU accession talks") or after ("on EU accession"). */
function blocOf(tokens: readonly Token[], ms: readonly Mention[], first: number, last: number): Mention | undefined {
  const org = (k: number): Mention | undefined => ms.find((m) => m.kind === 'ORGANIZATION' && !m.inTitle && (m.first === k || (m.first === k + 1 && tokens[k]?.lower === 'the')));
  // "EU accession talks", "EU membership talks"
  if (ACCESSION.test(tokens[first - 1]?.lower ?? '')) {
    const before = ms.find((m) => m.kind === 'ORGANIZATION' && !m.inTitle && m.last === first - 1);
    if (before) return before;
    // "accession talks with the EU"
    if (/^(with)$/.test(tokens[last]?.lower ?? '')) return org(last + 1);
  }
  // "talks on EU accession", "talks on joining the EU", "talks on accession to the EU"
  if (/^(on|about|over)$/.test(tokens[last]?.lower ?? '')) {
    const at = org(last + 1);
    if (at && ACCESSION.test(tokens[at.last]?.lower ?? '')) return at;
    if (ACCESSION.test(tokens[last + 1]?.lower ?? '')) return org(last + 2) ?? (tokens[last + 2]?.lower === 'to' ? org(last + 3) : undefined);
  }
  return undefined;
}

/** The entity of a kind the article names most, by a clear margin (twice the next); else none. */
function mostNamed(mentions: readonly Mention[][], kind: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions.flat()) if (m.kind === kind && !m.inTitle) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * The two sides of accession talks: the bloc in the talks' phrase ("EU accession talks"; for bare "accession talks",
 * the organization the article names most) and the state of the same sentence (or the state the article names most).
 * Null when no phrase says accession or the sides are not clear.
 */
export function accessionParties(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], occurrences: ReadonlyArray<{ s: number; first: number; last: number; word: string }>): Parties | null {
  // Counted once, on first need: the article-wide fallbacks.
  let counted: { org?: string; state?: string } | null = null;
  const article = (): { org?: string; state?: string } => (counted ??= { org: mostNamed(mentions, 'ORGANIZATION'), state: mostNamed(mentions, 'COUNTRY') });
  for (const o of occurrences) {
    if (o.word !== 'talks') continue;
    const tokens = sentences[o.s]?.tokens ?? [];
    const ms = mentions[o.s] ?? [];
    const bloc = blocOf(tokens, ms, o.first, o.last)?.entityId ?? (ACCESSION.test(tokens[o.first - 1]?.lower ?? '') ? article().org : undefined);
    if (!bloc) continue;
    // "Freedonian Prime Minister X said the government froze its EU membership talks": failing a state of
    // its own, the sentence's one official's state.
    const named = (inTitle: boolean): string[] => [...new Set(ms.filter((m) => m.kind === 'COUNTRY' && m.inTitle === inTitle).map((m) => m.entityId))];
    const own = named(false);
    const states = own.length > 0 ? own : named(true);
    const state = states.length === 1 ? states[0] : states.length === 0 ? article().state : undefined;
    if (!state) continue;
    const side = (id: string): Side => ({ id, name: ctx.table.get(id)?.name ?? id });
    return { parties: [side(state), side(bloc)], from: 'accession', span: null };
  }
  return null;
}
