/**
 * The connections our own export recorded (a Kubernetes annotation, a Compose extension), restored
 * once every entity exists. A recorded end that the input no longer has is noted and dropped.
 */
import type { Connection } from '../../model/types';
import type { Draft } from '../draft';
import { readConnectionFacts } from '../k8s/ours';
import { DesignLookup } from './lookup';

export function restoreKnownConnections(draft: Draft): void {
  if (draft.knownConnections.length === 0) return;
  const lookup = new DesignLookup(draft.design);
  for (const known of draft.knownConnections) {
    const facts = readConnectionFacts(known.raw);
    if (facts === null) {
      draft.notes.warn(
        'annotation-invalid',
        'The recorded connections are not readable; ignored.',
        known.place,
        known.from,
      );
      continue;
    }
    for (const fact of facts ?? []) {
      if (!lookup.portsOf(fact.to.id)?.some((p) => p.name === fact.to.port)) {
        draft.notes.warn(
          'connection-unresolved',
          `A recorded connection ends at ${fact.to.id}:${fact.to.port}, which is not in the input; it is dropped.`,
          known.place,
          known.from,
        );
        continue;
      }
      const connection: Connection = {
        id: draft.claimId(fact.id, 'e', known.place),
        from: known.from,
        to: { ...fact.to },
      };
      if (fact.requires) connection.requires = fact.requires;
      if (fact.weight !== undefined) connection.weight = fact.weight;
      if (fact.description) connection.description = fact.description;
      draft.entityPlaces.set(connection.id, known.place);
      draft.design.connections.push(connection);
    }
  }
}
