/**
 * Hover help for the Kubernetes manifests Podwright writes (docs/conversion-matrix.md): what each field
 * means and why Podwright writes it. It is a help schema, not a validator: nothing is required and every
 * object stays open, so it never marks valid output. Schema errors come from kubernetes-models instead
 * (see ../validation). yaml-language-server would download its built-in Kubernetes schema, which fails
 * offline; this one ships with the app.
 */
import type { JSONSchema } from 'monaco-yaml';

const recommendedLabels: Record<string, JSONSchema> = {
  'app.kubernetes.io/name': {
    type: 'string',
    description:
      "Recommended label: the application, taken from the name of the pod's main image (redis, checkout), else the pod name.",
  },
  'app.kubernetes.io/instance': {
    type: 'string',
    description:
      "Recommended label: this instance of the application, the pod name. Selectors use it with app.kubernetes.io/part-of: neither changes when an image or a user label does, so an applied workload's immutable selector stays valid.",
  },
  'app.kubernetes.io/version': {
    type: 'string',
    description: "Recommended label: the version of the application, the tag of the pod's main image.",
  },
  'app.kubernetes.io/component': {
    type: 'string',
    description:
      "Recommended label: the component's role in the architecture; the pod name unless the pod's labels set it.",
  },
  'app.kubernetes.io/part-of': {
    type: 'string',
    description:
      'Recommended label: the larger application this belongs to, the name of the design. Part of every selector.',
  },
  'app.kubernetes.io/managed-by': {
    type: 'string',
    description:
      'Recommended label: the tool that manages the object. "podwright": generated from a Podwright design.',
  },
};

const labels: JSONSchema = {
  type: 'object',
  description:
    'Labels: identifying key/value pairs that selectors match. Podwright writes the six recommended app.kubernetes.io labels.',
  properties: recommendedLabels,
  additionalProperties: { type: 'string' },
};

/** Container-level facts travel as `<facet>.container.podwright.io/<container>` (the AppArmor precedent). */
const containerFacets: Record<string, string> = {
  id: "The design's stable id of this container, so an import restores the same entity.",
  role: 'The pattern role of this container: app, sidecar, ambassador, adapter or init (Designing Distributed Systems).',
  description: "The container's documentation, as written in the design.",
  docs: "Where the container's documentation lives (URL).",
  source: "Where the container's source lives (URL).",
  ports:
    'JSON: per port name, what a container port cannot say: localhost-only scope, the API contract (name, semver version, protocol), a description.',
  env: 'JSON: per variable, its description and whether it is required.',
  connections:
    'JSON: the connections this container makes (target, port, required contract range, traffic weight), so the topology survives a round trip.',
};

const annotations: JSONSchema = {
  type: 'object',
  description:
    'Annotations: non-identifying metadata. Podwright keeps here what Kubernetes has no field for, so an import restores the design exactly.',
  properties: {
    'podwright.io/id': {
      type: 'string',
      description: "The design's stable id of the entity this object stands for.",
    },
    'podwright.io/description': {
      type: 'string',
      description:
        "The entity's documentation, as written in the design (also a YAML comment above the object).",
    },
    'podwright.io/owner': { type: 'string', description: 'The team or person that owns this pod.' },
    'podwright.io/volumes': {
      type: 'string',
      description: 'The design order of the volumes, when claim templates change it (StatefulSets).',
    },
    'podwright.io/containers': {
      type: 'string',
      description:
        'The design order of the containers, when the manifest order (containers, then initContainers) differs.',
    },
    'podwright.io/kind': {
      type: 'string',
      description: '"external": this Service stands for a system outside the cluster.',
    },
    'podwright.io/external-kind': {
      type: 'string',
      description: 'What the external system is: database, cache, queue, api, monitoring, logging or other.',
    },
    'podwright.io/ports': {
      type: 'string',
      description: "JSON: port name -> API contract of the external system's ports.",
    },
    'podwright.io/generated': {
      type: 'string',
      description:
        '"true": Podwright added this object because Kubernetes needs it (a StatefulSet\'s governing Service); it is not in the design.',
    },
  },
  patternProperties: Object.fromEntries(
    Object.entries(containerFacets).map(([facet, description]) => [
      `^${facet}\\.container\\.podwright\\.io/`,
      { type: 'string', description },
    ]),
  ),
  additionalProperties: { type: 'string' },
};

const metadata: JSONSchema = {
  type: 'object',
  description: 'Standard object metadata.',
  properties: {
    name: { type: 'string', description: 'The object name, a DNS-1123 label taken from the design.' },
    namespace: {
      type: 'string',
      description: 'The namespace chosen in the export options; absent when none is set.',
    },
    labels,
    annotations,
  },
};

const selector: JSONSchema = {
  type: 'object',
  description:
    "Which pods this selects. Podwright selects on app.kubernetes.io/instance and app.kubernetes.io/part-of only: a workload's selector cannot change once applied.",
  properties: { matchLabels: { ...labels, description: 'Pods carrying all these labels are selected.' } },
};

const container: JSONSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'The container name from the design, unique in its pod.' },
    image: { type: 'string', description: 'The container image reference.' },
    restartPolicy: {
      type: 'string',
      description:
        'Always on an init container makes it a native sidecar (Kubernetes 1.29+, GA in 1.33): it starts before the app containers, keeps running beside them and stops after them. Podwright writes sidecars, ambassadors and adapters this way when the target version allows.',
    },
    ports: {
      type: 'array',
      description:
        'Named container ports. Services target them by name, so a port number can change without touching the Service.',
      items: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            description: 'An IANA-style port name (at most 15 characters); Service targetPorts refer to it.',
          },
          containerPort: { type: 'integer', description: 'The port the container listens on.' },
        },
      },
    },
    env: {
      type: 'array',
      description:
        'Environment variables. Secret ones are read from the Secret named after the pod; Podwright never writes secret values.',
      items: {
        type: 'object',
        properties: {
          valueFrom: {
            type: 'object',
            properties: {
              secretKeyRef: {
                type: 'object',
                description:
                  'Reads the value from a key of a Secret that you create; Podwright writes only the reference.',
              },
            },
          },
        },
      },
    },
    volumeMounts: {
      type: 'array',
      description:
        'Where the pod volumes appear in this container. A shared emptyDir is how a sidecar and an app exchange files.',
    },
    resources: {
      type: 'object',
      description:
        'CPU and memory requests (what the scheduler reserves) and limits (the most the container may use).',
    },
    readinessProbe: {
      type: 'object',
      description: 'Until it succeeds, the pod receives no traffic from Services.',
    },
    livenessProbe: {
      type: 'object',
      description: 'When it fails repeatedly, the kubelet restarts the container.',
    },
    startupProbe: {
      type: 'object',
      description: 'Holds the other probes back until the container has started.',
    },
  },
};

const podSpecProperties: Record<string, JSONSchema> = {
  initContainers: {
    type: 'array',
    description:
      "Init containers. With restartPolicy: Always they are native sidecars (the helpers of the design); the design's own init containers follow them, so they can use the helpers.",
    items: container,
  },
  containers: {
    type: 'array',
    description: 'The containers that make up the pod; the app containers of the design.',
    items: container,
  },
  volumes: {
    type: 'array',
    description:
      'Pod volumes: emptyDir shared between containers, a ConfigMap generated from files, a Secret reference, or a claim.',
  },
  restartPolicy: {
    type: 'string',
    description: 'OnFailure for Jobs and CronJobs: a finished pod is not restarted.',
  },
};

const podTemplate: JSONSchema = {
  type: 'object',
  description: 'The pod each replica runs.',
  properties: { metadata, spec: { type: 'object', properties: podSpecProperties } },
};

const servicePort: JSONSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'The Service port name.' },
    port: { type: 'integer', description: 'The port clients connect to on the Service.' },
    targetPort: {
      description: 'A container port name of the selected pod: Podwright always targets ports by name.',
    },
  },
};

/** One schema for every document of the stream: the properties of all kinds Podwright writes, side by side. */
export const kubernetesHoverSchema: JSONSchema = {
  type: 'object',
  properties: {
    apiVersion: { type: 'string', description: 'The API group and version of the object.' },
    kind: {
      type: 'string',
      description:
        'The kind of object: a workload for each pod, Services, ConfigMaps, claims, and the optional PodDisruptionBudgets and NetworkPolicies.',
    },
    metadata,
    data: { type: 'object', description: "ConfigMap data: one key per file of the pod's config volume." },
    addressType: {
      type: 'string',
      description: 'EndpointSlice: the address family of the external IP address.',
    },
    endpoints: {
      type: 'array',
      description: 'EndpointSlice: the address of the external system, so its Service routes to it.',
    },
    spec: {
      type: 'object',
      properties: {
        ...podSpecProperties,
        replicas: {
          type: 'integer',
          description: 'How many copies of the pod run (Deployment, StatefulSet).',
        },
        selector,
        template: podTemplate,
        serviceName: {
          type: 'string',
          description:
            "StatefulSet: the headless Service that gives each pod a stable DNS name (the design's Headless service, or one Podwright generates).",
        },
        volumeClaimTemplates: {
          type: 'array',
          description:
            'StatefulSet: one PersistentVolumeClaim per pod for each persistent volume of the design.',
        },
        strategy: {
          type: 'object',
          description:
            'Recreate when the pod mounts a claim: the old pod must release it before the new one starts.',
        },
        schedule: { type: 'string', description: 'CronJob: when the job runs, in cron syntax.' },
        jobTemplate: {
          type: 'object',
          description: 'CronJob: the Job created at each run.',
          properties: { spec: { type: 'object', properties: { template: podTemplate } } },
        },
        type: {
          type: 'string',
          description:
            'Service type: NodePort or LoadBalancer publish it outside the cluster; ExternalName names an external host.',
        },
        clusterIP: {
          type: 'string',
          description:
            'None: a headless Service. DNS returns the pod addresses directly (StatefulSet pods, sharded caches).',
        },
        externalName: {
          type: 'string',
          description: 'The host of the external system; the Service gives it a name inside the cluster.',
        },
        ports: { type: 'array', description: 'The Service ports.', items: servicePort },
        podSelector: { ...selector, description: 'NetworkPolicy: the pods this policy protects.' },
        policyTypes: {
          type: 'array',
          description: 'NetworkPolicy: Ingress: only the listed sources may connect.',
        },
        ingress: {
          type: 'array',
          description:
            'NetworkPolicy: who may connect, derived from the connections of the design: the pods that connect to this one, on the ports they use.',
        },
        maxUnavailable: {
          description: 'PodDisruptionBudget: node drains take at most this many replicas at a time.',
        },
        accessModes: {
          type: 'array',
          description: 'PersistentVolumeClaim: ReadWriteOnce, mounted by one node at a time.',
        },
      },
    },
  },
};
