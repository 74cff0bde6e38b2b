// Writes the resolved graph as neo4j-admin CSV files, one per label or relationship type (the typed
// Entity→Entity relationships share one file with a :TYPE column). Every property the online statements set is
// written with the type they give it (write-facts-batch.cypher's parts, and the two migrations a fresh database
// records at its first schema step),
// so the imported store reads exactly like one the service wrote.
import path from 'node:path';
import { ALIAS_CLEANUP_MIGRATION } from '../graph/aliasCleanup';
import { CsvFile } from './csvFile';
import type { ImportGraph } from './resolveGraph';

/** The input files for neo4j-admin: `--nodes=<label>=<file>` and `--relationships=[<type>=]<file>`. */
export interface CsvFiles {
  nodes: Array<{ label: string; file: string }>;
  relationships: Array<{ type: string | null; file: string }>;
  /** Files with a line break inside a field (--multiline-fields). */
  multiline: string[];
  /** Rows per file, by file name, for the summary. */
  rows: Record<string, number>;
}

/** The one write's stamps: the time every node and relationship is created at, and by whom. */
export interface WriteStamp {
  /** ISO-8601 in UTC, as datetime() stores it. */
  at: string;
  actor: string;
}

/** The change feed's first number: the import is one write, so everything it creates is stamped with it. */
const FEED_SEQ = 1;
/** What schema.cypher records on a fresh database; the import computed the corroboration counts itself. */
const CORROBORATION_MIGRATION = 'corroboration-1';

/** A driver integer (spans, counts) as its decimal digits; null stays null (no property). */
const integer = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function writeCsv(graph: ImportGraph, dir: string, stamp: WriteStamp): CsvFiles {
  const files: CsvFiles = { nodes: [], relationships: [], multiline: [], rows: {} };
  const open = (name: string, header: string[]) => new CsvFile(path.join(dir, name), header);
  const done = (file: CsvFile) => {
    file.close();
    files.rows[path.basename(file.path)] = file.rows;
    if (file.multiline) files.multiline.push(file.path);
  };
  const node = (label: string, file: CsvFile) => {
    done(file);
    files.nodes.push({ label, file: file.path });
  };
  const relationship = (type: string | null, file: CsvFile) => {
    done(file);
    files.relationships.push({ type, file: file.path });
  };
  const { at, actor } = stamp;

  const entities = open('entities.csv', ['id:ID(Entity)', 'kind', 'name', 'nameLower', 'description', 'aliases:string[]', 'aliasText',
    'roles:string[]', 'externalIds', 'createdAt:datetime', 'createdBy', 'updatedAt:datetime', 'updatedBy']);
  for (const e of graph.entities) {
    entities.row([e.id, e.kind, e.name, e.nameLower, e.description, e.aliases, e.aliasText, e.roles, e.externalIds, at, actor, at, actor]);
  }
  node('Entity', entities);

  const sources = open('sources.csv', ['id:ID(Source)', 'title', 'publisher', 'url', 'publishedAt:date', 'text', 'reportedOn:date',
    'createdAt:datetime', 'createdBy', 'feedSeq:long']);
  for (const s of graph.sources) sources.row([s.id, s.title, s.publisher, s.url, s.publishedAt, s.text, s.reportedOn, at, actor, FEED_SEQ]);
  node('Source', sources);

  const facts = open('facts.csv', ['id:ID(Fact)', 'type', 'from', 'to', 'createdAt:datetime', 'createdBy', 'feedSeq:long']);
  const typed = open('relationships.csv', [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'id', 'createdAt:datetime', 'createdBy',
    'since:date', 'until:date', 'confidence:double', 'sourceCount:long', 'firstReported:date']);
  const supports = open('supports.csv', [':START_ID(Source)', ':END_ID(Fact)', 'quote', 'spanStart:long', 'spanEnd:long', 'rule',
    'confidence:double', 'createdAt:datetime', 'createdBy']);
  for (const f of graph.facts) {
    facts.row([f.id, f.type, f.from, f.to, at, actor, FEED_SEQ]);
    typed.row([f.from, f.to, f.type, f.id, at, actor, f.since, f.until, f.confidence, integer(f.sourceCount), f.firstReported]);
    for (const q of f.supports) supports.row([q.sourceId, f.id, q.quote, integer(q.spanStart), integer(q.spanEnd), q.rule, q.confidence, at, actor]);
  }
  node('Fact', facts);
  relationship(null, typed);
  relationship('SUPPORTS', supports);

  const disputes = open('disputes.csv', [':START_ID(Source)', ':END_ID(Fact)', 'quote', 'createdAt:datetime', 'createdBy', 'spanStart:long',
    'spanEnd:long', 'rule', 'confidence:double']);
  for (const d of graph.disputes) disputes.row([d.sourceId, d.id, d.quote, at, actor, integer(d.spanStart), integer(d.spanEnd), d.rule, d.confidence]);
  relationship('DISPUTES', disputes);

  const keys = open('name-keys.csv', ['key:ID(NameKey)']);
  const names = open('names.csv', [':START_ID(NameKey)', ':END_ID(Entity)']);
  for (const [key, ids] of graph.nameKeys) {
    keys.row([key]);
    for (const id of ids) names.row([key, id]);
  }
  node('NameKey', keys);
  relationship('NAMES', names);

  // The write's place in the change feed (write-facts-batch's last part), and the migrations an empty database records at
  // its first schema step: without them the first start would rerun both over the imported graph.
  const wrote = graph.sources.length + graph.facts.length > 0;
  const feed = open('change-feed.csv', ['id:ID(ChangeFeed)', 'seq:long']);
  if (wrote) feed.row(['main', FEED_SEQ]);
  node('ChangeFeed', feed);
  const migrations = open('migrations.csv', ['id:ID(Migration)', 'appliedAt:datetime', 'entities:long', 'aliasesRemoved:long',
    'keysUnlinked:long', 'keysDeleted:long', 'descriptionsFilled:long']);
  migrations.row([CORROBORATION_MIGRATION, at, null, null, null, null, null]);
  migrations.row([ALIAS_CLEANUP_MIGRATION, at, 0, 0, 0, 0, 0]);
  node('Migration', migrations);
  return files;
}
