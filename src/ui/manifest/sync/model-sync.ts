/**
 * Brings an editor model to a new text with the smallest whole-line edits (see ../text-edits), so the
 * reader's folding, scroll position and cursor survive every update.
 */
import type { editor } from 'monaco-editor/editor';
import { lineEdits } from '../text-edits';

/** What the model held after the last sync, split once and kept for the next diff. */
export interface SyncedText {
  text: string;
  lines: string[];
}

/** Applies `next` to the model and returns the new synced state. */
export function syncModelText(
  model: editor.ITextModel,
  previous: SyncedText | undefined,
  next: string,
  viewOf: () => editor.ICodeEditor | undefined,
): SyncedText {
  const lines = next.split('\n');
  // The model is read-only to the user, so it differs from what we wrote only if it was never synced.
  if (!previous || model.getValueLength() !== previous.text.length) {
    replaceAll(model, next, viewOf());
    return { text: next, lines };
  }
  const edits = lineEdits(previous.text, next, undefined, previous.lines, lines);
  if (edits.length === 0) return { text: next, lines };
  model.applyEdits(
    edits.map((edit) => {
      const start = model.getPositionAt(edit.start);
      const end = model.getPositionAt(edit.end);
      return {
        range: {
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        },
        text: edit.text,
      };
    }),
  );
  return { text: next, lines };
}

/** The fallback: replace everything, keeping the view's state where the lines still exist. */
function replaceAll(model: editor.ITextModel, text: string, view: editor.ICodeEditor | undefined) {
  const state = view?.getModel() === model ? view.saveViewState() : null;
  model.setValue(text);
  if (state && view) view.restoreViewState(state);
}
