// Every GraphQL answer is `cache-control: no-store`: answers change with every write, and a GET query must not be
// kept by a browser or a proxy. Apollo's cache-control plugin said the same after weighing every resolved field's
// cache hint; none is ever set here, so one header per response does its job without the per-field cost.
import type { ApolloServerPlugin } from '@apollo/server';

export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
