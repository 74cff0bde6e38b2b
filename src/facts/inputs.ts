// Mutation arguments checked against the facts document's JSON Schema, so GraphQL writes and file loads follow
// the same rules. Every problem is collected with its argument path (`document.relationships[2].quote`) and
// thrown as one BAD_USER_INPUT error before anything is written.
import { BadUserInputError, type Problem } from '../errors';
import { type FactsDocument, type FactsEntity, type FactsRelationship, relationshipRuleProblems, validateFactsDocument, validatePart, withoutNulls } from './validate';

function fail(problems: Problem[]): never {
  throw new BadUserInputError('invalid input', problems);
}

/** The whole document; more than `maxItems` entities + relationships is refused before any other check. */
export function documentArg(input: unknown, maxItems: number): FactsDocument {
  const doc = withoutNulls(input) as Partial<FactsDocument>;
  const items = (doc.entities?.length ?? 0) + (doc.relationships?.length ?? 0);
  if (items > maxItems) fail([{ path: 'document', message: `at most ${maxItems} entities and relationships in one request (got ${items}); use the bulk CLI for more` }]);
  const { document, problems } = validateFactsDocument(doc, 'document');
  return document ?? fail(problems);
}

export function entityArg(input: unknown, root = 'input'): FactsEntity {
  const entity = withoutNulls(input);
  const problems = validatePart('entity', entity, root);
  return problems.length ? fail(problems) : (entity as FactsEntity);
}

/** `also`: problems found in the mutation's other arguments, reported in the same error. */
export function relationshipArg(input: unknown, root = 'input', also: Problem[] = []): FactsRelationship {
  const rel = withoutNulls(input);
  const problems = [...also, ...validatePart('relationship', rel, root)];
  if (problems.length) fail(problems);
  const valid = rel as FactsRelationship;
  const rules = [...also, ...relationshipRuleProblems(valid, root)];
  return rules.length ? fail(rules) : valid;
}

/** Problems (not thrown) for an id argument that must be a slug, so several can be reported together. */
export function slugProblems(value: string, path: string): Problem[] {
  return validatePart('slug', value, path);
}

/** Free text (a retraction reason): not blank, at most `max` characters. */
export function textProblems(value: string, path: string, max: number): Problem[] {
  if (!/\S/.test(value)) return [{ path, message: 'must not be empty' }];
  if (value.length > max) return [{ path, message: `must be at most ${max} characters` }];
  return [];
}

export function throwIfAny(problems: Problem[]): void {
  if (problems.length) fail(problems);
}
