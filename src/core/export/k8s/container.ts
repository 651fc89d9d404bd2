import type { Container, Pod } from '../../model/types';
import { put } from '../values';
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
      const out: Record<string, unknown> = { name: port.name, containerPort: port.port };
      if (port.protocol === 'UDP') out.protocol = 'UDP';
      return out;
    });
  }
  if (container.env.length > 0) {
    value.env = container.env.map((env, index) => {
      if (env.description) marks.push({ path: ['env', index], comment: env.description });
      if (!env.secret) {
        const out: Record<string, unknown> = { name: env.name };
        if (env.value !== undefined) out.value = env.value;
        return out;
      }
      secretKeys.push(env.name);
      if (env.value !== undefined && env.value !== '') {
        ctx.notes.add(
          'secret-value-dropped',
          'warning',
          `${container.name}: the value of secret variable ${env.name} is not written; put it in Secret ${secretName(pod)}.`,
          container.id,
        );
      }
      const ref: Record<string, unknown> = { name: secretName(pod), key: env.name };
      if (env.required === false) ref.optional = true;
      return { name: env.name, valueFrom: { secretKeyRef: ref } };
    });
  }
  if (container.mounts.length > 0) {
    value.volumeMounts = container.mounts.map((mount) => {
      const out: Record<string, unknown> = { name: mount.volume, mountPath: mount.path };
      if (mount.readOnly) out.readOnly = true;
      return out;
    });
  }
  const resources = buildResources(container);
  if (resources) value.resources = resources;
  const probes = container.probes;
  if (probes) {
    // Written in the order the kubelet uses them: startup first, then readiness and liveness.
    if (probes.startup)
      put(value, 'startupProbe', buildProbe(container, probes.startup, 'startup', ctx.notes));
    if (probes.readiness)
      put(value, 'readinessProbe', buildProbe(container, probes.readiness, 'readiness', ctx.notes));
    if (probes.liveness)
      put(value, 'livenessProbe', buildProbe(container, probes.liveness, 'liveness', ctx.notes));
  }
  const security = container.securityContext;
  if (security) {
    const out: Record<string, unknown> = {};
    put(out, 'runAsNonRoot', security.runAsNonRoot);
    put(out, 'readOnlyRootFilesystem', security.readOnlyRootFilesystem);
    put(out, 'allowPrivilegeEscalation', security.allowPrivilegeEscalation);
    if (Object.keys(out).length > 0) value.securityContext = out;
  }
  return { value, marks, secretKeys };
}

function buildResources(container: Container): Record<string, unknown> | undefined {
  const r = container.resources;
  if (!r) return undefined;
  const requests: Record<string, string> = {};
  put(requests, 'cpu', r.cpuRequest || undefined);
  put(requests, 'memory', r.memoryRequest || undefined);
  const limits: Record<string, string> = {};
  put(limits, 'cpu', r.cpuLimit || undefined);
  put(limits, 'memory', r.memoryLimit || undefined);
  const out: Record<string, unknown> = {};
  if (Object.keys(requests).length > 0) out.requests = requests;
  if (Object.keys(limits).length > 0) out.limits = limits;
  return Object.keys(out).length > 0 ? out : undefined;
}
