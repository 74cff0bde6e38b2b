// Which operations each transport serves: queries and mutations over HTTP, subscriptions over WebSocket
// (graphql-transport-ws at the same /graphql). Each refusal is a validation error, before anything runs.
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

export function SubscriptionsOverWebSocketRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(new GraphQLError('subscriptions are served over WebSocket (graphql-transport-ws) at /graphql, not over HTTP', { nodes: node }));
      }
    },
  };
}

export function OnlySubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'subscription') {
        context.reportError(new GraphQLError(`this WebSocket serves subscriptions only; send ${node.operation} operations over HTTP POST to /graphql`, { nodes: node }));
      }
    },
  };
}
