// newsgraph's client kit, in one import: what Apollo Client (or any normalizing cache) needs to know about the
// schema. Generated parts live in ./generated and come from schema.graphql (`npm run codegen`).
import { InMemoryCache, type InMemoryCacheConfig } from '@apollo/client';
import generatedPossibleTypes from './generated/possibleTypes';
import { typePolicies } from './typePolicies';

export { connectionFields } from './generated/connectionFields';
export type { PossibleTypesResultData } from './generated/possibleTypes';
export { typePolicies } from './typePolicies';

/** Which concrete types each interface stands for (`Entity` → `Person`, `Country`, …), so fragments on `Entity` match. */
export const possibleTypes = generatedPossibleTypes.possibleTypes;

/** The concrete `__typename`s an `Entity` can have. */
export type EntityTypename = (typeof possibleTypes.Entity)[number];

/**
 * An InMemoryCache that knows newsgraph's interfaces and pages. Extra options pass through; extra typePolicies
 * are added on top of the kit's (Apollo merges them field by field), so an app can add its own without losing paging.
 */
export function createCache(config: InMemoryCacheConfig = {}): InMemoryCache {
  const { typePolicies: extra, ...rest } = config;
  const cache = new InMemoryCache({ ...rest, possibleTypes, typePolicies });
  if (extra) cache.policies.addTypePolicies(extra);
  return cache;
}
