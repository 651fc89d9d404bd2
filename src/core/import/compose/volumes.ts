/**
 * The volumes of a pod made of Compose services: named volumes (persistent, or emptyDir when only
 * the pod's own containers share one), anonymous and tmpfs volumes (emptyDir), configs (configMap
 * files), secrets (secret volumes) and bind mounts (whose host content the import cannot read).
 */
import type { Mount, Volume } from '../../model/types';
import type { Draft } from '../draft';
import { get, isRecord, scalarText } from '../read';
import type { ComposeMount } from './mounts';
import type { ServiceSpec } from './service-spec';

export interface VolumeUse {
  /** Named volume -> the pods (group keys) and services that mount it. */
  pods: Map<string, Set<string>>;
  services: Map<string, Set<string>>;
}

export function countVolumeUse(
  groups: readonly { key: string; members: readonly ServiceSpec[] }[],
): VolumeUse {
  const use: VolumeUse = { pods: new Map(), services: new Map() };
  for (const group of groups) {
    for (const member of group.members) {
      for (const mount of member.mounts) {
        if (mount.type !== 'volume') continue;
        if (!use.pods.has(mount.source)) use.pods.set(mount.source, new Set());
        if (!use.services.has(mount.source)) use.services.set(mount.source, new Set());
        use.pods.get(mount.source)!.add(group.key);
        use.services.get(mount.source)!.add(member.key);
      }
    }
  }
  return use;
}

export class PodVolumes {
  readonly volumes: Volume[] = [];
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, Volume>();

  constructor(
    private readonly draft: Draft,
    private readonly podId: string,
    private readonly podName: string,
    private readonly configs: unknown,
    private readonly use: VolumeUse,
  ) {}

  /** The design mount for one Compose mount, creating its volume on first use; undefined when dropped. */
  mount(member: ServiceSpec, mount: ComposeMount): Mount | undefined {
    const notes = this.draft.notes;
    switch (mount.type) {
      case 'volume': {
        const pods = this.use.pods.get(mount.source)?.size ?? 1;
        const services = this.use.services.get(mount.source)?.size ?? 1;
        const scratch = pods === 1 && services > 1;
        if (pods > 1) {
          notes.warn(
            'compose-volume-shared',
            `Volume ${mount.source} is shared by ${pods} pods; each gets its own persistent volume (a Kubernetes claim is mounted by one pod at a time unless its storage allows more).`,
            mount.place,
            this.podId,
          );
        }
        const size = member.labels.get('kompose.volume.size');
        const volume = this.volume(
          `volume:${mount.source}`,
          mount.source,
          () => ({
            kind: scratch ? 'emptyDir' : 'persistent',
            ...(size && !scratch ? { size } : {}),
          }),
          mount,
        );
        if (scratch) {
          notes.info(
            'compose-volume-scratch',
            `Volume ${mount.source} is shared only by the containers of ${this.podName}: it becomes an emptyDir.`,
            mount.place,
            this.podId,
          );
        }
        return this.toMount(volume, mount.target, mount.readOnly);
      }
      case 'anonymous':
      case 'tmpfs': {
        const base = mount.target.split('/').filter(Boolean).pop() ?? 'scratch';
        const volume = this.volume(
          `${mount.type}:${member.key}:${mount.target}`,
          base,
          () => ({ kind: 'emptyDir' }),
          mount,
        );
        return this.toMount(volume, mount.target, mount.readOnly);
      }
      case 'bind':
        return this.bind(member, mount);
      case 'config':
        return this.config(member, mount);
      default:
        return this.secret(member, mount);
    }
  }

  private bind(member: ServiceSpec, mount: ComposeMount): Mount | undefined {
    const notes = this.draft.notes;
    if (/\.sock$/.test(mount.source)) {
      notes.info(
        'compose-bind-socket',
        `Service ${member.key} mounts the host socket ${mount.source}; a pod cannot, so it is not imported.`,
        mount.place,
        this.podId,
      );
      return undefined;
    }
    const kind = mount.readOnly ? 'configMap' : 'persistent';
    const base =
      mount.source
        .split(/[\\/]/)
        .filter((p) => p && p !== '.' && p !== '..')
        .pop() ?? 'host';
    const volume = this.volume(`bind:${mount.source}`, base, () => ({ kind }), mount);
    notes.warn(
      'compose-bind-mount',
      `Service ${member.key} mounts the host path ${mount.source}; the import cannot read it, so volume ${volume.name} is ${kind === 'configMap' ? 'a ConfigMap without files' : 'an empty persistent volume'}.`,
      mount.place,
      this.podId,
    );
    return this.toMount(volume, mount.target, mount.readOnly);
  }

  private config(member: ServiceSpec, mount: ComposeMount): Mount | undefined {
    const { dir, file } = split(mount.target);
    const definition = get(this.configs, mount.source);
    const volume = this.volume(
      `config:${member.key}:${dir}`,
      mount.source,
      () => ({ kind: 'configMap', files: [] }),
      mount,
    );
    if (!isRecord(definition)) {
      this.draft.notes.warn(
        'compose-config-missing',
        `Service ${member.key} uses config ${mount.source}, which the file does not define.`,
        mount.place,
        this.podId,
      );
    } else if (scalarText(get(definition, 'content')) !== undefined) {
      volume.files!.push({ path: file, content: scalarText(get(definition, 'content'))! });
    } else {
      const from =
        scalarText(get(definition, 'file')) ??
        scalarText(get(definition, 'environment')) ??
        'outside this file';
      this.draft.notes.info(
        'compose-config-external',
        `Config ${mount.source} comes from ${from}, which the import cannot read; its file has no content.`,
        mount.place,
        this.podId,
      );
      volume.files!.push({ path: file, content: '' });
    }
    return this.toMount(volume, dir, true);
  }

  private secret(member: ServiceSpec, mount: ComposeMount): Mount | undefined {
    const { dir } = split(mount.target);
    const volume = this.volume(
      `secret:${member.key}:${dir}`,
      mount.source,
      () => ({ kind: 'secret' }),
      mount,
    );
    this.draft.notes.info(
      'compose-secret',
      `Secret ${mount.source} of ${member.key} becomes secret volume ${volume.name} at ${dir}; its value is not imported.`,
      mount.place,
      this.podId,
    );
    return this.toMount(volume, dir, true);
  }

  private volume(key: string, wanted: string, make: () => Omit<Volume, 'name'>, mount: ComposeMount): Volume {
    const found = this.byKey.get(key);
    if (found) return found;
    const name = this.draft.claimName(this.taken, wanted, 'volume', 'volume', mount.place);
    const volume = { name, ...make() } as Volume;
    this.byKey.set(key, volume);
    this.volumes.push(volume);
    return volume;
  }

  private toMount(volume: Volume, path: string, readOnly: boolean): Mount {
    return readOnly ? { volume: volume.name, path, readOnly: true } : { volume: volume.name, path };
  }
}

function split(target: string): { dir: string; file: string } {
  const slash = target.lastIndexOf('/');
  const dir = slash <= 0 ? '/' : target.slice(0, slash);
  return { dir, file: target.slice(slash + 1) || 'file' };
}
