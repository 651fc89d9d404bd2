/**
 * Pod volumes, and the ConfigMaps and PersistentVolumeClaims behind them. An object that a volume
 * uses is consumed (its files or size move into the design); one that no volume uses is kept as-is.
 */
import type { Volume, VolumeFile } from '../../model/types';
import type { Draft } from '../draft';
import { placeAt, type Place } from '../load/source';
import { dig, entries, get, isRecord, list, rec, scalarText, str } from '../read';
import type { K8sObject } from './objects';

export class StorageIndex {
  private readonly configMaps = new Map<string, K8sObject>();
  private readonly claims = new Map<string, K8sObject>();
  readonly consumed = new Set<K8sObject>();

  add(object: K8sObject): void {
    const key = `${object.namespace}/${object.name}`;
    if (object.kind === 'ConfigMap' && !this.configMaps.has(key)) this.configMaps.set(key, object);
    if (object.kind === 'PersistentVolumeClaim' && !this.claims.has(key)) this.claims.set(key, object);
  }

  configMap(namespace: string, name: string): K8sObject | undefined {
    return this.configMaps.get(`${namespace}/${name}`);
  }

  claim(namespace: string, name: string): K8sObject | undefined {
    return this.claims.get(`${namespace}/${name}`);
  }
}

export interface VolumeContext {
  draft: Draft;
  storage: StorageIndex;
  namespace: string;
  podName: string;
  podId: string;
  ours: boolean;
}

/** Reads one pod volume; unknown volume types become emptyDir, with a note, so mounts keep their meaning. */
export function readVolume(ctx: VolumeContext, raw: unknown, place: Place, name: string): Volume {
  const { draft } = ctx;
  const configMap = rec(get(raw, 'configMap'));
  if (configMap) return configMapVolume(ctx, name, configMap, placeAt(place, 'configMap'));
  if (isRecord(get(raw, 'emptyDir'))) {
    const dropped = Object.keys(get(raw, 'emptyDir') as object);
    if (dropped.length > 0) {
      draft.notes.info(
        'volume-fields-dropped',
        `Volume ${name}: emptyDir ${dropped.join(', ')} not imported.`,
        place,
        ctx.podId,
      );
    }
    return { name, kind: 'emptyDir' };
  }
  if (isRecord(get(raw, 'secret'))) {
    const secretName = str(dig(raw, 'secret', 'secretName')) ?? '';
    if (!ctx.ours && secretName !== `${ctx.podName}-${name}`) {
      draft.notes.info(
        'secret-volume-renamed',
        `Volume ${name} mounts Secret ${secretName}; a Kubernetes export names that Secret ${ctx.podName}-${name}.`,
        place,
        ctx.podId,
      );
    }
    return { name, kind: 'secret' };
  }
  const claimName = str(dig(raw, 'persistentVolumeClaim', 'claimName'));
  if (claimName !== undefined) return claimVolume(ctx, name, claimName, place);
  const type = Object.keys(isRecord(raw) ? raw : {}).find((key) => key !== 'name');
  // A volume with no source at all is an emptyDir: the API server fills that default in.
  if (type === undefined) return { name, kind: 'emptyDir' };
  draft.notes.warn(
    'volume-type-unsupported',
    `Volume ${name} is a ${type} volume, which the design does not model; it becomes an emptyDir so its mounts stay.`,
    placeAt(place, type),
    ctx.podId,
  );
  return { name, kind: 'emptyDir' };
}

function configMapVolume(
  ctx: VolumeContext,
  name: string,
  ref: Record<string, unknown>,
  place: Place,
): Volume {
  const mapName = str(get(ref, 'name')) ?? '';
  const object = ctx.storage.configMap(ctx.namespace, mapName);
  if (!object) {
    ctx.draft.notes.info(
      'configmap-missing',
      `Volume ${name} mounts ConfigMap ${mapName}, which is not in the input; the volume has no files.`,
      place,
      ctx.podId,
    );
    return { name, kind: 'configMap' };
  }
  ctx.storage.consumed.add(object);
  const data = new Map(
    entries(get(object.value, 'data')).map(([key, value]) => [key, scalarText(value) ?? '']),
  );
  if (
    isRecord(get(object.value, 'binaryData')) &&
    Object.keys(get(object.value, 'binaryData') as object).length > 0
  ) {
    ctx.draft.notes.warn(
      'configmap-binary-dropped',
      `ConfigMap ${mapName}: binaryData is not imported.`,
      placeAt(object.place, 'binaryData'),
      ctx.podId,
    );
  }
  const items = list(get(ref, 'items'));
  const files: VolumeFile[] = [];
  if (items.length > 0) {
    items.forEach((item, i) => {
      const key = scalarText(get(item, 'key')) ?? '';
      const path = scalarText(get(item, 'path')) ?? key;
      if (!data.has(key)) {
        ctx.draft.notes.warn(
          'configmap-key-missing',
          `ConfigMap ${mapName} has no key "${key}"; that file is skipped.`,
          placeAt(place, 'items', i),
          ctx.podId,
        );
        return;
      }
      files.push({ path, content: data.get(key)! });
    });
  } else {
    for (const [path, content] of data) files.push({ path, content });
  }
  return { name, kind: 'configMap', files };
}

function claimVolume(ctx: VolumeContext, name: string, claimName: string, place: Place): Volume {
  const object = ctx.storage.claim(ctx.namespace, claimName);
  if (!object) {
    ctx.draft.notes.info(
      'claim-missing',
      `Volume ${name} uses claim ${claimName}, which is not in the input; its size is unknown.`,
      place,
      ctx.podId,
    );
    return { name, kind: 'persistent' };
  }
  ctx.storage.consumed.add(object);
  return claimSpecVolume(name, get(object.value, 'spec'));
}

/** A persistent volume from a claim spec (a PersistentVolumeClaim's or a volumeClaimTemplate's). */
export function claimSpecVolume(name: string, spec: unknown): Volume {
  const size = scalarText(dig(spec, 'resources', 'requests', 'storage'));
  return size ? { name, kind: 'persistent', size } : { name, kind: 'persistent' };
}
