// Works out the whole graph in memory exactly as the online write path would write it into an empty
// database, reusing its pure functions: entityRow, mergedEntityRow (groupEntities' rule) and entityAfterWrite for
// entities, relationshipRow, addRelationshipRow (groupRelationships') and groupDisputes for facts and quotes, corroboration for the
// stored source count and first day reported, nameKey and relationshipId for ids. The documents are taken as
// one write (as a single bulk-ingest batch); a document the online path would refuse (an unknown entity, a
// clashing kind, a dispute of an unsupported fact) is left out and reported, as ingest leaves it out.
import type { Problem } from '../errors';
import { entityAfterWrite } from '../facts/entityWrites';
import { addRelationshipRow, entityRow, type GroupedRelationshipRow, groupDisputes, mergedEntityRow, relationshipRow } from '../facts/load';
import { corroboration } from '../facts/relationshipWrites';
import type { FactsDocument, FactsEntity, FactsSource } from '../facts/validate';

const NO_MERGES: ReadonlyMap<string, string> = new Map();

type RelationshipRow = ReturnType<typeof relationshipRow>;
type EntityRow = ReturnType<typeof entityRow>;

/** An entity as grouped so far, and its last declaration: one map lookup per declaration (there are 11 per fact). */
interface EntityState {
  row: EntityRow;
  /** A corpus declares an entity in every document that names it, mostly alike: the same again changes nothing. */
  last: FactsEntity;
}

export interface SourceNode {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string | null;
  /** The day the source reports on: its publication date, else the day of the import (upsert-sources). */
  reportedOn: string;
}

export type EntityNode = ReturnType<typeof entityAfterWrite>;
export type FactRow = GroupedRelationshipRow & { sourceCount: unknown; firstReported: string | null };
export type DisputeRow = ReturnType<typeof groupDisputes>[number];

/** Everything the import writes, with the values the online path would store. */
export interface ImportGraph {
  sources: SourceNode[];
  entities: EntityNode[];
  /** Each lookup key with the entities it names (NameKey -[:NAMES]-> Entity). */
  nameKeys: Map<string, string[]>;
  facts: FactRow[];
  disputes: DisputeRow[];
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === b?.[i]);

/** Whether two declarations of an entity say the same: adding the same as the last declaration changes nothing. */
function sameDeclaration(a: FactsEntity, b: FactsEntity): boolean {
  return a.kind === b.kind && a.name === b.name && a.description === b.description && sameList(a.aliases, b.aliases)
    && sameList(a.roles, b.roles) && (a.externalIds === b.externalIds || JSON.stringify(a.externalIds) === JSON.stringify(b.externalIds));
}

export class GraphBuilder {
  private readonly entities = new Map<string, EntityState>();
  private readonly sources = new Map<string, Omit<SourceNode, 'reportedOn'>>();
  /** Grouped as they come (the online path groups a write's rows the same way, then sorts them for lock order). */
  private readonly facts = new Map<string, GroupedRelationshipRow>();
  private readonly disputeRows: RelationshipRow[] = [];

  /** Adds one validated document, or returns why the online path would refuse it (nothing of it is kept). */
  add(doc: FactsDocument): Problem[] {
    // Plain loops, and the dispute check only for documents that dispute: this runs once per document of millions.
    const declared = new Set<string>();
    for (const e of doc.entities) declared.add(e.id);
    const problems: Problem[] = [];
    for (let i = 0; i < doc.relationships.length; i += 1) {
      const rel = doc.relationships[i]!;
      for (const end of ['from', 'to'] as const) {
        if (!declared.has(rel[end]) && !this.entities.has(rel[end])) {
          problems.push({ path: `$.relationships[${i}].${end}`, message: `unknown entity "${rel[end]}": not in this document nor in the graph` });
        }
      }
    }
    if (problems.length) return problems;
    const rows: RelationshipRow[] = [];
    let disputing = false;
    for (const r of doc.relationships) {
      if (r.from === r.to) continue;
      const row = relationshipRow(r, doc.source.id, NO_MERGES);
      disputing ||= row.disputes;
      rows.push(row);
    }
    if (disputing) {
      const supportedHere = new Set(rows.filter((r) => !r.disputes).map((r) => r.id));
      rows.forEach((r, i) => {
        if (r.disputes && !supportedHere.has(r.id) && !this.facts.has(r.id)) {
          problems.push({ path: `$.relationships[${i}].stance`, message: `disputes "${r.id}", a fact no source supports (a dispute never creates a fact)` });
        }
      });
    }
    const states: Array<EntityState | undefined> = [];
    for (let i = 0; i < doc.entities.length; i += 1) {
      const e = doc.entities[i]!;
      const state = this.entities.get(e.id);
      states.push(state);
      const kind = state?.row.kind;
      if (kind && kind !== e.kind) {
        problems.push({ path: `$.entities[${i}].kind`, message: `"${e.id}" is a ${kind} in the graph, not a ${e.kind}; change a kind with upsertEntity` });
      }
    }
    if (problems.length) return problems;

    this.addSource(doc.source);
    // A document declares each id once (validation refuses twice), so the states looked up above are current.
    doc.entities.forEach((e, i) => {
      const state = states[i];
      if (!state) this.entities.set(e.id, { row: entityRow(e, NO_MERGES), last: e });
      else if (!sameDeclaration(state.last, e)) {
        state.row = mergedEntityRow(state.row, entityRow(e, NO_MERGES));
        state.last = e;
      }
    });
    for (const r of rows) {
      if (r.disputes) this.disputeRows.push(r);
      else addRelationshipRow(this.facts, r);
    }
    return [];
  }

  private addSource(s: FactsSource): void {
    // As upsert-sources: later values win, and a text once given is kept when a later document gives none.
    const text = s.text ?? this.sources.get(s.id)?.text ?? null;
    this.sources.set(s.id, { id: s.id, title: s.title, publisher: s.publisher ?? null, url: s.url ?? null, publishedAt: s.publishedAt ?? null, text });
  }

  /** The graph as the online path would store it; `today` is the day sources without a publication date report on. */
  build(today: string): ImportGraph {
    const sources = [...this.sources.values()].map((s) => ({ ...s, reportedOn: s.publishedAt ?? today }));
    const reportedOn = new Map(sources.map((s) => [s.id, s.reportedOn]));
    const nameKeys = new Map<string, string[]>();
    const entities = [...this.entities.values()].map(({ row }) => {
      for (const key of row.keys) {
        const named = nameKeys.get(key);
        if (named) named.push(row.id);
        else nameKeys.set(key, [row.id]);
      }
      return entityAfterWrite(row);
    });
    // Each grouped row gains its counts in place: a copy of a million rows is a second of allocation and GC.
    const facts: FactRow[] = [];
    for (const fact of this.facts.values()) {
      const counted = corroboration(fact.supports.map((q) => ({ sourceId: q.sourceId, reportedOn: reportedOn.get(q.sourceId) ?? null })));
      facts.push(Object.assign(fact, counted));
    }
    return { sources, entities, nameKeys, facts, disputes: groupDisputes(this.disputeRows) };
  }
}
