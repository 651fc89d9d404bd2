/**
 * Every file of the shared corpus imports without an exception, into a design that keeps the model's
 * invariants; and what the input holds (workloads, containers, images, ports) is found in the design.
 * The counting below reads the parsed YAML directly and shares no code with the importer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { integrityIssues, type Design } from '../src/core';
import { importManifests } from '../src/core/import';
import { CORPUS, corpusRows } from './import-kompose-pairs';

type Obj = Record<string, any>;

const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Pod',
  'ReplicaSet',
  'ReplicationController',
  'DeploymentConfig',
]);

interface Counted {
  workloads: number;
  containers: number;
  images: Set<string>;
  /** Per workload or Compose service (in input order): its container names and port numbers. */
  units: { containers: string[]; ports: number[] }[];
}

function podSpec(object: Obj): Obj | undefined {
  if (object.kind === 'Pod') return object.spec;
  if (object.kind === 'CronJob') return object.spec?.jobTemplate?.spec?.template?.spec;
  return object.spec?.template?.spec;
}

function countKubernetes(text: string): Counted {
  const counted: Counted = { workloads: 0, containers: 0, images: new Set(), units: [] };
  const objects = parseAllDocuments(text, { merge: true }).flatMap((doc) => {
    const value = doc.toJS() as Obj | null;
    return value?.kind?.endsWith?.('List') ? (value.items ?? []) : [value];
  });
  for (const object of objects) {
    if (!object || !WORKLOAD_KINDS.has(object.kind)) continue;
    if (object.kind === 'DeploymentConfig' && !String(object.apiVersion).startsWith('apps.openshift.io/'))
      continue;
    counted.workloads++;
    const spec = podSpec(object) ?? {};
    const all: Obj[] = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
    counted.containers += all.length;
    for (const c of all) if (c.image) counted.images.add(String(c.image));
    counted.units.push({
      containers: all.map((c) => String(c.name)),
      ports: all.flatMap((c) => (c.ports ?? []).map((p: Obj) => Number(p.containerPort))),
    });
  }
  return counted;
}

/** The container port of a Compose `ports`/`expose` entry; undefined when it is not a plain number. */
function composePort(entry: unknown): number[] {
  if (typeof entry === 'number') return [entry];
  if (entry && typeof entry === 'object') return [Number((entry as Obj).target)];
  const text = String(entry).replace(/\$\{[A-Z_a-z0-9]+:?-([^}]*)\}/g, '$1');
  const last = text.split(':').pop()!.split('/')[0]!;
  const range = /^(\d+)(?:-(\d+))?$/.exec(last);
  if (!range) return [];
  const from = Number(range[1]);
  const to = range[2] ? Number(range[2]) : from;
  return to - from > 16 ? [from] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function countCompose(text: string): Counted {
  const root = (parseAllDocuments(text, { merge: true })[0]?.toJS() ?? {}) as Obj;
  const counted: Counted = { workloads: 0, containers: 0, images: new Set(), units: [] };
  for (const [key, service] of Object.entries((root.services ?? {}) as Record<string, Obj>)) {
    counted.containers++;
    const labels = Array.isArray(service.labels) ? {} : (service.labels ?? {});
    if (labels['kompose.init.containers.image']) counted.containers++;
    const image = service.image ? String(service.image).replaceAll('$$', '$') : service.build ? key : '';
    if (image) counted.images.add(image);
    counted.units.push({
      containers: [String(service.container_name ?? key)],
      ports: [...(service.ports ?? []), ...(service.expose ?? [])].flatMap(composePort),
    });
  }
  return counted;
}

/** What the test calls a name: the same DNS-label rule Kubernetes applies, written out here. */
function label(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function findIn(design: Design, counted: Counted, format: string): void {
  const containers = design.pods.flatMap((p) => p.containers);
  expect(containers.length, 'containers').toBe(counted.containers);
  if (format !== 'compose') expect(design.pods.length, 'workloads').toBe(counted.workloads);
  else expect(design.pods.length, 'pods').toBeLessThanOrEqual(counted.containers);
  const images = new Set(containers.map((c) => c.image));
  for (const image of counted.images) expect(images.has(image), `image ${image}`).toBe(true);
  counted.units.forEach((unit, index) => {
    // Kubernetes workloads become pods in input order; Compose services are found by their unique names.
    const scope = format === 'compose' ? containers : (design.pods[index]?.containers ?? []);
    const found = unit.containers.map((name) => scope.find((c) => c.name === label(name)));
    for (const [i, container] of found.entries())
      expect(container, `container ${unit.containers[i]}`).toBeDefined();
    const pod = design.pods.find((p) => p.containers.includes(found[0]!));
    const podPorts = new Set(pod?.containers.flatMap((c) => c.ports.map((p) => p.port)));
    for (const port of unit.ports)
      expect(podPorts.has(port), `port ${port} of ${unit.containers.join(',')}`).toBe(true);
  });
}

const rows = corpusRows();
if (rows.length === 0) console.warn(`Corpus import test skipped: no corpus at ${CORPUS}.`);

describe.skipIf(rows.length === 0)('corpus import', () => {
  it('covers the whole corpus', () => {
    expect(rows.length).toBeGreaterThan(200);
  });

  it.each(rows.map((row) => [row.path, row] as const))('%s', (path, row) => {
    const text = readFileSync(join(CORPUS, path), 'utf8');
    const result = importManifests([{ name: path, text }]);
    if (path.endsWith('kustomization.yaml')) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.code)).toContain('kustomization');
      return;
    }
    if (!result.ok)
      throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message}`).join('\n'));
    expect(integrityIssues(result.design)).toEqual([]);
    for (const note of result.notes) {
      expect(note.line).toBeGreaterThanOrEqual(1);
      expect(note.file).toBe(path);
    }
    const counted = row.format === 'compose' ? countCompose(text) : countKubernetes(text);
    findIn(result.design, counted, row.format);
  });
});
