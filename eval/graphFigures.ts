// Graph-quality figures over the entities a run of the reader left in a graph, defined here and independent of
// the product's own duplicate detection: duplicate people, duplicate events and descriptive aliases, each listed.
import { descriptiveReason } from './descriptive';
import { mapEntities, type GoldEntity } from './score';

export { descriptiveReason } from './descriptive';

export interface GraphEntity { id: string; kind: string; name: string; aliases: string[] }

/** Lowercase name words, hyphenated parts apart, without punctuation ("Al-Thani" → al, thani). */
function nameTokens(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/**
 * True when every word of `short` is a word of `long`, or its initial ("K." for Kirill), each used once, and
 * `short` has no more words: "Tamim" and "Tamim bin Hamad Al Thani", "K. Dmitriev" and "Kirill Dmitriev", and
 * the same name twice.
 */
export function isShortFormOf(short: string, long: string): boolean {
  const s = nameTokens(short);
  const l = nameTokens(long);
  if (s.length === 0 || s.length > l.length) return false;
  // At least one whole word in common: a bare initial ("S") is no short form of everyone whose name has an S.
  if (!s.some((t) => t.length > 1 && l.includes(t))) return false;
  const free = [...l];
  for (const t of s) {
    const at = free.findIndex((w) => w === t || (t.length === 1 && w.startsWith(t)));
    if (at < 0) return false;
    free.splice(at, 1);
  }
  return true;
}

export interface Duplicate { a: string; b: string; why: string }

/** Each gold entity id across all gold files (first name wins; aliases pooled) as one list. */
export function pooledGold(files: ReadonlyArray<readonly GoldEntity[]>): GoldEntity[] {
  const byId = new Map<string, GoldEntity>();
  for (const entities of files) {
    for (const g of entities) {
      const seen = byId.get(g.id);
      byId.set(g.id, seen ? { ...seen, aliases: [...new Set([...(seen.aliases ?? []), ...(g.aliases ?? [])])] } : { ...g, aliases: [...(g.aliases ?? [])] });
    }
  }
  return [...byId.values()];
}

/** Pairs of entities of one kind that map to the same gold entity (by id or name, as scoring maps). */
function sameGold(entities: readonly GraphEntity[], gold: readonly GoldEntity[]): Duplicate[] {
  const ids = mapEntities(entities, gold);
  const byGold = new Map<string, string[]>();
  for (const e of entities) {
    const g = ids.get(e.id);
    if (g && !g.startsWith('x:')) byGold.set(g, [...(byGold.get(g) ?? []), e.id]);
  }
  return [...byGold].flatMap(([g, list]) => list.slice(1).map((b) => ({ a: list[0] as string, b, why: `both gold ${g}` })));
}

function unique(pairs: readonly Duplicate[]): Duplicate[] {
  const seen = new Map<string, Duplicate>();
  for (const p of pairs) {
    const key = [p.a, p.b].sort().join(' ');
    const prev = seen.get(key);
    seen.set(key, prev ? { ...prev, why: `${prev.why}; ${p.why}` } : p);
  }
  return [...seen.values()];
}

/** PERSON pairs where one name is a short form of the other, or both map to one gold person. */
export function duplicatePeople(entities: readonly GraphEntity[], gold: readonly GoldEntity[]): Duplicate[] {
  const people = entities.filter((e) => e.kind === 'PERSON');
  const pairs: Duplicate[] = [];
  for (const a of people) {
    for (const b of people) {
      if (a !== b && isShortFormOf(a.name, b.name)) pairs.push({ a: a.id, b: b.id, why: `"${a.name}" is a short form of "${b.name}"` });
    }
  }
  return unique([...pairs, ...sameGold(people, gold)]);
}

/** EVENT pairs whose ids differ only by a -2, -3 … suffix, or that map to one gold event. */
export function duplicateEvents(entities: readonly GraphEntity[], gold: readonly GoldEntity[]): Duplicate[] {
  const events = entities.filter((e) => e.kind === 'EVENT');
  const ids = new Set(events.map((e) => e.id));
  const pairs: Duplicate[] = [];
  for (const e of events) {
    const base = /^(.+)-(\d+)$/.exec(e.id);
    if (base?.[1] && Number(base[2]) >= 2 && ids.has(base[1])) pairs.push({ a: base[1], b: e.id, why: 'id suffix' });
  }
  return unique([...pairs, ...sameGold(events, gold)]);
}

export interface DescriptiveAlias { id: string; kind: string; alias: string; why: string }

export function descriptiveAliases(entities: readonly GraphEntity[]): DescriptiveAlias[] {
  return entities.flatMap((e) => e.aliases.flatMap((alias) => {
    const why = descriptiveReason(alias);
    return why ? [{ id: e.id, kind: e.kind, alias, why }] : [];
  }));
}

export function countByKind(entities: readonly GraphEntity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => a[0].localeCompare(b[0])));
}
