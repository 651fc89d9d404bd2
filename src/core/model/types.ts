/**
 * The design document, format `podwright/v1` (see DESIGN.md).
 *
 * Every entity has a stable `id` that users never see and a `name` that they do (a DNS-1123 label).
 * References between entities are always by id, except port references, which are by port name
 * (ports are named like IANA services, and Kubernetes Services target container ports by name).
 *
 * All values are treated as immutable: changes return a new Design.
 */

export const DESIGN_FORMAT = 'podwright/v1';

export type Role = 'app' | 'sidecar' | 'ambassador' | 'adapter' | 'init';
export const ROLES: readonly Role[] = ['app', 'sidecar', 'ambassador', 'adapter', 'init'];
/** The roles that help an app in its pod (the single-node patterns). */
export const HELPER_ROLES: readonly Role[] = ['sidecar', 'ambassador', 'adapter'];

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob' | 'Pod';
export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Pod',
];

export type PortProtocol = 'TCP' | 'UDP';
/** `localhost`: bound to 127.0.0.1, reachable only inside the pod. `pod`: reachable on the pod IP. */
export type PortScope = 'pod' | 'localhost';

export type ContractProtocol =
  | 'http'
  | 'https'
  | 'grpc'
  | 'tcp'
  | 'udp'
  | 'redis'
  | 'memcached'
  | 'mysql'
  | 'postgres'
  | 'mongodb'
  | 'kafka'
  | 'amqp'
  | 'nats'
  | 'prometheus'
  | 'otlp'
  | 'logs'
  | 'health'
  | 'other';
export const CONTRACT_PROTOCOLS: readonly ContractProtocol[] = [
  'http',
  'https',
  'grpc',
  'tcp',
  'udp',
  'redis',
  'memcached',
  'mysql',
  'postgres',
  'mongodb',
  'kafka',
  'amqp',
  'nats',
  'prometheus',
  'otlp',
  'logs',
  'health',
  'other',
];

/** The interface a port offers: a named, versioned API. */
export interface Contract {
  name: string;
  /** A semver version, e.g. `1.4.0`. */
  version: string;
  protocol: ContractProtocol;
  /** URL or path of an OpenAPI / proto / AsyncAPI document. */
  spec?: string;
}

export interface Port {
  /** An IANA-style service name: lower case, at most 15 characters, unique within its container. */
  name: string;
  port: number;
  protocol: PortProtocol;
  scope: PortScope;
  contract?: Contract;
  description?: string;
}

export interface EnvVar {
  name: string;
  value?: string;
  description?: string;
  required?: boolean;
  /** The value comes from a Secret and is never written in clear. */
  secret?: boolean;
}

export interface Mount {
  /** The name of a volume of the container's pod. */
  volume: string;
  path: string;
  readOnly?: boolean;
}

export type ProbeKind = 'http' | 'tcp' | 'exec' | 'grpc';
export interface Probe {
  kind: ProbeKind;
  /** A port name of the same container (http, tcp, grpc). */
  port?: string;
  /** The HTTP path (http). */
  path?: string;
  /** The command (exec). */
  command?: string[];
  initialDelaySeconds?: number;
  periodSeconds?: number;
  failureThreshold?: number;
}
export interface Probes {
  liveness?: Probe;
  readiness?: Probe;
  startup?: Probe;
}

/** Kubernetes quantities as text, e.g. cpu `100m`, memory `128Mi`. */
export interface Resources {
  cpuRequest?: string;
  cpuLimit?: string;
  memoryRequest?: string;
  memoryLimit?: string;
}

export interface SecurityContext {
  runAsNonRoot?: boolean;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
}

export interface Container {
  id: string;
  name: string;
  role: Role;
  image: string;
  description: string;
  docsUrl?: string;
  sourceUrl?: string;
  /** The image's licence as an SPDX expression (e.g. `Apache-2.0`), for its OCI `licenses` label. */
  license?: string;
  command?: string[];
  args?: string[];
  ports: Port[];
  env: EnvVar[];
  mounts: Mount[];
  probes?: Probes;
  resources?: Resources;
  securityContext?: SecurityContext;
  /** Set by import when the role was guessed; cleared when the user confirms or changes it. */
  roleInferred?: boolean;
}

export type VolumeKind = 'emptyDir' | 'configMap' | 'secret' | 'persistent';
export const VOLUME_KINDS: readonly VolumeKind[] = ['emptyDir', 'configMap', 'secret', 'persistent'];
export interface VolumeFile {
  path: string;
  content: string;
}
export interface Volume {
  name: string;
  kind: VolumeKind;
  /** A quantity such as `1Gi` (persistent volumes). */
  size?: string;
  /** Files generated into a ConfigMap (configMap volumes). */
  files?: VolumeFile[];
}

export interface Pod {
  id: string;
  name: string;
  description: string;
  owner?: string;
  workload: WorkloadKind;
  replicas?: number;
  /** Cron schedule (CronJob). */
  schedule?: string;
  labels?: Record<string, string>;
  containers: Container[];
  volumes: Volume[];
}

export type ServiceType = 'ClusterIP' | 'Headless' | 'NodePort' | 'LoadBalancer';
export const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'Headless', 'NodePort', 'LoadBalancer'];

export interface ServicePort {
  name: string;
  port: number;
  /** The name of a port of a container of the selected pod. */
  targetPort: string;
  protocol?: PortProtocol;
}

export interface Service {
  id: string;
  name: string;
  description: string;
  type: ServiceType;
  /** The id of the pod it selects, or '' when it selects none yet. */
  pod: string;
  ports: ServicePort[];
}

export type ExternalKind = 'database' | 'cache' | 'queue' | 'api' | 'monitoring' | 'logging' | 'other';
export const EXTERNAL_KINDS: readonly ExternalKind[] = [
  'database',
  'cache',
  'queue',
  'api',
  'monitoring',
  'logging',
  'other',
];

export interface ExternalPort {
  name: string;
  port: number;
  protocol: PortProtocol;
  contract?: Contract;
}

export interface External {
  id: string;
  name: string;
  description: string;
  kind: ExternalKind;
  host?: string;
  ports: ExternalPort[];
}

export interface ConnectionRequirement {
  /** The contract name the caller expects. */
  contract: string;
  /** A semver range, e.g. `^1.2.0`. */
  range: string;
}

export interface ConnectionTarget {
  /** A container, service or external id. */
  id: string;
  /** The name of a port of the target. */
  port: string;
}

export interface Connection {
  id: string;
  /** The calling container's id. */
  from: string;
  to: ConnectionTarget;
  requires?: ConnectionRequirement;
  /** The share of the caller's traffic, 0..100 (request splitting). */
  weight?: number;
  description?: string;
}

export interface LayoutEntry {
  x: number;
  y: number;
  w?: number;
  h?: number;
}

export interface DesignTarget {
  kubernetes: string;
}

/** Export options saved with the design. */
export interface ExportOptions {
  networkPolicies?: boolean;
  podDisruptionBudgets?: boolean;
}

export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';
/** Per-design rule configuration, like a linter config: rule id -> severity. */
export type RuleConfig = Record<string, RuleSeverity>;

export interface Design {
  format: typeof DESIGN_FORMAT;
  name: string;
  description: string;
  namespace?: string;
  target: DesignTarget;
  pods: Pod[];
  services: Service[];
  externals: External[];
  connections: Connection[];
  /**
   * View only: positions by entity id. Container positions are relative to their pod; a pod's
   * w/h is its size. Parsing keeps unknown fields of every object (spread), so newer files survive.
   */
  layout: Record<string, LayoutEntry>;
  exportOptions?: ExportOptions;
  rules?: RuleConfig;
  /** The contracts as last released, saved by the user; `contract-breaking-change` compares against it. */
  baseline?: ContractBaseline;
  /**
   * Kubernetes objects of an imported manifest that the design does not model (Ingress, HPA, custom
   * resources, …), kept verbatim so that a Kubernetes export writes them back.
   */
  passthrough?: PassthroughObject[];
}

/** One Kubernetes object kept as it was read, because the design has no entity for its kind. */
export interface PassthroughObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** The whole object, as plain JSON. */
  object: Record<string, unknown>;
}

/** One contracted container port as it stood when the baseline was saved. */
export interface BaselineContract {
  /** The container's id, and its names then (for messages once it is gone). */
  container: string;
  containerName: string;
  podName: string;
  port: string;
  number: number;
  protocol: PortProtocol;
  contract: Contract;
}

/** A saved snapshot of every contract the design offers (see `makeBaseline`). */
export interface ContractBaseline {
  /** When it was saved (ISO 8601), for display only. */
  savedAt?: string;
  contracts: BaselineContract[];
}

export type EntityKind = 'design' | 'pod' | 'container' | 'service' | 'external' | 'connection';
