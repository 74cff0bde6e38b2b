// An operation's cost, remembered per parsed document. Apollo hands every request with the same query text the
// same DocumentNode (its document store), and the cost depends only on that document, the operation chosen and
// the variables that reach a `first`/`limit` argument or a directive (@skip/@include decide what is counted);
// an id or a search text never changes it. So a hot query's cost is computed once per distinct page size, not
// once per request (it walked the whole document with type info each time: ~3 % of a W1 request's CPU).
import { type DocumentNode, type ValueNode, visit } from 'graphql';

/** Arguments whose value the cost estimator reads (src/plugins/operationLimits.ts: firstTimesChildren). */
const COSTED_ARGUMENTS = new Set(['first', 'limit']);
/** Distinct (operation, costed variables) per document kept; past it the document's entries start over. */
const MAX_ENTRIES_PER_DOCUMENT = 64;

interface DocumentCosts {
  /** The variables the cost can depend on, in a fixed order. */
  costVariables: string[];
  costs: Map<string, number>;
}

const byDocument = new WeakMap<DocumentNode, DocumentCosts>();

function variablesIn(value: ValueNode, into: Set<string>): void {
  visit(value, { Variable: (node) => { into.add(node.name.value); } });
}

/** Variables used in costed field arguments or in any directive argument, anywhere in the document. */
function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) if (COSTED_ARGUMENTS.has(argument.name.value)) variablesIn(argument.value, names);
    },
    Directive(directive) {
      for (const argument of directive.arguments ?? []) variablesIn(argument.value, names);
    },
  });
  return [...names].sort();
}

function entryOf(document: DocumentNode): DocumentCosts {
  let entry = byDocument.get(document);
  if (!entry) {
    entry = { costVariables: costVariablesOf(document), costs: new Map() };
    byDocument.set(document, entry);
  }
  return entry;
}

/** Unset and null differ (an unset variable takes its default), so each variable is keyed as [set, value]. */
function keyOf(entry: DocumentCosts, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>>): string {
  return JSON.stringify([operationName ?? null, ...entry.costVariables.map((name) => [Object.hasOwn(variables, name), variables[name] ?? null])]);
}

/**
 * The cost of this operation with these variables: remembered when an earlier request had the same document,
 * operation and costed variables, else `compute()`d. Only costs within `max` are remembered, so a refusal (and
 * whatever `compute` throws) always comes from computing afresh.
 */
export function operationCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
  max: number,
  compute: () => number,
): number {
  const entry = entryOf(document);
  const key = keyOf(entry, operationName, variables);
  const known = entry.costs.get(key);
  if (known !== undefined) return known;
  const cost = compute();
  if (cost <= max) {
    if (entry.costs.size >= MAX_ENTRIES_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
  }
  return cost;
}

/** For tests: whether `document` has any remembered cost. */
export function hasRememberedCost(document: DocumentNode): boolean {
  return (byDocument.get(document)?.costs.size ?? 0) > 0;
}
