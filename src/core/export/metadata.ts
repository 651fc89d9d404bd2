/**
 * The design facts that neither Kubernetes nor Compose has a field for (roles, port scopes and
 * contracts, env descriptions, connections), as plain JSON-ready values. The Kubernetes exporter writes
 * them into annotations, the Compose exporter into `x-podwright`, so an import can restore the design.
 */
import type { Connection, Container, Contract } from '../model/types';
import type { DesignLookup } from './lookup';

export interface PortFact {
  scope?: 'localhost';
  contract?: Contract;
  description?: string;
}

/** Per port name, what a container port list cannot say; undefined when there is nothing to say. */
export function portFacts(container: Container): Record<string, PortFact> | undefined {
  const facts: Record<string, PortFact> = {};
  let any = false;
  for (const port of container.ports) {
    const fact: PortFact = {};
    if (port.scope === 'localhost') fact.scope = 'localhost';
    if (port.contract) fact.contract = contractFact(port.contract);
    if (port.description) fact.description = port.description;
    if (Object.keys(fact).length > 0) {
      facts[port.name] = fact;
      any = true;
    }
  }
  return any ? facts : undefined;
}

export function contractFact(contract: Contract): Contract {
  return {
    name: contract.name,
    version: contract.version,
    protocol: contract.protocol,
    ...(contract.spec ? { spec: contract.spec } : {}),
  };
}

export interface EnvFact {
  description?: string;
  required?: boolean;
  secret?: boolean;
}

/**
 * Per variable, its description and whether it is required. `secret` is included only when asked:
 * Kubernetes says it natively with `secretKeyRef`, Compose does not.
 */
export function envFacts(container: Container, withSecret: boolean): Record<string, EnvFact> | undefined {
  const facts: Record<string, EnvFact> = {};
  let any = false;
  for (const env of container.env) {
    const fact: EnvFact = {};
    if (env.description) fact.description = env.description;
    if (env.required !== undefined) fact.required = env.required;
    if (withSecret && env.secret) fact.secret = true;
    if (Object.keys(fact).length > 0) {
      facts[env.name] = fact;
      any = true;
    }
  }
  return any ? facts : undefined;
}

export interface ConnectionFact {
  id: string;
  to: { id: string; port: string };
  /** `service/redis`, `container/cache/redis`, `external/elasticsearch`: for people reading the file. */
  target: string;
  requires?: { contract: string; range: string };
  weight?: number;
  description?: string;
}

/** The connections a container makes, in design order. */
export function connectionFacts(lookup: DesignLookup, container: Container): ConnectionFact[] {
  return lookup.connectionsFrom(container.id).map((connection) => connectionFact(lookup, connection));
}

function connectionFact(lookup: DesignLookup, connection: Connection): ConnectionFact {
  const fact: ConnectionFact = {
    id: connection.id,
    to: { id: connection.to.id, port: connection.to.port },
    target: readableTarget(lookup, connection.to.id),
  };
  if (connection.requires)
    fact.requires = { contract: connection.requires.contract, range: connection.requires.range };
  if (connection.weight !== undefined) fact.weight = connection.weight;
  if (connection.description) fact.description = connection.description;
  return fact;
}

function readableTarget(lookup: DesignLookup, id: string): string {
  const ref = lookup.container(id);
  if (ref) return `container/${ref.pod.name}/${ref.container.name}`;
  const named = lookup.service(id) ?? lookup.external(id) ?? lookup.pod(id);
  if (!named) return `unknown/${id}`;
  const kind = lookup.service(id) ? 'service' : lookup.external(id) ? 'external' : 'pod';
  return `${kind}/${named.name}`;
}
