import { newId } from './ids';
import {
  DESIGN_FORMAT,
  type Connection,
  type Container,
  type Design,
  type External,
  type Pod,
  type Role,
  type Service,
} from './types';

/** The Kubernetes version new designs target: native sidecars are GA there. */
export const DEFAULT_K8S_VERSION = '1.33';

export function makeDesign(partial: Partial<Design> = {}): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'untitled',
    description: '',
    target: { kubernetes: DEFAULT_K8S_VERSION },
    pods: [],
    services: [],
    externals: [],
    connections: [],
    layout: {},
    ...partial,
  };
}

/** What a freshly dropped container of each role starts as: a plausible, editable default. */
const ROLE_DEFAULTS: Record<Role, Pick<Container, 'name' | 'image'>> = {
  app: { name: 'app', image: 'registry.example.com/app:1.0.0' },
  sidecar: { name: 'sidecar', image: 'nginx:1.27' },
  ambassador: { name: 'ambassador', image: 'envoyproxy/envoy:v1.31.0' },
  adapter: { name: 'adapter', image: 'prom/node-exporter:v1.8.2' },
  init: { name: 'init', image: 'busybox:1.36' },
};

export function makeContainer(role: Role = 'app', partial: Partial<Container> = {}): Container {
  return {
    id: newId('c'),
    ...ROLE_DEFAULTS[role],
    role,
    description: '',
    ports: [],
    env: [],
    mounts: [],
    ...partial,
  };
}

export function makePod(partial: Partial<Pod> = {}): Pod {
  return {
    id: newId('p'),
    name: 'pod',
    description: '',
    workload: 'Deployment',
    replicas: 1,
    containers: [],
    volumes: [],
    ...partial,
  };
}

export function makeService(partial: Partial<Service> = {}): Service {
  return {
    id: newId('s'),
    name: 'service',
    description: '',
    type: 'ClusterIP',
    pod: '',
    ports: [],
    ...partial,
  };
}

export function makeExternal(partial: Partial<External> = {}): External {
  return {
    id: newId('x'),
    name: 'external',
    description: '',
    kind: 'database',
    ports: [],
    ...partial,
  };
}

export function makeConnection(
  from: string,
  to: { id: string; port: string },
  partial: Partial<Connection> = {},
): Connection {
  return { id: newId('e'), from, to, ...partial };
}
