/**
 * The objects behind pod volumes: a ConfigMap per file volume, a PersistentVolumeClaim per persistent
 * volume (or a claim template on a StatefulSet). Secrets are referenced, never written.
 */
import type { Pod, Volume } from '../../model/types';
import { dataKey } from '../values';
import type { YamlDocumentSpec } from '../yaml';
import type { K8sContext } from './context';
import { podLabels } from './labels';
import { objectMeta } from './objects';
import { volumeObjectName } from './pod-spec';

/** Kompose's default is 100Mi; a gibibyte is a more useful start for a real data volume. */
export const DEFAULT_VOLUME_SIZE = '1Gi';

export function claimSpec(ctx: K8sContext, pod: Pod, volume: Volume): Record<string, unknown> {
  if (!volume.size) {
    ctx.notes.add(
      'volume-size-default',
      'info',
      `Persistent volume ${volume.name} of ${pod.name} has no size; the claim requests ${DEFAULT_VOLUME_SIZE}.`,
      pod.id,
    );
  }
  return {
    accessModes: ['ReadWriteOnce'],
    resources: { requests: { storage: volume.size || DEFAULT_VOLUME_SIZE } },
  };
}

/** ConfigMaps and claims a pod needs, each a document whose range belongs to the pod. */
export function storageDocuments(ctx: K8sContext, pod: Pod): YamlDocumentSpec[] {
  const docs: YamlDocumentSpec[] = [];
  for (const volume of pod.volumes) {
    const name = volumeObjectName(pod, volume);
    if (volume.kind === 'configMap') {
      const files = volume.files ?? [];
      if (files.length === 0) {
        ctx.notes.add(
          'configmap-not-generated',
          'warning',
          `Volume ${volume.name} of ${pod.name} has no files; create ConfigMap ${name} yourself.`,
          pod.id,
        );
        continue;
      }
      const data: Record<string, string> = {};
      for (const file of files) data[dataKey(file.path)] = file.content;
      docs.push({
        value: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: objectMeta(ctx, name, podLabels(ctx, pod)),
          data,
        },
        comment: `Files of volume ${volume.name} of ${pod.name}.`,
        ids: [pod.id],
      });
    } else if (volume.kind === 'secret') {
      ctx.notes.add(
        'secret-not-generated',
        'warning',
        `Volume ${volume.name} of ${pod.name} mounts Secret ${name}; create it yourself: Podwright never writes secret values.`,
        pod.id,
      );
    } else if (volume.kind === 'persistent' && pod.workload !== 'StatefulSet') {
      if (pod.workload === 'DaemonSet' || (pod.replicas ?? 1) > 1) {
        ctx.notes.add(
          'shared-claim',
          'warning',
          `All pods of ${pod.name} share claim ${name} (ReadWriteOnce): they may not all start. A StatefulSet gives each its own.`,
          pod.id,
        );
      }
      docs.push({
        value: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: objectMeta(ctx, name, podLabels(ctx, pod)),
          spec: claimSpec(ctx, pod, volume),
        },
        comment: `Storage of volume ${volume.name} of ${pod.name}.`,
        ids: [pod.id],
      });
    }
  }
  return docs;
}

/** One note per pod naming the Secret and the keys its containers read. */
export function noteSecretKeys(ctx: K8sContext, pod: Pod, keys: readonly string[]): void {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  ctx.notes.add(
    'secret-not-generated',
    'warning',
    `Create Secret ${pod.name} with ${unique.length === 1 ? 'key' : 'keys'} ${unique.join(', ')}: Podwright never writes secret values.`,
    pod.id,
  );
}
