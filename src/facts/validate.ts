// Validates a facts document against facts/facts-document.schema.json (ajv), then the rules JSON Schema
// cannot say: unique entity ids, no self-loops, since <= until. Every problem is reported with its JSON path.
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../facts/facts-document.schema.json';
import type { EntityKind, RelationshipType } from '../generated/graphql';
import type { Problem } from '../errors';

export interface FactsSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  publishedAt?: string;
  /** The article's text, for sources read as articles; relationship spans index into it. */
  text?: string;
}

export interface FactsEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  description?: string;
  externalIds?: Record<string, string>;
  roles?: string[];
}

export interface FactsRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  quote: string;
  since?: string;
  until?: string;
  confidence?: number;
  /** Where the quote sits in the source's text (UTF-16 indices, end exclusive). */
  span?: { start: number; end: number };
  /** The reader rule that found it. */
  rule?: string;
  /** DISPUTES: the quote disputes the fact rather than reporting it (absent: SUPPORTS). */
  stance?: 'SUPPORTS' | 'DISPUTES';
}

export interface FactsDocument {
  source: FactsSource;
  entities: FactsEntity[];
  relationships: FactsRelationship[];
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv, ['date', 'uri']);
const validateSchema = ajv.compile<FactsDocument>(schema);

function toPointerPath(error: ErrorObject, root = '$'): string {
  // ajv paths are JSON pointers ("/relationships/3/type"); show them as JSON paths ("$.relationships[3].type").
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  return root + parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
}

function describe(error: ErrorObject, slug = false): string {
  if (error.keyword === 'enum') return `must be one of ${(error.params.allowedValues as string[]).join(', ')}`;
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'additionalProperties') return 'is not a known field';
  if (error.keyword === 'maxLength') return `must be at most ${String(error.params.limit)} characters`;
  if (error.keyword === 'maxItems') return `must have at most ${String(error.params.limit)} items`;
  if (error.keyword === 'pattern' && (slug || /(id|from|to)$/.test(error.instancePath))) return 'must be a slug: lower-case letters, digits and single hyphens';
  if (error.keyword === 'pattern' || error.keyword === 'minLength') return 'must not be empty';
  return error.message ?? 'is invalid';
}

/** Returns the problems in `input`; an empty list means it is a valid FactsDocument. */
export function validateFactsDocument(input: unknown, root = '$'): { document: FactsDocument | null; problems: Problem[] } {
  if (!validateSchema(input)) {
    const problems = (validateSchema.errors ?? []).map((e) => ({ path: toPointerPath(e, root), message: describe(e) }));
    return { document: null, problems: dedupe(problems) };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  input.entities.forEach((entity, i) => {
    if (seen.has(entity.id)) problems.push({ path: `${root}.entities[${i}].id`, message: `duplicate entity id "${entity.id}"` });
    seen.add(entity.id);
  });
  input.relationships.forEach((rel, i) => problems.push(...relationshipRuleProblems(rel, `${root}.relationships[${i}]`)));
  input.relationships.forEach((rel, i) => problems.push(...quoteInTextProblems(rel, input.source.text, `${root}.relationships[${i}]`)));
  return { document: problems.length ? null : input, problems };
}

const SCHEMA_ID = (schema as { $id: string }).$id;
const PARTS = {
  entity: `${SCHEMA_ID}#/properties/entities/items`,
  relationship: `${SCHEMA_ID}#/properties/relationships/items`,
  slug: `${SCHEMA_ID}#/definitions/slug`,
} as const;

/**
 * Problems in one part of a facts document (an entity, a relationship, a slug) given on its own, e.g. a
 * mutation's argument; paths start at `root` (`input.kind`). The same JSON Schema as whole documents.
 */
export function validatePart(part: keyof typeof PARTS, input: unknown, root: string): Problem[] {
  const validate = ajv.getSchema(PARTS[part]);
  if (!validate) throw new Error(`facts schema has no ${PARTS[part]}`);
  if (validate(input)) return [];
  return dedupe((validate.errors ?? []).map((e) => ({ path: toPointerPath(e, root), message: describe(e, part === 'slug') })));
}

/** Rules beyond JSON Schema for one relationship: no self-loop, since <= until, span.start < span.end. */
export function relationshipRuleProblems(rel: FactsRelationship, root: string): Problem[] {
  const problems: Problem[] = [];
  if (rel.span && rel.span.end <= rel.span.start) problems.push({ path: `${root}.span.end`, message: 'must be greater than span.start' });
  if (rel.from === rel.to) problems.push({ path: `${root}.to`, message: 'a relationship cannot point from an entity to itself' });
  if (rel.since && rel.until && rel.since > rel.until) problems.push({ path: `${root}.until`, message: 'must not be before since' });
  return problems;
}

/**
 * A span must lie inside the source's text (when the document has it) with the quote exactly the text there;
 * without a span the quote must still appear verbatim in the text. Nothing to check without text.
 */
export function quoteInTextProblems(rel: FactsRelationship, text: string | undefined, root: string): Problem[] {
  const { span } = rel;
  if (text === undefined || (span && span.end <= span.start)) return []; // the order is relationshipRuleProblems'
  if (!span) return text.includes(rel.quote) ? [] : [{ path: `${root}.quote`, message: 'must appear verbatim in source.text' }];
  if (span.end > text.length) return [{ path: `${root}.span.end`, message: `must be at most the text's length (${text.length})` }];
  if (text.slice(span.start, span.end) !== rel.quote) return [{ path: `${root}.quote`, message: `must equal source.text at span ${span.start}–${span.end}` }];
  return [];
}

/** GraphQL inputs carry explicit nulls for omitted optional fields; the JSON Schema wants them absent. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)])) as T;
  }
  return value;
}

function dedupe(problems: Problem[]): Problem[] {
  const keys = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.message}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
