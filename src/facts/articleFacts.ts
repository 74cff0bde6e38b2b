// From the reader's Extraction to a facts document, so articles are written through the one write path
// (writeFacts) and checked by the same JSON Schema: ids the graph already gives to something else are settled
// first, and what the schema would refuse is left out, so what `extract` previews is what `ingestArticle` writes.
import { createHash } from 'node:crypto';
import type { IdClaim } from '../graph/entityIdClaims';
import { isNameAlias } from '../reading/aliases';
import { nameKey } from '../graph/vocabulary';
import type { Article, ExtractedEntity, ExtractedRelationship, Extraction } from '../reading/types';
import type { FactsDocument } from './validate';

const MAX_NAME = 200;
const MAX_LIST = 50;
const MAX_QUOTE = 2000;
const MAX_RULE = 100;
const MAX_SLUG = 120;
/** How many suffixed ids (`jordan-2` … `jordan-5`) are tried when the reader's id is taken. */
const SUFFIXES = 4;

/** The ids to check for a new entity: its own, then suffixed ones, all within the slug length. */
export function candidateIds(id: string): string[] {
  const base = id.slice(0, MAX_SLUG - 2).replace(/-+$/, '');
  return [id, ...Array.from({ length: SUFFIXES }, (_, i) => `${base}-${i + 2}`)];
}

/**
 * Where each new entity goes: the first candidate id that is free, or held by an entity of the same name
 * (by name key) and kind — the one an earlier reading of the same name created, which keeps re-ingesting
 * idempotent even where the dictionary found the name ambiguous. An id held by something else is never reused.
 */
function settle(entity: ExtractedEntity, claims: ReadonlyMap<string, IdClaim>, sourceId: string): ExtractedEntity {
  for (const id of candidateIds(entity.id)) {
    const holder = claims.get(id)?.holder ?? null;
    if (!holder) return { ...entity, id };
    if (holder.kind === entity.kind && nameKey(holder.name) === nameKey(entity.name)) {
      return { ...entity, id: holder.id, name: holder.name, existing: true };
    }
  }
  // Every candidate is someone else's: an id unique to this name in this source.
  const hash = createHash('sha256').update(`${sourceId}\n${entity.name}`).digest('hex').slice(0, 8);
  return { ...entity, id: `${entity.id.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${hash}` };
}

const usable = (s: string, max: number) => /\S/.test(s) && s.length <= max;

function names(list: readonly string[], name: string): string[] {
  return [...new Set(list.filter((s) => usable(s, MAX_NAME) && s !== name))].slice(0, MAX_LIST);
}

/** An entity's aliases as written: names only, never descriptions (the write path's guard; the reader filters too). */
function nameAliases(list: readonly string[], entity: { name: string; kind: ExtractedEntity['kind'] }): string[] {
  return names(list.filter((alias) => isNameAlias(alias, entity)), entity.name);
}

/** Two readings that became one entity (the same graph id) keep every name, mention and role. */
function combine(a: ExtractedEntity, b: ExtractedEntity): ExtractedEntity {
  const mentions = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    ...a,
    existing: a.existing || b.existing,
    aliases: nameAliases([...a.aliases, ...(b.name === a.name ? [] : [b.name]), ...b.aliases], a),
    roles: [...new Set([...a.roles, ...b.roles])],
    mentions: mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]?.start || m.end !== mentions[i - 1]?.end),
  };
}

/**
 * The extraction with new entities' ids settled against `claims` (see entityIdClaims) and everything made
 * storable: names and lists within the facts schema's limits, no self-loops, no repeated facts.
 */
export function settleExtraction(extraction: Extraction, claims: ReadonlyMap<string, IdClaim>): Extraction {
  const renamed = new Map<string, string>();
  const byId = new Map<string, ExtractedEntity>();
  for (const original of extraction.entities) {
    if (!usable(original.name, MAX_NAME)) continue;
    const entity = original.existing ? original : settle(original, claims, extraction.sourceId);
    renamed.set(original.id, entity.id);
    const seen = byId.get(entity.id);
    const clean = { ...entity, aliases: nameAliases(entity.aliases, entity), roles: names(entity.roles, '') };
    byId.set(entity.id, seen ? combine(seen, clean) : clean);
  }
  const facts = new Set<string>();
  const relationships: ExtractedRelationship[] = [];
  for (const rel of extraction.relationships) {
    const from = renamed.get(rel.from);
    const to = renamed.get(rel.to);
    if (!from || !to || from === to || !usable(rel.quote, MAX_QUOTE)) continue;
    const key = `${rel.type}|${from}|${to}|${rel.span.start}|${rel.span.end}`;
    if (facts.has(key)) continue;
    facts.add(key);
    const rule = usable(rel.rule, MAX_RULE) ? rel.rule : 'unnamed';
    relationships.push({ ...rel, from, to, rule, confidence: Math.min(1, Math.max(0, rel.confidence)) });
  }
  return { sourceId: extraction.sourceId, entities: [...byId.values()], relationships };
}

/** The facts document of a settled extraction: the source with its text, entities, quoted and spanned facts. */
export function articleFactsDocument(article: Article, extraction: Extraction): FactsDocument {
  const optional = <K extends string>(key: K, value: string | null | undefined) => (value ? { [key]: value } as Record<K, string> : {});
  return {
    source: {
      id: extraction.sourceId,
      title: article.title,
      ...optional('publisher', article.publisher),
      ...optional('url', article.url),
      ...optional('publishedAt', article.publishedAt),
      text: article.text,
    },
    entities: extraction.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      ...(e.aliases.length ? { aliases: e.aliases } : {}),
      ...(e.roles.length ? { roles: e.roles } : {}),
    })),
    relationships: extraction.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      quote: r.quote,
      span: { start: r.span.start, end: r.span.end },
      confidence: r.confidence,
      rule: r.rule,
      // The reader's stance: only a disputing quote says so ('SUPPORTS' is the facts document's default).
      ...(r.stance === 'DISPUTES' ? { stance: 'DISPUTES' as const } : {}),
    })),
  };
}
