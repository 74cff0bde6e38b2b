// The one shape every export format has: a prolog, items for each record, an epilogue. The route streams the
// records through it, so a format is pure text-making and knows nothing of HTTP or Neo4j.
import type { ExportEntity, ExportRelationship, ExportSource } from './records';

export interface ExportFormat {
  /** The file name under /export/. */
  file: string;
  contentType: string;
  /** Written between two items (',' in a JSON array). */
  separator: string;
  /** Whether entities are listed (before the relationships) and sources (after them). */
  listsEntities: boolean;
  listsSources: boolean;
  begin(): string;
  entity(entity: ExportEntity): string[];
  relationship(relationship: ExportRelationship): string[];
  source(source: ExportSource): string[];
  end(): string;
}
