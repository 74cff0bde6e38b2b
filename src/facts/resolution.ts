// What resolving an extraction against the graph decides for one new entity, and the extraction with those
// decisions applied: linked entities take the graph's id (and every relationship follows), dropped ones vanish
// with the relationships that touch them, renamed ones keep their id. Pure.
import type { EntityKind } from '../generated/graphql';
import type { ExtractedEntity, Extraction } from '../reading/types';

export type Resolution =
  /** The entity is the graph's `id`: it takes that id, `name` and `kind`, and `aliases` join its own. */
  | { action: 'link'; id: string; name: string; kind: EntityKind; aliases: string[] }
  /** The entity cannot be placed (an ambiguous short form): neither it nor its relationships are kept. */
  | { action: 'drop' }
  /** A new entity, better named: same id, this name, `aliases` joining its own. */
  | { action: 'rename'; name: string; aliases: string[] };

function joinAliases(entity: ExtractedEntity, extra: readonly string[], name: string): string[] {
  return [...new Set([...extra, ...entity.aliases, entity.name])].filter((a) => a !== name);
}

/** `extraction` with each entity's resolution (keyed by its extracted id) applied. */
export function applyResolutions(extraction: Extraction, resolutions: ReadonlyMap<string, Resolution>): Extraction {
  const ids = new Map<string, string | null>();
  const entities: ExtractedEntity[] = [];
  for (const entity of extraction.entities) {
    const r = resolutions.get(entity.id);
    if (r?.action === 'drop') {
      ids.set(entity.id, null);
    } else if (r?.action === 'link') {
      ids.set(entity.id, r.id);
      entities.push({ ...entity, id: r.id, name: r.name, kind: r.kind, existing: true, aliases: joinAliases(entity, r.aliases, r.name) });
    } else if (r?.action === 'rename') {
      entities.push({ ...entity, name: r.name, aliases: joinAliases(entity, r.aliases, r.name) });
    } else {
      entities.push(entity);
    }
  }
  const follow = (id: string) => (ids.has(id) ? ids.get(id) ?? null : id);
  const relationships = extraction.relationships.flatMap((rel) => {
    const from = follow(rel.from);
    const to = follow(rel.to);
    return from && to ? [{ ...rel, from, to }] : [];
  });
  return { ...extraction, entities, relationships };
}
