/**
 * The Kompose fixture pairs of the shared corpus (Compose input -> the Kubernetes output Kompose is
 * tested to produce), read from index.tsv, and a summary of Kubernetes objects that the comparison
 * test uses on both sides. The summary is deliberately independent of the importer's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

export interface CorpusRow {
  path: string;
  format: 'k8s' | 'compose' | 'kompose-expected';
  notes: string;
}

export function corpusRows(): CorpusRow[] {
  const index = join(CORPUS, 'index.tsv');
  if (!existsSync(index)) return [];
  return readFileSync(index, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [path, format, , , , notes] = line.split('\t');
      return { path: path!, format: format as CorpusRow['format'], notes: notes ?? '' };
    });
}

export interface KomposePair {
  test: string;
  inputs: string[];
  expected: string;
  flags: string;
}

/** Rows like "kompose expected output of test 'v2' <- input a.yaml, b.yaml; flags: --x | …". */
export function komposePairs(): KomposePair[] {
  return corpusRows()
    .filter((row) => row.format === 'kompose-expected')
    .flatMap((row) => {
      const match = /test '([^']+)' <- input ([^;|]+?)(?:; flags: ([^|]*))?(?: \||$)/.exec(row.notes);
      if (!match) return [];
      return [
        {
          test: match[1]!,
          inputs: match[2]!.split(', ').map((p) => `kompose/${p.trim()}`),
          expected: row.path,
          flags: (match[3] ?? '').trim(),
        },
      ];
    });
}

export interface WorkloadSummary {
  kind: string;
  containers: Map<string, { image: string; ports: number[]; init: boolean }>;
}

export interface ObjectSummary {
  workloads: Map<string, WorkloadSummary>;
  services: Map<string, { ports: number[]; headless: boolean }>;
}

const WORKLOADS = new Set([
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

type Obj = Record<string, any>;

export function summarizeObjects(objects: readonly unknown[]): ObjectSummary {
  const summary: ObjectSummary = { workloads: new Map(), services: new Map() };
  for (const raw of objects) {
    const object = raw as Obj;
    if (!object || typeof object !== 'object') continue;
    const name = String(object.metadata?.name ?? '');
    if (WORKLOADS.has(object.kind)) {
      const spec: Obj | undefined =
        object.kind === 'Pod'
          ? object.spec
          : object.kind === 'CronJob'
            ? object.spec?.jobTemplate?.spec?.template?.spec
            : object.spec?.template?.spec;
      const containers = new Map<string, { image: string; ports: number[]; init: boolean }>();
      for (const [list, init] of [
        [spec?.containers, false],
        [spec?.initContainers, true],
      ] as const) {
        for (const c of (list ?? []) as Obj[]) {
          const native = init && c.restartPolicy === 'Always';
          containers.set(String(c.name), {
            image: String(c.image ?? ''),
            ports: ((c.ports ?? []) as Obj[]).map((p) => Number(p.containerPort)).sort((a, b) => a - b),
            init: init && !native,
          });
        }
      }
      summary.workloads.set(name, { kind: object.kind, containers });
    } else if (object.kind === 'Service') {
      summary.services.set(name, {
        ports: ((object.spec?.ports ?? []) as Obj[]).map((p) => Number(p.port)).sort((a, b) => a - b),
        headless: object.spec?.clusterIP === 'None',
      });
    }
  }
  return summary;
}

export function readObjects(path: string): unknown[] {
  return parseAllDocuments(readFileSync(join(CORPUS, path), 'utf8')).map((doc) => doc.toJS());
}
