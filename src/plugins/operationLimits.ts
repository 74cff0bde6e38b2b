// Operation limits: depth, aliases and directives from GraphQL Armor (validation rules), tokens from graphql-js's
// own parser limit, and cost from graphql-query-complexity, computed per request because it depends on the
// variables (`first: $n`) and on argument defaults. Every rejection is an OperationLimitError naming the limit.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { LimitsConfig } from '../config';
import { OperationLimitError } from '../errors';
import { operationCost } from './operationCost';

/**
 * A field costs 1 plus what it selects; a field with a `first` (pages, lists) or `limit` (neighbourhoods)
 * argument costs that many times over, defaults included, so nested pages multiply as their results do.
 */
export const firstTimesChildren: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : 1;
  return (1 + childComplexity) * Math.max(1, size);
};

function rejectAs(limit: string, max: number): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(new OperationLimitError(limit, max, found === undefined ? undefined : Number(found)));
  };
}

export interface OperationLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
}

export function operationLimits(limits: LimitsConfig, options: { blockFieldSuggestions: boolean }): OperationLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [rejectAs('maxDepth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [rejectAs('maxAliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [rejectAs('maxDirectives', limits.maxDirectives)] },
    // Cost and tokens are handled below: Armor's cost ignores `first` given as a variable or by default.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();

  const costLimit: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          const variables = request.variables ?? {};
          try {
            cost = operationCost(document, operationName, variables, limits.maxCost, () =>
              getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [firstTimesChildren] }));
          } catch (error) {
            // Bad variables are reported by execution as BAD_USER_INPUT, with a better message than ours.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > limits.maxCost) throw new OperationLimitError('maxCost', limits.maxCost, cost);
        },
      };
    },
  };

  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...armor.plugins, costLimit],
  };
}

/** graphql-js reports its token limit as a syntax error; this recognises it so it gets the limit's code. */
export function tokenLimitFromSyntaxError(message: string): number | null {
  // graphql 16 says "more that" (sic); accept the corrected spelling too.
  const match = /Document contains more th(?:at|an) (\d+) tokens/.exec(message);
  return match ? Number(match[1]) : null;
}
