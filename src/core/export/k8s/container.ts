import type { Container, Pod } from '../../model/types';
import type { YamlMark } from '../yaml';
import type { K8sContext } from './context';
import { buildProbe } from './probes';

export interface BuiltContainer {
  value: Record<string, unknown>;
  /** Marks relative to the container object. */
  marks: YamlMark[];
  /** Names of the variables read from the pod's Secret. */
  secretKeys: string[];
}

/** The name of the Secret that holds a pod's secret variables: the pod's own name. */
export function secretName(pod: Pod): string {
  return pod.name;
}

/** One design container as a Kubernetes container. `nativeSidecar` adds `restartPolicy: Always`. */
export function buildContainer(
  ctx: K8sContext,
  pod: Pod,
  container: Container,
  nativeSidecar: boolean,
): BuiltContainer {
  const marks: YamlMark[] = [];
  const secretKeys: string[] = [];
  const value: Record<string, unknown> = { name: container.name, image: container.image };
  if (nativeSidecar) value.restartPolicy = 'Always';
  if (container.command && container.command.length > 0) value.command = [...container.command];
  if (container.args && container.args.length > 0) value.args = [...container.args];
  if (container.ports.length > 0) {
    value.ports = container.ports.map((port, index) => {
      if (port.description) marks.push({ path: ['ports', index], comment: port.description });
      return {
        name: port.name,
        containerPort: port.port,
        ...(port.protocol === 'UDP' ? { protocol: 'UDP' } : {}),
      };
    });
  }
  if (container.env.length > 0) {
    value.env = container.env.map((env, index) => {
      if (env.description) marks.push({ path: ['env', index], comment: env.description });
      if (!env.secret) return { name: env.name, ...(env.value !== undefined ? { value: env.value } : {}) };
      secretKeys.push(env.name);
      if (env.value !== undefined && env.value !== '') {
        ctx.notes.add(
          'secret-value-dropped',
          'warning',
          `${container.name}: the value of secret variable ${env.name} is not written; put it in Secret ${secretName(pod)}.`,
          container.id,
        );
      }
      const ref = {
        name: secretName(pod),
        key: env.name,
        ...(env.required === false ? { optional: true } : {}),
      };
      return { name: env.name, valueFrom: { secretKeyRef: ref } };
    });
  }
  if (container.mounts.length > 0) {
    value.volumeMounts = container.mounts.map((mount) => ({
      name: mount.volume,
      mountPath: mount.path,
      ...(mount.readOnly ? { readOnly: true } : {}),
    }));
  }
  const resources = buildResources(container);
  if (resources) value.resources = resources;
  const probes = container.probes ?? {};
  for (const [which, key] of [
    ['startup', 'startupProbe'],
    ['readiness', 'readinessProbe'],
    ['liveness', 'livenessProbe'],
  ] as const) {
    const probe = probes[which];
    const built = probe ? buildProbe(container, probe, which, ctx.notes) : undefined;
    if (built) value[key] = built;
  }
  const security = container.securityContext;
  if (security && Object.values(security).some((v) => v !== undefined)) {
    value.securityContext = {
      ...(security.runAsNonRoot !== undefined ? { runAsNonRoot: security.runAsNonRoot } : {}),
      ...(security.readOnlyRootFilesystem !== undefined
        ? { readOnlyRootFilesystem: security.readOnlyRootFilesystem }
        : {}),
      ...(security.allowPrivilegeEscalation !== undefined
        ? { allowPrivilegeEscalation: security.allowPrivilegeEscalation }
        : {}),
    };
  }
  return { value, marks, secretKeys };
}

function buildResources(container: Container): Record<string, unknown> | undefined {
  const r = container.resources;
  if (!r) return undefined;
  const requests = {
    ...(r.cpuRequest ? { cpu: r.cpuRequest } : {}),
    ...(r.memoryRequest ? { memory: r.memoryRequest } : {}),
  };
  const limits = {
    ...(r.cpuLimit ? { cpu: r.cpuLimit } : {}),
    ...(r.memoryLimit ? { memory: r.memoryLimit } : {}),
  };
  const has = (o: object) => Object.keys(o).length > 0;
  if (!has(requests) && !has(limits)) return undefined;
  return { ...(has(requests) ? { requests } : {}), ...(has(limits) ? { limits } : {}) };
}
