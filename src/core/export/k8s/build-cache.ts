/**
 * The built objects of each pod, kept from one export to the next (the live editor): after a change
 * to one pod of 200, the other 199 reuse their documents, the same objects as last time, so building
 * them and computing their cache keys (yaml-cache.ts) is skipped too.
 *
 * Designs are immutable: an unchanged pod is the same object. A pod's documents (its workload, its
 * Services, claims, ConfigMaps and budget) depend on the pod itself, on the settings of the design and
 * the export, on the services, externals and connections (which Services select it, which connections
 * its containers make), and on the pods its connections name (their names go into its annotations).
 * The last three collections and the settings are the run's `epoch`: when any of them differs from
 * the last run, nothing is reused. Otherwise a pod's entry is reused when the pod and the targets of
 * its connections are the same objects as when it was built. Notes are recorded per pod and replayed.
 */
import type { Design, Pod } from '../../model/types';
import { NoteList } from '../notes';
import type { ExportNote, KubernetesExportOptions } from '../types';
import type { YamlDocumentSpec } from '../yaml';
import type { K8sContext } from './context';

interface PodEntry {
  /** What the documents were built from besides the epoch: the targets of the pod's connections. */
  targets: readonly unknown[];
  docs: readonly YamlDocumentSpec[];
  notes: readonly ExportNote[];
}

/** Design fields that are collections (compared by identity) or never exported (layout, checks). */
const NOT_SETTINGS = new Set([
  'pods',
  'services',
  'externals',
  'connections',
  'passthrough',
  'layout',
  'rules',
  'baseline',
]);

export class K8sBuildCache {
  private epoch: readonly unknown[] = [];
  private pods = new WeakMap<Pod, PodEntry>();
  /** Pods built and reused in the last run, for tests. */
  last = { built: 0, reused: 0 };
  private built = 0;
  private reused = 0;

  /** Starts a run: forgets every pod when anything besides the pods changed since the last run. */
  beginRun(design: Design, options: KubernetesExportOptions): void {
    const settings: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(design)) if (!NOT_SETTINGS.has(key)) settings[key] = value;
    const epoch = [
      design.services,
      design.externals,
      design.connections,
      JSON.stringify([settings, options]),
    ];
    if (epoch.length !== this.epoch.length || epoch.some((item, i) => item !== this.epoch[i])) {
      this.pods = new WeakMap();
    }
    this.epoch = epoch;
    this.built = 0;
    this.reused = 0;
  }

  /** The pod's documents, reused when their inputs are the same objects as last time, else built. */
  podDocuments(
    ctx: K8sContext,
    pod: Pod,
    build: (ctx: K8sContext) => YamlDocumentSpec[],
  ): YamlDocumentSpec[] {
    const targets = connectionTargets(ctx, pod);
    const entry = this.pods.get(pod);
    if (entry && sameItems(entry.targets, targets)) {
      this.reused++;
      for (const note of entry.notes) ctx.notes.add(note.code, note.severity, note.message, note.entityId);
      return [...entry.docs];
    }
    // Built against a note list of its own, replayed into the run's: the same notes, in the same order.
    const own = new NoteList();
    const docs = build({ ...ctx, notes: own });
    for (const note of own.notes) ctx.notes.add(note.code, note.severity, note.message, note.entityId);
    this.pods.set(pod, { targets, docs, notes: own.notes });
    this.built++;
    return docs;
  }

  endRun(): void {
    this.last = { built: this.built, reused: this.reused };
  }
}

/** The entities the pod's connections point at, as the lookup resolves them (first id wins). */
function connectionTargets(ctx: K8sContext, pod: Pod): unknown[] {
  // Its Services are written with the first pod of its id (a duplicate id is another pod's).
  const targets: unknown[] = [ctx.lookup.pod(pod.id)];
  for (const container of pod.containers) {
    for (const connection of ctx.lookup.connectionsFrom(container.id)) {
      const id = connection.to.id;
      targets.push(ctx.lookup.container(id)?.pod ?? ctx.lookup.pod(id) ?? null);
    }
  }
  return targets;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
