/**
 * Brings an editor model to a new text with whole-line edits (see ../text-edits), so the reader's
 * folding, scroll position and cursor survive every update. Edits arrive computed by the export engine;
 * only when it had to send the whole text is the diff made here.
 */
import type { editor } from 'monaco-editor/editor';
import { lineEdits, type TextEdit } from '../text-edits';

/** Applies offset edits, all relative to the model's current text, in one step. */
export function applyOffsetEdits(model: editor.ITextModel, edits: readonly TextEdit[]): void {
  if (edits.length === 0) return;
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
}

/** Sets the whole text: a plain set when the model is empty, minimal edits otherwise. */
export function replaceText(model: editor.ITextModel, text: string): void {
  if (model.getValueLength() === 0) model.setValue(text);
  else applyOffsetEdits(model, lineEdits(model.getValue(), text));
}
