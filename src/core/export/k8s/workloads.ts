/**
 * A pod of the design as its Kubernetes workload: apps/v1 Deployment, StatefulSet or DaemonSet,
 * batch/v1 Job or CronJob, or a bare v1 Pod.
 */
import type { Pod, Service } from '../../model/types';
import type { YamlDocumentSpec, YamlMark } from '../yaml';
import { joinName } from '../values';
import { ANNOTATION, containerKey, podAnnotations } from './annotations';
import type { K8sContext } from './context';
import { podLabels, selectorLabels } from './labels';
import { objectMeta } from './objects';
import { buildPodSpec } from './pod-spec';
import { servicePorts } from './services';
import { claimSpec, noteSecretKeys } from './storage';

/** A schedule for a CronJob that has none: hourly, and said so in a note. */
export const FALLBACK_SCHEDULE = '0 * * * *';

export interface WorkloadDocuments {
  workload: YamlDocumentSpec;
  /** Objects the workload needs that the design does not have (a StatefulSet's governing Service). */
  generated: YamlDocumentSpec[];
}

export function workloadDocuments(ctx: K8sContext, pod: Pod): WorkloadDocuments | undefined {
  if (!pod.containers.some((c) => c.role !== 'init')) {
    ctx.notes.add(
      'pod-without-containers',
      'warning',
      `${pod.name} has no container that keeps running; no workload is written.`,
      pod.id,
    );
    return undefined;
  }
  const kind = pod.workload;
  const isJob = kind === 'Job' || kind === 'CronJob';
  const podSpec = buildPodSpec(ctx, pod, {
    ...(isJob ? { restartPolicy: 'OnFailure' as const } : {}),
    claimTemplates: kind === 'StatefulSet',
  });
  noteSecretKeys(ctx, pod, podSpec.secretKeys);
  const labels = podLabels(ctx, pod);
  const selector = { matchLabels: selectorLabels(ctx, pod) };
  // A StatefulSet writes its persistent volumes apart, as claim templates, after the others.
  const volumeOrder =
    kind === 'StatefulSet'
      ? [
          ...pod.volumes.filter((v) => v.kind !== 'persistent'),
          ...pod.volumes.filter((v) => v.kind === 'persistent'),
        ]
      : pod.volumes;
  const metadata = objectMeta(
    ctx,
    pod.name,
    labels,
    podAnnotations(ctx.lookup, pod, podSpec.order, volumeOrder),
  );
  const template = { metadata: { labels }, spec: podSpec.spec };
  // Left out when the design leaves it out: Kubernetes defaults to one.
  const replicas = pod.replicas !== undefined ? { replicas: pod.replicas } : {};
  if ((pod.replicas ?? 1) !== 1 && !(kind === 'Deployment' || kind === 'StatefulSet')) {
    ctx.notes.add(
      'replicas-ignored',
      'info',
      `A ${kind} has no replica count; ${pod.replicas} replicas of ${pod.name} are not written.`,
      pod.id,
    );
  }
  const generated: YamlDocumentSpec[] = [];
  let value: Record<string, unknown>;
  let prefix: (string | number)[] = ['spec', 'template', 'spec'];
  switch (kind) {
    case 'StatefulSet': {
      const governing = governingService(ctx, pod);
      if (governing.generated) generated.push(governing.generated);
      const claims = pod.volumes.filter((v) => v.kind === 'persistent');
      value = workload('apps/v1', kind, metadata, {
        serviceName: governing.name,
        ...replicas,
        selector,
        template,
        ...(claims.length > 0
          ? {
              volumeClaimTemplates: claims.map((volume) => ({
                metadata: { name: volume.name },
                spec: claimSpec(ctx, pod, volume),
              })),
            }
          : {}),
      });
      break;
    }
    case 'DaemonSet':
      value = workload('apps/v1', kind, metadata, { selector, template });
      break;
    case 'Job':
      value = workload('batch/v1', kind, metadata, { template });
      break;
    case 'CronJob': {
      let schedule = pod.schedule?.trim();
      if (!schedule) {
        schedule = FALLBACK_SCHEDULE;
        ctx.notes.add(
          'cronjob-without-schedule',
          'warning',
          `CronJob ${pod.name} has no schedule; written as "${schedule}".`,
          pod.id,
        );
      }
      value = workload('batch/v1', kind, metadata, { schedule, jobTemplate: { spec: { template } } });
      prefix = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
      break;
    }
    case 'Pod':
      value = workload('v1', kind, metadata, podSpec.spec);
      prefix = ['spec'];
      break;
    default: {
      // A claim shared by several replicas of a Deployment cannot be rolled: the old pod must go first.
      const hasClaim = pod.volumes.some((v) => v.kind === 'persistent');
      value = workload('apps/v1', 'Deployment', metadata, {
        ...replicas,
        selector,
        ...(hasClaim ? { strategy: { type: 'Recreate' } } : {}),
        template,
      });
    }
  }
  const marks: YamlMark[] = podSpec.marks.map((mark) => ({ ...mark, path: [...prefix, ...mark.path] }));
  for (const container of pod.containers) {
    const ids = ctx.lookup.connectionsFrom(container.id).map((c) => c.id);
    if (ids.length > 0)
      marks.push({ path: ['metadata', 'annotations', containerKey('connections', container)], ids });
  }
  const comment = [pod.description, pod.owner ? `Owner: ${pod.owner}` : ''].filter(Boolean).join('\n');
  return { workload: { value, ...(comment ? { comment } : {}), ids: [pod.id], marks }, generated };
}

function workload(
  apiVersion: string,
  kind: string,
  metadata: Record<string, unknown>,
  spec: Record<string, unknown>,
): Record<string, unknown> {
  return { apiVersion, kind, metadata, spec };
}

/**
 * A StatefulSet names the headless Service that gives its pods their DNS names. The design's own
 * Headless service selecting the pod, when it has one; else one is generated and marked so.
 */
function governingService(ctx: K8sContext, pod: Pod): { name: string; generated?: YamlDocumentSpec } {
  const own = ctx.lookup.servicesOf(pod.id).find((s) => s.type === 'Headless');
  if (own) return { name: own.name };
  const taken = new Set(ctx.design.services.map((s) => s.name));
  const name = taken.has(pod.name) ? joinName(pod.name, 'headless') : pod.name;
  ctx.notes.add(
    'statefulset-service-generated',
    'info',
    `StatefulSet ${pod.name} needs a headless Service for its pods' DNS names; ${name} is generated. Add a Headless service to the design to own it.`,
    pod.id,
  );
  const ports = pod.containers
    .filter((c) => c.role !== 'init')
    .flatMap((c) => c.ports.filter((p) => p.scope !== 'localhost'));
  const stand: Service = {
    id: '',
    name,
    description: '',
    type: 'Headless',
    pod: pod.id,
    ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.name, protocol: p.protocol })),
  };
  const value = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: objectMeta(ctx, name, podLabels(ctx, pod), { [ANNOTATION.generated]: 'true' }),
    spec: { clusterIP: 'None', selector: selectorLabels(ctx, pod), ports: servicePorts(ctx, stand) },
  };
  return {
    name,
    generated: { value, comment: `Governing Service of StatefulSet ${pod.name}, generated.`, ids: [pod.id] },
  };
}
