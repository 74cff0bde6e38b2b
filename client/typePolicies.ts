// Apollo typePolicies for newsgraph: one relayStylePagination per cursor connection field, so pages fetched with
// `fetchMore({ variables: { after } })` are merged into one list. keyArgs are every argument but `first`/`after`:
// the same field with other filters (types, asOf, orderBy…) is another list, never mixed into this one.
// No keyFields: every normalized type has an `id`, and views "as of a day" get ids of their own from the server.
import type { FieldPolicy, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { connectionFields } from './generated/connectionFields';

function paginated(fields: Record<string, readonly string[]>): Record<string, FieldPolicy> {
  return Object.fromEntries(
    // `false` (not []) when nothing but the page varies: one list per parent object.
    Object.entries(fields).map(([field, keyArgs]) => [field, relayStylePagination(keyArgs.length > 0 ? [...keyArgs] : false)]),
  );
}

export const typePolicies: TypePolicies = Object.fromEntries(
  Object.entries(connectionFields).map(([typename, fields]) => [typename, { fields: paginated(fields) }]),
);
