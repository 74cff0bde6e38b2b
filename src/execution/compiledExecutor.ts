// Runs each operation through graphql-jit's compiled form instead of graphql-js's interpreter. graphql-js walks
// the selection and calls a resolver per field on every request; graphql-jit turns one operation into one
// JavaScript function once, which removes most of that per-field cost on wide answers (an entity page resolves
// ~1,500 fields). Apollo keeps everything before execution (parsing, validation, the operation limits, plugins)
// and after it (error formatting, extensions); only the executor changes, through Apollo's gateway hook, the
// one place Apollo Server lets an application bring its own executor.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { type DocumentNode, execute, type ExecutionResult, GraphQLError, type GraphQLSchema, printSchema } from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** How many compiled operations are kept (least recently used go first); a client's few shapes fit many times. */
export const COMPILED_OPERATIONS_KEPT = 500;

type Compiled = CompiledQuery | 'interpret';

/** The compiled operations by (query hash, operation name), least recently used first. */
class CompiledOperations {
  private readonly byKey = new Map<string, Compiled>();

  constructor(private readonly schema: GraphQLSchema, private readonly kept: number) {}

  get(queryHash: string, document: DocumentNode, operationName: string | null): Compiled {
    const key = `${queryHash}\n${operationName ?? ''}`;
    const hit = this.byKey.get(key);
    if (hit) {
      this.byKey.delete(key);
      this.byKey.set(key, hit);
      return hit;
    }
    const compiled = compile(this.schema, document, operationName);
    if (this.byKey.size >= this.kept) this.byKey.delete(this.byKey.keys().next().value as string);
    this.byKey.set(key, compiled);
    return compiled;
  }
}

// An operation graphql-jit cannot compile (it returns errors rather than a function) is run by graphql-js, so an
// answer never depends on which executor ran it. Apollo has already validated the document.
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Compiled {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined, { useExperimentalPathBasedSkipInclude: true });
    return isCompiledQuery(compiled) ? compiled : 'interpret';
  } catch {
    return 'interpret';
  }
}

/**
 * graphql-jit's errors only look like graphql-js's: their fields are read-only and `extensions` may be missing,
 * which Apollo's error formatting and our formatError (src/errorMapping.ts) do not expect. Each becomes the
 * GraphQLError graphql-js would have made: same message, locations, path, original error and extensions.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const original: unknown = error.originalError;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: original instanceof Error ? original : undefined,
    extensions: error.extensions,
  });
  if (error.locations) (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/** An executor that runs compiled operations, for Apollo Server's `gateway` option (see compiledExecutorGateway). */
export function compiledExecutor(schema: GraphQLSchema, kept = COMPILED_OPERATIONS_KEPT): GatewayExecutor {
  const operations = new CompiledOperations(schema, kept);
  return async ({ queryHash, document, operationName, request, context }) => {
    const interpret = async () => await execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
    const compiled = operations.get(queryHash, document, operationName);
    if (compiled === 'interpret') return await interpret();
    const result = await (compiled.query(undefined, context, request.variables ?? {}) as ExecutionResult | Promise<ExecutionResult>);
    // No data at all means the request failed before any field ran (its variables did not coerce). graphql-js's
    // errors for that carry the variable's AST node, which Apollo reads to answer 400 BAD_USER_INPUT; graphql-js
    // reaches the same error again without running a resolver.
    if (result.data === undefined) return await interpret();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
}

/**
 * Apollo Server's `gateway` option serving one fixed schema through compiledExecutor. Apollo asks a gateway for
 * the schema and an executor; this one never changes its schema, so there is nothing to stop or watch.
 */
export function compiledExecutorGateway(schema: GraphQLSchema, kept = COMPILED_OPERATIONS_KEPT): GatewayInterface {
  return {
    async load() {
      return { executor: compiledExecutor(schema, kept) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
