// Which subscriptions get the same answer for the same event: those with the same selection, the same values
// for the variables it uses, and the same roles. The subscription field's own arguments (types, entity, after)
// pick which events arrive, not how one is answered, so they are left out: subscribers with different filters
// or cursors still share one execution per event.
import { type DocumentNode, Kind, type OperationDefinitionNode, print, visit } from 'graphql';

interface Shape {
  /** The document without the subscription field's arguments, printed. */
  text: string;
  /** Variables the rest of the document uses. */
  variables: string[];
}

const shapes = new WeakMap<DocumentNode, Shape>();

function shapeOf(document: DocumentNode): Shape {
  let shape = shapes.get(document);
  if (shape) return shape;
  const withoutRootArguments = visit(document, {
    OperationDefinition(node: OperationDefinitionNode) {
      if (node.operation !== 'subscription') return undefined;
      const selections = node.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? { ...s, arguments: [] } : s));
      return { ...node, selectionSet: { ...node.selectionSet, selections } };
    },
  });
  const used = new Set<string>();
  visit(withoutRootArguments, {
    VariableDefinition: () => false,
    Variable(node) { used.add(node.name.value); },
  });
  // Definitions of variables still used stay (their defaults matter); the others go with the arguments.
  const trimmed = visit(withoutRootArguments, {
    VariableDefinition(node) { return used.has(node.variable.name.value) ? undefined : null; },
  });
  shape = { text: print(trimmed), variables: [...used].sort() };
  shapes.set(document, shape);
  return shape;
}

/** A key equal for two subscriptions exactly when every event's execution result is the same for both. */
export function audienceKey(document: DocumentNode, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>> | null | undefined, roles: readonly string[]): string {
  const shape = shapeOf(document);
  const values = shape.variables.map((name) => [name, variables?.[name]]);
  return JSON.stringify([shape.text, operationName ?? null, values, [...roles].sort()]);
}
