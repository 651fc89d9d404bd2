/**
 * Test builders: small, valid entities with readable ids, overridable field by field.
 * For tests only; not exported from the core's public entry.
 */
import { makeDesign } from '../model/factories';
import type { Connection, Container, Design, External, Pod, Port, Service } from '../model/types';

export function aPort(partial: Partial<Port> = {}): Port {
  return { name: 'http', port: 8080, protocol: 'TCP', scope: 'pod', ...partial };
}

export function aContainer(partial: Partial<Container> = {}): Container {
  return {
    id: 'c-app',
    name: 'app',
    role: 'app',
    image: 'example/app:1.0.0',
    description: 'The app.',
    ports: [],
    env: [],
    mounts: [],
    ...partial,
  };
}

export function aPod(partial: Partial<Pod> = {}): Pod {
  return {
    id: 'p-web',
    name: 'web',
    description: 'A pod.',
    workload: 'Deployment',
    replicas: 1,
    containers: [],
    volumes: [],
    ...partial,
  };
}

export function aService(partial: Partial<Service> = {}): Service {
  return {
    id: 's-web',
    name: 'web',
    description: 'A service.',
    type: 'ClusterIP',
    pod: '',
    ports: [],
    ...partial,
  };
}

export function anExternal(partial: Partial<External> = {}): External {
  return { id: 'x-db', name: 'db', description: 'A database.', kind: 'database', ports: [], ...partial };
}

export function aConnection(partial: Partial<Connection> = {}): Connection {
  return { id: 'e-1', from: 'c-app', to: { id: 'x-db', port: 'sql' }, ...partial };
}

export function aDesign(partial: Partial<Design> = {}): Design {
  return makeDesign({ name: 'test', description: 'A test design.', ...partial });
}

/**
 * The usual small topology: pod "web" with an app (port http) and a sidecar (port https),
 * service "web" on the sidecar's port, an external "db" with port "sql", the app connected to it.
 */
export function aWebDesign(): Design {
  return aDesign({
    pods: [
      aPod({
        containers: [
          aContainer({ ports: [aPort({ scope: 'localhost' })] }),
          aContainer({
            id: 'c-tls',
            name: 'tls',
            role: 'sidecar',
            image: 'nginx:1.27',
            ports: [aPort({ name: 'https', port: 8443 })],
          }),
        ],
        volumes: [{ name: 'cache', kind: 'emptyDir' }],
      }),
    ],
    services: [aService({ pod: 'p-web', ports: [{ name: 'https', port: 443, targetPort: 'https' }] })],
    externals: [anExternal({ ports: [{ name: 'sql', port: 5432, protocol: 'TCP' }] })],
    connections: [
      aConnection(),
      aConnection({ id: 'e-2', from: 'c-tls', to: { id: 'c-app', port: 'http' } }),
    ],
  });
}
