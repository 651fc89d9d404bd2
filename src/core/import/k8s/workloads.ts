/**
 * A workload object as a design pod: its pod template's containers and volumes, its replicas and
 * schedule, its labels, and whatever our own annotations restore.
 */
import type { Container, Pod, Volume, WorkloadKind } from '../../model/types';
import type { Draft } from '../draft';
import { placeAt, type Place } from '../load/source';
import { dangerousKeys, dig, get, int, isRecord, list, scalarText, stringMap, unhandledKeys } from '../read';
import { readContainer, type PodContext } from './container';
import type { K8sObject } from './objects';
import { ANNOTATION, annotation, isOurs, ownRole } from './ours';
import { podLabelsFrom } from './labels';
import { claimSpecVolume, readVolume, type StorageIndex } from './storage';

interface WorkloadShape {
  workload: WorkloadKind;
  /** Path of the pod template inside the object; empty for a bare Pod. */
  template: string[];
  handled: string[];
  /** Said once when the kind is read as a close relative. */
  as?: string;
}

const SHAPES: Record<string, WorkloadShape> = {
  Deployment: {
    workload: 'Deployment',
    template: ['spec', 'template'],
    handled: ['replicas', 'selector', 'template', 'strategy'],
  },
  StatefulSet: {
    workload: 'StatefulSet',
    template: ['spec', 'template'],
    handled: ['replicas', 'selector', 'template', 'serviceName', 'volumeClaimTemplates'],
  },
  DaemonSet: { workload: 'DaemonSet', template: ['spec', 'template'], handled: ['selector', 'template'] },
  Job: { workload: 'Job', template: ['spec', 'template'], handled: ['template'] },
  CronJob: {
    workload: 'CronJob',
    template: ['spec', 'jobTemplate', 'spec', 'template'],
    handled: ['schedule', 'jobTemplate'],
  },
  Pod: { workload: 'Pod', template: [], handled: [] },
  ReplicaSet: {
    workload: 'Deployment',
    template: ['spec', 'template'],
    handled: ['replicas', 'selector', 'template'],
    as: 'a Deployment (it manages a ReplicaSet the same way)',
  },
  ReplicationController: {
    workload: 'Deployment',
    template: ['spec', 'template'],
    handled: ['replicas', 'selector', 'template'],
    as: 'a Deployment (ReplicationController is its legacy predecessor)',
  },
  DeploymentConfig: {
    workload: 'Deployment',
    template: ['spec', 'template'],
    handled: ['replicas', 'selector', 'template'],
    as: 'a Deployment (OpenShift DeploymentConfig); its triggers and strategy are not imported',
  },
};

export function isWorkload(object: K8sObject): boolean {
  return (
    Object.hasOwn(SHAPES, object.kind) &&
    (object.kind !== 'DeploymentConfig' || object.apiVersion.startsWith('apps.openshift.io/'))
  );
}

const POD_SPEC_HANDLED = new Set(['containers', 'initContainers', 'volumes', 'restartPolicy']);

/** Injected at admission: present in the running pod, absent from the YAML (and so from the design). */
const INJECTORS: [string, string][] = [
  ['sidecar.istio.io/inject', 'Istio proxy'],
  ['dapr.io/enabled', 'Dapr sidecar (daprd)'],
  ['linkerd.io/inject', 'Linkerd proxy'],
  ['vault.hashicorp.com/agent-inject', 'Vault agent'],
];

export function readWorkload(
  draft: Draft,
  object: K8sObject,
  storage: StorageIndex,
  designName: string,
): Pod | undefined {
  const shape = SHAPES[object.kind]!;
  const place = object.place;
  const ours = isOurs(object.annotations);
  const templatePlace = placeAt(place, ...shape.template);
  const template = shape.template.length === 0 ? object.value : dig(object.value, ...shape.template);
  const spec = get(template, 'spec');
  if (!isRecord(spec)) {
    draft.notes.warn(
      'workload-invalid',
      `${object.kind} ${object.name} has no pod template spec; skipped.`,
      templatePlace,
    );
    return undefined;
  }
  const specPlace = placeAt(templatePlace, 'spec');
  const id = draft.claimId(annotation(object.annotations, ANNOTATION.id), 'p', place);
  const name = draft.podName(object.name, placeAt(place, 'metadata', 'name'));
  if (shape.as)
    draft.notes.info(
      'workload-kind-mapped',
      `${object.kind} ${object.name} is imported as ${shape.as}.`,
      place,
      id,
    );
  const templateLabels = stringMap(dig(template, 'metadata', 'labels'));
  for (const key of dangerousKeys(dig(template, 'metadata', 'labels'))) {
    draft.notes.warn('dangerous-key', `The label key "${key}" is not allowed; it is left out.`, {
      ...placeAt(templatePlace, 'metadata', 'labels', key),
      atKey: true,
    });
  }
  const templateAnnotations = stringMap(dig(template, 'metadata', 'annotations'));
  const pod: Pod = {
    id,
    name,
    description: annotation(object.annotations, ANNOTATION.description) ?? '',
    workload: shape.workload,
    replicas: 1,
    containers: [],
    volumes: [],
  };
  const owner = annotation(object.annotations, ANNOTATION.owner);
  if (owner) pod.owner = owner;
  if (shape.template.length > 0 && (shape.workload === 'Deployment' || shape.workload === 'StatefulSet')) {
    // Absent means Kubernetes' default of 1, which a design says by leaving replicas out.
    const replicas = int(dig(object.value, 'spec', 'replicas'));
    if (replicas === undefined) delete pod.replicas;
    else pod.replicas = replicas;
  }
  if (shape.workload === 'CronJob') {
    const schedule = scalarText(dig(object.value, 'spec', 'schedule'));
    if (schedule) pod.schedule = schedule;
  }
  draft.podOrigins.set(id, { place, namespace: object.namespace, selectable: templateLabels, ours });

  const volumeNames = new Map<string, string>();
  const volumes = readVolumes(draft, object, spec, specPlace, storage, pod, ours, volumeNames);
  pod.volumes = volumeOrder(volumes, annotation(object.annotations, ANNOTATION.volumes));
  const ctx: PodContext = {
    draft,
    pod,
    podPlace: place,
    annotations: object.annotations,
    ours,
    volumeNames: new Set(volumeNames.keys()),
  };
  const containerNames = new Set<string>();
  const read = (field: string, native: (raw: unknown) => boolean) =>
    list(get(spec, field)).flatMap((raw, i) => {
      const at = placeAt(specPlace, field, i);
      const isNative = native(raw);
      const result = readContainer(ctx, raw, at, isNative);
      if (!result) return [];
      const { container } = result;
      const rawName = container.name;
      container.name = draft.claimName(
        containerNames,
        rawName,
        'container',
        'container',
        placeAt(at, 'name'),
      );
      for (const mount of container.mounts) mount.volume = volumeNames.get(mount.volume) ?? mount.volume;
      const origin = draft.containerOrigins.get(container.id)!;
      const role = ours ? ownRole(object.annotations, rawName) : undefined;
      origin.nativeSidecar = isNative;
      if (role) {
        container.role = role;
        origin.roleKnown = true;
      } else if (field === 'initContainers' && !isNative) {
        container.role = 'init';
        origin.roleKnown = true;
      } else {
        container.role = field === 'containers' && i === 0 ? 'app' : 'sidecar';
      }
      origin.connectionsKnown = ours;
      noteSecretNames(draft, pod, container, result.secretRefs, at, ours);
      return [{ container, rawName }];
    });
  const main = read('containers', () => false);
  const init = read('initContainers', (raw) => get(raw, 'restartPolicy') === 'Always');
  if (main.length === 0)
    draft.notes.warn(
      'workload-without-containers',
      `${object.kind} ${object.name} has no containers.`,
      specPlace,
      id,
    );
  pod.containers = designOrder([...main, ...init], annotation(object.annotations, ANNOTATION.containers));
  pod.labels = podLabelsFrom(templateLabels, pod, ours, designName);
  if (Object.keys(pod.labels).length === 0) delete pod.labels;
  noteDropped(draft, object, shape, spec, specPlace, templateAnnotations, id, ours);
  return pod;
}

function readVolumes(
  draft: Draft,
  object: K8sObject,
  spec: Record<string, unknown>,
  specPlace: Place,
  storage: StorageIndex,
  pod: Pod,
  ours: boolean,
  names: Map<string, string>,
): Volume[] {
  const taken = new Set<string>();
  const volumes: Volume[] = [];
  const ctx = { draft, storage, namespace: object.namespace, podName: pod.name, podId: pod.id, ours };
  const claim = (rawName: string, at: Place) => {
    const name = draft.claimName(taken, rawName, 'volume', 'volume', at);
    names.set(rawName, name);
    return name;
  };
  list(get(spec, 'volumes')).forEach((raw, i) => {
    const at = placeAt(specPlace, 'volumes', i);
    const rawName = scalarText(get(raw, 'name'));
    if (!rawName) {
      draft.notes.warn('volume-invalid', 'A volume without a name; skipped.', at, pod.id);
      return;
    }
    volumes.push(readVolume(ctx, raw, at, claim(rawName, placeAt(at, 'name'))));
  });
  if (object.kind === 'StatefulSet') {
    list(dig(object.value, 'spec', 'volumeClaimTemplates')).forEach((raw, i) => {
      const at = placeAt(object.place, 'spec', 'volumeClaimTemplates', i);
      const rawName = scalarText(dig(raw, 'metadata', 'name'));
      if (!rawName) return;
      volumes.push(claimSpecVolume(claim(rawName, at), get(raw, 'spec')));
    });
  }
  return volumes;
}

/** Our export records the design's container order when the manifest's differs. */
/**
 * The design order of the volumes, when our export records it: a StatefulSet writes its persistent
 * volumes apart (volumeClaimTemplates), so the manifest's order may differ from the design's.
 */
function volumeOrder(volumes: Volume[], order: string | undefined): Volume[] {
  if (!order) return volumes;
  const rank = new Map(order.split(',').map((name, i) => [name, i]));
  return [...volumes].sort((a, b) => (rank.get(a.name) ?? Infinity) - (rank.get(b.name) ?? Infinity));
}

function designOrder(
  read: { container: Container; rawName: string }[],
  order: string | undefined,
): Container[] {
  if (!order) return read.map((r) => r.container);
  const rank = new Map(order.split(',').map((name, i) => [name, i]));
  return [...read]
    .sort((a, b) => (rank.get(a.rawName) ?? Infinity) - (rank.get(b.rawName) ?? Infinity))
    .map((r) => r.container);
}

function noteSecretNames(
  draft: Draft,
  pod: Pod,
  container: Container,
  refs: { env: string; secret: string; key: string }[],
  place: Place,
  ours: boolean,
): void {
  if (ours) return;
  const moved = refs.filter((ref) => ref.secret !== pod.name || ref.key !== ref.env);
  if (moved.length === 0) return;
  draft.notes.info(
    'secret-ref-renamed',
    `Container ${container.name} reads ${moved.map((r) => `${r.env} from Secret ${r.secret} key ${r.key}`).join(', ')}; a Kubernetes export reads each from Secret ${pod.name}, key = the variable's name.`,
    placeAt(place, 'env'),
    container.id,
  );
}

function noteDropped(
  draft: Draft,
  object: K8sObject,
  shape: WorkloadShape,
  spec: Record<string, unknown>,
  specPlace: Place,
  templateAnnotations: Record<string, string>,
  id: string,
  ours: boolean,
): void {
  const podFields = unhandledKeys(spec, POD_SPEC_HANDLED);
  if (podFields.length > 0) {
    draft.notes.info(
      'pod-fields-dropped',
      `${object.kind} ${object.name}: pod ${podFields.join(', ')} ${podFields.length === 1 ? 'is' : 'are'} not part of the design; not imported.`,
      { ...placeAt(specPlace, podFields[0]!), atKey: true },
      id,
    );
  }
  if (shape.template.length > 0) {
    const workloadFields = unhandledKeys(get(object.value, 'spec'), new Set(shape.handled));
    if (workloadFields.length > 0) {
      draft.notes.info(
        'workload-fields-dropped',
        `${object.kind} ${object.name}: ${workloadFields.join(', ')} not imported.`,
        { ...placeAt(object.place, 'spec', workloadFields[0]!), atKey: true },
        id,
      );
    }
  }
  const all = { ...object.annotations, ...templateAnnotations };
  for (const [key, what] of INJECTORS) {
    if (Object.hasOwn(all, key) && all[key] !== 'false') {
      draft.notes.info(
        'sidecar-injected',
        `${object.kind} ${object.name} gets a ${what} injected at admission (${key}); it is not in the YAML, so it is not in the design.`,
        placeAt(object.place, 'metadata'),
        id,
      );
    }
  }
  if (!ours) {
    const foreign = Object.keys(all).filter((key) => !key.includes('podwright.io/'));
    if (foreign.length > 0) {
      draft.notes.info(
        'annotations-dropped',
        `${object.kind} ${object.name}: annotations ${foreign.join(', ')} are not part of the design; not imported.`,
        placeAt(object.place, 'metadata', 'annotations'),
        id,
      );
    }
  }
}
