/**
 * Import: Kubernetes YAML and Compose files -> a design, like Kompose's pipeline in reverse.
 *
 *   load     guard the text, parse every document with positions, tell the format of each file
 *   model    Kubernetes objects / Compose services -> pods, containers, services, externals
 *   infer    connections (env values, depends_on, links) and roles (images, names, traffic)
 *   finalize every port named, invariants checked
 *
 * Whatever the design cannot hold becomes a coded note with file, line and column; nothing is dropped
 * in silence. An import with an error note returns no design, so a failed import changes nothing.
 */
import { importCompose } from './compose';
import { Draft } from './draft';
import { checkIntegrity, namePorts, resolveProbePorts } from './finalize';
import { inferConnections, restoreKnownConnections } from './infer/connections';
import { inferRoles } from './infer/roles';
import { importKubernetes } from './k8s';
import { loadFile, type LoadedFile } from './load/load';
import { NoteSink } from './notes';
import type { Design } from '../model/types';
import { positionOf } from './load/source';
import type { ImportFile, ImportOptions, ImportPosition, ImportResult } from './types';

export type {
  ImportFile,
  ImportNote,
  ImportNoteSeverity,
  ImportOptions,
  ImportPosition,
  ImportResult,
} from './types';
export { MAX_IMPORT_CHARS } from './load/guard';
export { mergeDesigns, type MergeRename, type MergeResult } from './merge';

/**
 * Imports Kubernetes manifests (one or many documents per file) and Compose files, detected per file,
 * into one design. Returns the design and the notes, or only notes (at least one an error) when the
 * input cannot be imported. Never throws on any input.
 */
export function importManifests(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const notes = new NoteSink();
  try {
    return run(files, options, notes);
  } catch (error) {
    // A bug of ours must not take the app or the CLI down: it is one more error, with the input's place.
    const file = files[0]?.name ?? '(input)';
    const message = error instanceof Error ? error.message : String(error);
    notes.error('import-failed', `The import failed unexpectedly: ${message}`, {
      file: { name: file, text: '', documents: [] },
      offset: 0,
    });
    return { ok: false, errors: notes.notes() };
  }
}

function run(files: readonly ImportFile[], options: ImportOptions, notes: NoteSink): ImportResult {
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const result = loadFile(file, notes, options.maxChars);
    if (result) loaded.push(result);
  }
  if (notes.hasErrors) return { ok: false, errors: notes.notes() };
  if (loaded.length === 0) {
    const place = { file: { name: files[0]?.name ?? '(input)', text: '', documents: [] }, offset: 0 };
    notes.error(
      'nothing-to-import',
      'Nothing to import: no Kubernetes objects or Compose services in the input.',
      place,
    );
    return { ok: false, errors: notes.notes() };
  }
  const draft = new Draft(notes);
  const k8s = loaded.filter((f) => f.format === 'k8s');
  const compose = loaded.filter((f) => f.format === 'compose');
  if (k8s.length > 0) importKubernetes(draft, k8s, options.name);
  const composeResult = importCompose(draft, compose, k8s.length > 0 ? draft.design.name : options.name);
  namePorts(draft);
  resolveProbePorts(draft);
  restoreKnownConnections(draft);
  inferConnections({ draft, aliases: composeResult.aliases, dependencies: composeResult.dependencies });
  inferRoles(draft);
  const design = draft.design;
  if (isEmpty(design)) {
    const place = { file: loaded[0]!.source, offset: 0 };
    notes.warn(
      'empty-design',
      'The input has no workloads, Services or Compose services: the design is empty.',
      place,
    );
  }
  checkIntegrity(draft, design);
  if (notes.hasErrors) return { ok: false, errors: notes.notes() };
  if (!options.positions) return { ok: true, design, notes: notes.notes() };
  return { ok: true, design, notes: notes.notes(), positions: entityPositions(draft, design) };
}

function entityPositions(draft: Draft, design: Design): Record<string, ImportPosition> {
  const ids = [
    ...design.pods.flatMap((pod) => [pod.id, ...pod.containers.map((c) => c.id)]),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
    ...design.connections.map((c) => c.id),
  ];
  const positions: Record<string, ImportPosition> = {};
  for (const id of ids) {
    const place = draft.placeOf(id);
    if (place) positions[id] = { file: place.file.name, ...positionOf(place) };
  }
  return positions;
}

function isEmpty(design: Design): boolean {
  return (
    design.pods.length === 0 &&
    design.services.length === 0 &&
    design.externals.length === 0 &&
    !design.passthrough?.length
  );
}
