// A link that reopens the explorer's current query, with its variables, in Apollo Sandbox.
import type { SentOperation } from './api';

export const SANDBOX_EXPLORER = 'https://studio.apollographql.com/sandbox/explorer';

export function sandboxLink(endpoint: string, operation: SentOperation): string {
  const params = [
    ['endpoint', endpoint],
    ['document', operation.query],
    ['variables', JSON.stringify(operation.variables)],
  ];
  return `${SANDBOX_EXPLORER}?${params.map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`).join('&')}`;
}
