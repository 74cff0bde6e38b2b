// The state an article is about, from the countries it names: the one it names most by a clear margin, or the only
// one it names at all. Rules that resolve a bare "authorities", "the opposition" or an untitled minister use it.
import type { Mention } from './mentions';

/** The state an article names most, by a clear margin (at least three times, and twice the next); else none. */
export function homeState(mentions: readonly Mention[][]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions.flat()) if (m.kind === 'COUNTRY') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** The only state the article names, however seldom; none when it names two or more. */
export function soleState(mentions: readonly Mention[][]): string | undefined {
  const named = new Set(mentions.flatMap((list) => list.filter((m) => m.kind === 'COUNTRY').map((m) => m.entityId)));
  return named.size === 1 ? [...named][0] : undefined;
}
