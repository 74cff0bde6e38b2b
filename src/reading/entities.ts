// The article's entities as they are found: one draft per id, with every mention and name form, so the output
// can list aliases and spans, and two different people never share a draft.
import type { EntityKind } from '../generated/graphql';
import { isNameAlias } from './aliases';
import { nameKey } from '../graph/vocabulary';
import type { ExtractedEntity, KnownEntity, TextSpan } from './types';

export interface EntityDraft {
  id: string;
  name: string;
  kind: EntityKind;
  existing: boolean;
  aliases: Set<string>;
  mentions: TextSpan[];
  roles: Set<string>;
  /** "start:end" of every mention, so adding one stays constant-time on long texts. */
  spans: Set<string>;
}

export class EntityTable {
  private readonly drafts = new Map<string, EntityDraft>();

  /** The draft for `id`, created from `seed` the first time. A graph entity's id, name and kind win. */
  ensure(seed: { id: string; name: string; kind: EntityKind }, known?: KnownEntity): EntityDraft {
    const id = known?.id ?? seed.id;
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = {
        id,
        name: known?.name ?? seed.name,
        kind: known?.kind ?? seed.kind,
        existing: known !== undefined,
        aliases: new Set(),
        mentions: [],
        roles: new Set(),
        spans: new Set(),
      };
      this.drafts.set(id, draft);
    }
    return draft;
  }

  get(id: string): EntityDraft | undefined {
    return this.drafts.get(id);
  }

  /** The entities of one kind mentioned so far, by id and name. */
  ofKind(kind: EntityKind): { id: string; name: string }[] {
    const out: { id: string; name: string }[] = [];
    for (const d of this.drafts.values()) if (d.kind === kind && d.mentions.length > 0) out.push({ id: d.id, name: d.name });
    return out;
  }

  /** A mention that is not a name form of the entity ("Qatari", "the Pentagon"): a span, no alias. */
  addSpan(id: string, span: TextSpan): void {
    const draft = this.drafts.get(id);
    const key = `${span.start}:${span.end}`;
    if (!draft || draft.spans.has(key)) return;
    draft.spans.add(key);
    draft.mentions.push(span);
  }

  /** Takes back a span added by mistake (a country after "for" in a title is where the office points). */
  removeSpan(id: string, span: TextSpan): void {
    const draft = this.drafts.get(id);
    const key = `${span.start}:${span.end}`;
    if (!draft || !draft.spans.has(key)) return;
    draft.spans.delete(key);
    draft.mentions = draft.mentions.filter((m) => m.start !== span.start || m.end !== span.end);
  }

  addMention(id: string, span: TextSpan, surface: string): void {
    const draft = this.drafts.get(id);
    if (!draft) return;
    const key = `${span.start}:${span.end}`;
    if (!draft.spans.has(key)) {
      draft.spans.add(key);
      draft.mentions.push(span);
    }
    // Aliases are other names of the thing, never descriptions ("the talks", "a ceasefire"), nor the name itself
    // spelt with other punctuation or case ("Russia-Ukraine war" of "Russia–Ukraine war"): lookups ignore those.
    if (nameKey(surface) !== nameKey(draft.name) && isNameAlias(surface, draft)) draft.aliases.add(surface);
  }

  /** Entities in order of first mention, only those `keep` accepts. */
  output(keep: (id: string) => boolean): ExtractedEntity[] {
    const out: ExtractedEntity[] = [];
    for (const d of this.drafts.values()) {
      if (!keep(d.id) || d.mentions.length === 0) continue;
      const mentions = [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
      out.push({
        id: d.id,
        name: d.name,
        kind: d.kind,
        aliases: [...d.aliases].sort(),
        existing: d.existing,
        mentions,
        roles: [...d.roles].sort(),
      });
    }
    return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || a.id.localeCompare(b.id));
  }
}
