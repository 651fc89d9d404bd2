/**
 * Kubernetes import, the model stage: objects -> pods (workloads), services and externals (Services),
 * volume files and sizes (ConfigMaps, claims), design options (what our export generated), and
 * everything else kept as-is. Connections and roles are inferred afterwards, for both formats.
 */
import { LABEL } from '../../export/k8s';
import type { Draft } from '../draft';
import { chooseDesignName } from '../design-name';
import type { LoadedFile } from '../load/load';
import { placeAt } from '../load/source';
import { passthroughObject } from '../passthrough';
import { collectObjects, describeObject, type K8sObject } from './objects';
import { ANNOTATION, annotation, containerAnnotation, isOurs, readConnectionFacts, readHeader } from './ours';
import { isExternalService, PodSelectorIndex, readExternal, readService } from './services';
import { StorageIndex } from './storage';
import { isWorkload, readWorkload } from './workloads';

export function importKubernetes(draft: Draft, files: readonly LoadedFile[], name: string | undefined): void {
  const objects = collectObjects(files, draft.notes);
  reserveIds(draft, objects);
  const header = files.length > 0 ? readHeader(files[0]!.source.text) : undefined;
  const design = draft.design;
  const partOf = commonValue(objects.filter((o) => isWorkload(o)).map((o) => o.labels[LABEL.partOf]));
  const clues = { given: name, recorded: header?.name, partOf, file: files[0]?.source };
  // A first name for the labels the workloads are read against; the namespace and the first
  // workload, known once the objects are read, may give a better one below.
  design.name = chooseDesignName(clues);
  if (header) {
    design.description = header.description;
    design.target = { kubernetes: header.kubernetes };
  }
  const storage = new StorageIndex();
  const slices = new Map<string, K8sObject>();
  for (const object of objects) {
    storage.add(object);
    const serviceName = object.labels['kubernetes.io/service-name'];
    if (object.kind === 'EndpointSlice' && serviceName)
      slices.set(`${object.namespace}/${serviceName}`, object);
  }
  const handled = new Set<K8sObject>();
  for (const object of objects) {
    if (!isWorkload(object)) continue;
    handled.add(object);
    const pod = readWorkload(draft, object, storage, header?.name ?? partOf ?? design.name);
    if (!pod) continue;
    design.pods.push(pod);
    collectConnectionFacts(draft, object, pod.containers);
  }
  const usedSlices = new Set<K8sObject>();
  const podIndex = new PodSelectorIndex(draft);
  for (const object of objects) {
    if (object.kind !== 'Service' || object.apiVersion !== 'v1') continue;
    handled.add(object);
    if (annotation(object.annotations, ANNOTATION.generated) === 'true') continue;
    if (isExternalService(object)) {
      design.externals.push(readExternal(draft, object, slices));
      const slice = slices.get(`${object.namespace}/${object.name}`);
      if (slice && isManagedByUs(slice)) usedSlices.add(slice);
    } else {
      design.services.push(readService(draft, object, podIndex));
    }
  }
  noteNamespaces(draft, objects);
  design.name = chooseDesignName({
    ...clues,
    namespace: design.namespace,
    firstWorkload: design.pods[0]?.name,
  });
  for (const object of objects) {
    if (handled.has(object) || storage.consumed.has(object) || usedSlices.has(object)) continue;
    keepOrDrop(draft, object);
  }
}

/** Restored ids win: generated ids must not take one that a later object restores. */
function reserveIds(draft: Draft, objects: readonly K8sObject[]): void {
  for (const object of objects) {
    for (const [key, value] of Object.entries(object.annotations)) {
      if (key === ANNOTATION.id || key.startsWith('id.container.podwright.io/')) draft.reserve(value);
      if (key.startsWith('connections.container.podwright.io/')) {
        for (const fact of readConnectionFacts(value) ?? []) draft.reserve(fact.id);
      }
    }
  }
}

function collectConnectionFacts(
  draft: Draft,
  object: K8sObject,
  containers: readonly { id: string; name: string }[],
): void {
  if (!isOurs(object.annotations)) return;
  for (const [key, value] of Object.entries(object.annotations)) {
    if (!key.startsWith('connections.container.podwright.io/')) continue;
    const rawName = key.slice('connections.container.podwright.io/'.length);
    const idKey = containerAnnotation('id', rawName);
    const id = annotation(object.annotations, idKey);
    const container = containers.find((c) => c.id === id) ?? containers.find((c) => c.name === rawName);
    if (container)
      draft.knownConnections.push({
        from: container.id,
        raw: value,
        place: placeAt(object.place, 'metadata', 'annotations', key),
      });
  }
}

function isManagedByUs(object: K8sObject): boolean {
  return object.labels[LABEL.managedBy] === 'podwright';
}

/** Objects the design has no entity for: what our export generated sets an option; the rest is kept. */
function keepOrDrop(draft: Draft, object: K8sObject): void {
  const design = draft.design;
  const ours = isManagedByUs(object);
  if (object.kind === 'Namespace' && ours) {
    design.namespace = object.name;
    return;
  }
  if (object.kind === 'PodDisruptionBudget' && ours) {
    design.exportOptions = { ...design.exportOptions, podDisruptionBudgets: true };
    return;
  }
  if (object.kind === 'NetworkPolicy' && ours) {
    design.exportOptions = { ...design.exportOptions, networkPolicies: true };
    return;
  }
  if (object.kind === 'Secret') {
    draft.notes.warn(
      'secret-not-kept',
      `Secret ${object.name} is not imported: Podwright never keeps secret values. Create it in the cluster yourself.`,
      object.place,
    );
    return;
  }
  const kept = passthroughObject(
    object.apiVersion,
    object.kind,
    object.name,
    object.namespace,
    object.value,
    (path) =>
      draft.notes.warn(
        'dangerous-key',
        `The key "${String(path[path.length - 1])}" in ${describeObject(object)} is not kept.`,
        { ...placeAt(object.place, ...path), atKey: true },
      ),
  );
  (design.passthrough ??= []).push(kept);
  draft.notes.info(
    'kept-as-is',
    `${describeObject(object)} kept as-is: the design does not model ${object.kind}; a Kubernetes export writes it back.`,
    object.place,
  );
}

/** The design has one namespace: taken from the objects when they agree, noted when they do not. */
function noteNamespaces(draft: Draft, objects: readonly K8sObject[]): void {
  const modelled = objects.filter((o) => isWorkload(o) || o.kind === 'Service');
  const namespaces = [...new Set(modelled.map((o) => o.namespace))];
  const named = namespaces.filter(Boolean);
  if (named.length === 1 && namespaces.length === 1 && !draft.design.namespace)
    draft.design.namespace = named[0]!;
  if (namespaces.length > 1) {
    const first = modelled.find((o) => o.namespace !== modelled[0]!.namespace)!;
    draft.notes.warn(
      'namespaces-mixed',
      `The objects live in ${namespaces.length} namespaces (${namespaces.map((n) => n || '(none)').join(', ')}); a design has one, so they are imported side by side.`,
      placeAt(first.place, 'metadata', 'namespace'),
    );
  }
}

/** The value all the items share, if they all have the same one. */
function commonValue(values: readonly (string | undefined)[]): string | undefined {
  const set = new Set(values);
  return set.size === 1 ? (values[0] ?? undefined) : undefined;
}
