/**
 * Pod volumes in Compose: emptyDir and persistent volumes are named volumes (`<pod>-<volume>`) that
 * the pod's services share; a configMap volume's files are top-level `configs` with inline content,
 * mounted file by file; a secret volume is a top-level `secrets` entry read from a local file.
 */
import type { Container, Design, Pod, Volume } from '../../model/types';
import type { NoteList } from '../notes';
import { dataKey, joinName } from '../values';

export interface TopLevelStorage {
  volumes: Record<string, Record<string, unknown>>;
  configs: Record<string, Record<string, unknown>>;
  secrets: Record<string, Record<string, unknown>>;
}

export function volumeName(pod: Pod, volume: Volume): string {
  return joinName(pod.name, volume.name);
}

function configName(pod: Pod, volume: Volume, path: string): string {
  return `${volumeName(pod, volume)}-${dataKey(path)}`;
}

export function secretFile(pod: Pod, volume: Volume): string {
  return `./secrets/${volumeName(pod, volume)}`;
}

export function topLevelStorage(design: Design, notes: NoteList): TopLevelStorage {
  const storage: TopLevelStorage = { volumes: {}, configs: {}, secrets: {} };
  for (const pod of design.pods) {
    for (const volume of pod.volumes) {
      const name = volumeName(pod, volume);
      if (volume.kind === 'emptyDir' || volume.kind === 'persistent') {
        storage.volumes[name] = {};
        if (volume.kind === 'persistent' && pod.workload === 'StatefulSet' && (pod.replicas ?? 1) > 1) {
          notes.add(
            'compose-shared-volume',
            'warning',
            `Compose gives the ${pod.replicas} replicas of ${pod.name} one volume ${name}, where each StatefulSet pod has its own claim.`,
            pod.id,
          );
        }
      } else if (volume.kind === 'configMap') {
        const files = volume.files ?? [];
        if (files.length === 0) {
          notes.add(
            'compose-configmap-without-files',
            'warning',
            `Volume ${volume.name} of ${pod.name} has no files, so Compose mounts nothing for it.`,
            pod.id,
          );
        }
        for (const file of files)
          storage.configs[configName(pod, volume, file.path)] = { content: file.content };
      } else {
        storage.secrets[name] = { file: secretFile(pod, volume) };
        notes.add(
          'compose-secret-file',
          'info',
          `Secret volume ${volume.name} of ${pod.name} reads ${secretFile(pod, volume)}: create that file; Podwright never writes secret values.`,
          pod.id,
        );
      }
    }
  }
  return storage;
}

/** The `volumes`, `configs` and `secrets` entries of one container's service. */
export function serviceMounts(pod: Pod, container: Container, notes: NoteList): Record<string, unknown[]> {
  const volumes: unknown[] = [];
  const configs: unknown[] = [];
  const secrets: unknown[] = [];
  for (const mount of container.mounts) {
    const volume = pod.volumes.find((v) => v.name === mount.volume);
    if (!volume) {
      notes.add(
        'mount-without-volume',
        'warning',
        `${container.name} mounts ${mount.volume}, which ${pod.name} does not have; left out.`,
        container.id,
      );
      continue;
    }
    if (volume.kind === 'configMap') {
      const base = mount.path.replace(/\/+$/, '');
      for (const file of volume.files ?? []) {
        configs.push({
          source: configName(pod, volume, file.path),
          target: `${base}/${file.path.replace(/^\/+/, '')}`,
        });
      }
    } else if (volume.kind === 'secret') {
      secrets.push({ source: volumeName(pod, volume), target: mount.path });
    } else {
      volumes.push({
        type: 'volume',
        source: volumeName(pod, volume),
        target: mount.path,
        ...(mount.readOnly ? { read_only: true } : {}),
      });
    }
  }
  const out: Record<string, unknown[]> = {};
  if (volumes.length > 0) out.volumes = volumes;
  if (configs.length > 0) out.configs = configs;
  if (secrets.length > 0) out.secrets = secrets;
  return out;
}
