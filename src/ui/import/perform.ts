import {
  mergeDesigns,
  withElkLayout,
  type Design,
  type ElkGraphNode,
  type ImportFile,
  type ImportNote,
} from '../../core';
import type { PodwrightStore } from '../../store';
import { topLevelRects } from '../../core/geometry';
import { CANVAS_LAYOUT_SIZES } from '../layout/sizes';
import { importSummary } from './input';
import { prepareImport, type PreparedImport } from './prepare';

export type ImportMode = 'new' | 'merge';

/** What the dialog shows after an import: the summary and every note, or the errors. */
export type ImportOutcome =
  | {
      ok: true;
      message: string;
      notes: ImportNote[];
      /** On a merge, the pods, services and externals that came in (selected, for the view to show). */
      added: string[];
    }
  | { ok: false; message: string; errors: ImportNote[] };

/** Runs ELK on a design and hands the answer to `apply`; the app's is the worker (`runLayout`). */
export type LayoutRunner = <T>(design: Design, apply: (result: ElkGraphNode) => T) => Promise<T>;

/** Runs the core import; the app's runs it in a worker (`importInWorker`). */
export type ImportRunner = (files: readonly ImportFile[]) => Promise<PreparedImport>;

/** The import on this thread: for tests, and where workers are unavailable. */
export const importHere: ImportRunner = async (files) => prepareImport(files);

/** Room between the current picture and a merged import, so the two read as separate groups. */
const MERGE_GAP = 160;

/**
 * Imports files into the store: the core import, then ELK layout, then one undo step (a new design, or
 * the current one with the import merged beside it), then a notice. On an import error nothing in
 * the store changes except the error notice; when layout fails the import still lands, unlaid.
 */
export async function performImport(
  store: PodwrightStore,
  files: readonly ImportFile[],
  mode: ImportMode,
  layout: LayoutRunner,
  { notesHint = false, importer = importHere }: { notesHint?: boolean; importer?: ImportRunner } = {},
): Promise<ImportOutcome> {
  const { notify } = store.getState();
  const prepared = await importer(files);
  if (!prepared.ok) {
    notify('error', prepared.message);
    return { ok: false, message: prepared.message, errors: prepared.errors };
  }
  let imported = prepared.design;
  try {
    imported = await layout(imported, (result) => withElkLayout(imported, result, CANVAS_LAYOUT_SIZES));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    notify('error', `Automatic layout failed (${why}); the import is placed in rows instead.`);
  }
  // Read the design only now: the person may have edited it while the layout ran.
  const current = store.getState().design;
  let next = imported;
  let renamed = 0;
  let added: string[] = [];
  if (mode === 'merge') {
    const merged = mergeDesigns(current, imported, mergeOffset(current, imported));
    if (!merged.ok) {
      const message = `The import could not be merged: ${merged.message} Nothing was changed.`;
      notify('error', message);
      return { ok: false, message, errors: [] };
    }
    next = merged.design;
    renamed = merged.renamed.length;
    const existing = new Set(topLevelIds(current));
    added = topLevelIds(next).filter((id) => !existing.has(id));
  }
  store.getState().replaceDesign(next);
  // A merge lands beside what is drawn, maybe out of view: selected, it can be shown and moved as one.
  if (added.length > 0) store.getState().select(added);
  const message = importSummary(prepared.design, prepared.notes.length, mode === 'merge', renamed);
  // An import without the dialog (a drop) says where its notes can be read.
  const hint = notesHint && prepared.notes.length > 0 ? ' Import lists the notes.' : '';
  notify('info', message + hint);
  return { ok: true, message, notes: prepared.notes, added };
}

function topLevelIds(design: Design): string[] {
  return [...design.pods, ...design.services, ...design.externals].map((entity) => entity.id);
}

/**
 * Where the merged import goes: its laid-out picture moved right of everything already on the canvas,
 * top-aligned with it. An empty current design leaves the import where the layout put it.
 */
export function mergeOffset(current: Design, imported: Design): { x: number; y: number } {
  const existing = topLevelRects(current);
  const incoming = topLevelRects(imported);
  if (existing.length === 0 || incoming.length === 0) return { x: 0, y: 0 };
  const right = Math.max(...existing.map((r) => r.x + r.width));
  const top = Math.min(...existing.map((r) => r.y));
  const left = Math.min(...incoming.map((r) => r.x));
  const incomingTop = Math.min(...incoming.map((r) => r.y));
  return { x: Math.round(right + MERGE_GAP - left), y: Math.round(top - incomingTop) };
}
