// Fails operations fast with SERVICE_UNAVAILABLE while Neo4j is known to be down, and tells the availability
// tracker when a request finds it down. Introspection-only operations still work (Sandbox stays usable).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Neo4jAvailability } from '../db/availability';
import { isOutage } from '../errorMapping';
import { ServiceUnavailableError } from '../errors';

export function availabilityPlugin(availability: Neo4jAvailability): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (availability.available) return;
          const introspectionOnly = operation?.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
          if (!introspectionOnly) throw new ServiceUnavailableError();
        },
        async didEncounterErrors({ errors }) {
          const outage = errors.find((error) => isOutage(error));
          if (outage) availability.markDown(outage.message);
        },
      };
    },
  };
}
