/**
 * Hover help for the Compose files Podwright writes (docs/conversion-matrix.md). Like the Kubernetes one,
 * a help schema only: nothing required, every object open, so valid output is never marked.
 */
import type { JSONSchema } from 'monaco-yaml';

const extension: JSONSchema = {
  type: 'object',
  description:
    'Podwright extension: the design facts Compose has no key for (role, port scopes and contracts, env descriptions, connections), so an import restores the design. Compose and Kompose ignore x- fields.',
};

const service: JSONSchema = {
  type: 'object',
  description:
    'One container of the design. The containers of a pod are services that share one network namespace.',
  properties: {
    image: { type: 'string', description: 'The container image reference.' },
    entrypoint: { description: "The design container's command (Kubernetes command)." },
    command: { description: "The design container's args (Kubernetes args)." },
    restart: {
      type: 'string',
      description:
        'unless-stopped for long-running pods, on-failure for Jobs, no for init containers and CronJobs.',
    },
    network_mode: {
      type: 'string',
      description:
        "service:<name> joins the network namespace of the pod's first service, so localhost reaches the other containers of the pod as in a Kubernetes pod. Such a service may not declare ports or networks.",
    },
    networks: {
      type: 'object',
      description:
        'The aliases of the default network are the names of the Kubernetes Services that select this pod, so DNS names match in both worlds.',
    },
    ports: {
      type: 'array',
      description:
        'Published ports: those that a NodePort or LoadBalancer service of the design publishes. Only the namespace owner publishes them, once for the whole pod.',
    },
    expose: {
      type: 'array',
      description: 'Ports reachable from the other services, not published on the host.',
    },
    depends_on: {
      type: 'object',
      description:
        'Start order: a helper the app needs at start starts first (service_started or service_healthy), init containers must finish first (service_completed_successfully).',
    },
    environment: {
      type: 'object',
      description:
        'Environment variables. Secret ones are read from the shell or an .env file where Compose runs (${NAME:?…}); never written in clear.',
    },
    volumes: {
      type: 'array',
      description:
        'Named volumes shared by the services of a pod stand for its emptyDir and persistent volumes.',
    },
    configs: { type: 'array', description: "Files of the pod's config volume, mounted one by one." },
    secrets: {
      type: 'array',
      description: "The pod's secret volume, read from a local file that you create.",
    },
    healthcheck: {
      type: 'object',
      description:
        "From the container's readiness (else liveness or startup) probe. Compose keeps one healthcheck and never restarts an unhealthy container.",
    },
    deploy: {
      type: 'object',
      description: 'replicas from the pod; resources from the container (limits and reservations).',
    },
    labels: {
      type: 'object',
      description: 'Kompose labels, so that kompose convert turns the file back into the same pods.',
      properties: {
        'kompose.service.group': {
          type: 'string',
          description: 'Kompose puts the services of one group into one pod: here, the pod of the design.',
        },
        'kompose.controller.type': {
          type: 'string',
          description: 'The workload Kompose should write: statefulset or daemonset.',
        },
        'kompose.cronjob.schedule': { type: 'string', description: 'The schedule of a CronJob pod.' },
        'kompose.service.type': {
          type: 'string',
          description: 'The type of the Kubernetes Service Kompose should write.',
        },
        'kompose.volume.size': {
          type: 'string',
          description: 'The size of the claim Kompose should write for the volume.',
        },
      },
    },
    read_only: { type: 'boolean', description: 'From securityContext.readOnlyRootFilesystem.' },
    security_opt: {
      type: 'array',
      description: 'no-new-privileges from securityContext.allowPrivilegeEscalation: false.',
    },
    'x-podwright': extension,
  },
};

export const composeHoverSchema: JSONSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'The Compose project name, from the design name.' },
    services: {
      type: 'object',
      description: 'One service per container of the design, pod after pod.',
      additionalProperties: service,
    },
    volumes: {
      type: 'object',
      description: 'Named volumes: <pod>-<volume> for each emptyDir and persistent volume.',
    },
    configs: { type: 'object', description: 'The files of config volumes, with inline content.' },
    secrets: { type: 'object', description: 'Secret volumes, each read from a local file.' },
    'x-podwright': {
      ...extension,
      description:
        'The design as a whole (pods, services, externals, export options), for an exact import. Compose ignores it.',
    },
  },
};
