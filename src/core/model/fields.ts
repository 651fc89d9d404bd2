/**
 * The fields the design format defines for each entity. The reader type-checks these and keeps any
 * other field as it is (a newer Podwright's, or a tool's); reconcile keeps what the text cannot carry.
 * One list per entity, so a field added to the types is added to both at once.
 */
export const POD_FIELDS = [
  'id',
  'name',
  'description',
  'owner',
  'workload',
  'replicas',
  'schedule',
  'labels',
  'containers',
  'volumes',
] as const;

export const CONTAINER_FIELDS = [
  'id',
  'name',
  'role',
  'roleInferred',
  'image',
  'description',
  'docsUrl',
  'sourceUrl',
  'license',
  'command',
  'args',
  'ports',
  'env',
  'mounts',
  'probes',
  'resources',
  'securityContext',
] as const;

export const SERVICE_FIELDS = ['id', 'name', 'description', 'type', 'pod', 'ports'] as const;
export const EXTERNAL_FIELDS = ['id', 'name', 'description', 'kind', 'host', 'ports'] as const;
export const CONNECTION_FIELDS = ['id', 'from', 'to', 'requires', 'weight', 'description'] as const;
