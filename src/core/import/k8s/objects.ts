/**
 * The Kubernetes objects of the input, each with its place: documents of every Kubernetes file,
 * `List` items flattened, non-objects skipped with a note.
 */
import type { LoadedFile } from '../load/load';
import { placeAt, type Place } from '../load/source';
import type { NoteSink } from '../notes';
import { dangerousKeys, get, isRecord, list, rec, str, stringMap, type Rec } from '../read';

export interface K8sObject {
  value: Rec;
  place: Place;
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export function collectObjects(files: readonly LoadedFile[], notes: NoteSink): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const file of files) {
    for (const doc of file.source.documents) {
      if (doc.value === null || doc.value === undefined) continue;
      const place: Place = { file: file.source, doc, path: [] };
      add(doc.value, place, objects, notes, 0);
    }
  }
  return objects;
}

function add(value: unknown, place: Place, objects: K8sObject[], notes: NoteSink, depth: number): void {
  if (!isRecord(value)) {
    notes.warn(
      'not-an-object',
      'This document is not a Kubernetes object (a mapping with apiVersion and kind); skipped.',
      place,
    );
    return;
  }
  const kind = str(get(value, 'kind')) ?? '';
  const apiVersion = str(get(value, 'apiVersion')) ?? '';
  if (/List$/.test(kind) && Array.isArray(get(value, 'items')) && depth === 0) {
    list(get(value, 'items')).forEach((item, i) =>
      add(item, placeAt(place, 'items', i), objects, notes, depth + 1),
    );
    return;
  }
  if (!kind || !apiVersion) {
    notes.warn(
      'not-an-object',
      `This document has no ${kind ? 'apiVersion' : 'kind'}, so it is not a Kubernetes object; skipped.`,
      place,
    );
    return;
  }
  const metadata = rec(get(value, 'metadata'));
  for (const field of ['labels', 'annotations']) {
    for (const key of dangerousKeys(get(metadata, field))) {
      notes.warn('dangerous-key', `The ${field.slice(0, -1)} key "${key}" is not allowed; it is left out.`, {
        ...placeAt(place, 'metadata', field, key),
        atKey: true,
      });
    }
  }
  objects.push({
    value,
    place,
    apiVersion,
    kind,
    name: str(get(metadata, 'name')) ?? str(get(metadata, 'generateName')) ?? '',
    namespace: str(get(metadata, 'namespace')) ?? '',
    labels: stringMap(get(metadata, 'labels')),
    annotations: stringMap(get(metadata, 'annotations')),
  });
}

/** "Deployment web" for messages. */
export function describeObject(object: K8sObject): string {
  return object.name ? `${object.kind} ${object.name}` : object.kind;
}
