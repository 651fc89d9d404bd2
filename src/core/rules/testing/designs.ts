/**
 * Builders for rule tables, on top of the core's test builders. Ids follow the names (`p-web`,
 * `c-proxy`, `s-web`, `x-db`), so a table reads as the topology it draws. Every builder returns a
 * valid, documented entity, so a case shows only what it is about.
 */
import { aContainer, aDesign, aPod, aService, anExternal, aPort } from '../../testing/builders';
import type {
  Connection,
  Container,
  Design,
  External,
  ExternalPort,
  Pod,
  Port,
  Role,
  Service,
  ServicePort,
} from '../../model/types';

export { aDesign, aPort };

export function port(name: string, number: number, partial: Partial<Port> = {}): Port {
  return aPort({ name, port: number, description: `The ${name} port.`, ...partial });
}

function container(role: Role, name: string, partial: Partial<Container>): Container {
  return aContainer({
    id: `c-${name}`,
    name,
    role,
    image: `example/${name}:1.0.0`,
    description: `The ${name} ${role}.`,
    ...partial,
  });
}

export const anApp = (name: string, partial: Partial<Container> = {}) => container('app', name, partial);
export const aSidecar = (name: string, partial: Partial<Container> = {}) =>
  container('sidecar', name, partial);
export const anAmbassador = (name: string, partial: Partial<Container> = {}) =>
  container('ambassador', name, partial);
export const anAdapter = (name: string, partial: Partial<Container> = {}) =>
  container('adapter', name, partial);
export const anInit = (name: string, partial: Partial<Container> = {}) => container('init', name, partial);

export function podOf(name: string, containers: Container[], partial: Partial<Pod> = {}): Pod {
  return aPod({
    id: `p-${name}`,
    name,
    description: `The ${name} pod.`,
    owner: 'team-test',
    containers,
    ...partial,
  });
}

export function serviceFor(
  name: string,
  pod: string,
  ports: ServicePort[],
  partial: Partial<Service> = {},
): Service {
  return aService({
    id: `s-${name}`,
    name,
    pod: pod ? `p-${pod}` : '',
    ports,
    description: `The ${name} service.`,
    ...partial,
  });
}

export function sport(
  name: string,
  number: number,
  targetPort = name,
  partial: Partial<ServicePort> = {},
): ServicePort {
  return { name, port: number, targetPort, ...partial };
}

export function externalOf(name: string, ports: ExternalPort[], partial: Partial<External> = {}): External {
  return anExternal({ id: `x-${name}`, name, description: `The ${name} system.`, ports, ...partial });
}

export function xport(name: string, number: number, partial: Partial<ExternalPort> = {}): ExternalPort {
  return { name, port: number, protocol: 'TCP', ...partial };
}

/** A connection from container `from` (by name) to the entity with id `to`, port `port`. */
export function connect(
  from: string,
  to: string,
  portName: string,
  partial: Partial<Connection> = {},
): Connection {
  return { id: `e-${from}-${to}-${portName}`, from: `c-${from}`, to: { id: to, port: portName }, ...partial };
}

export function designOf(partial: Partial<Design>): Design {
  return aDesign(partial);
}
