// graphql-js 16 only notices at execution that the schema has no root type for an operation (a
// `subscription` here), and that error reaches clients as INTERNAL_SERVER_ERROR. This rule, graphql-js 17's
// KnownOperationTypesRule, rejects such a document in validation instead: GRAPHQL_VALIDATION_FAILED, 400.
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The schema does not support ${node.operation} operations.`, { nodes: node }));
      }
    },
  };
}
