/**
 * Brings an editor model to a new text with line edits narrowed to what differs (see ../text-edits), so
 * the reader's folding, scroll position and cursor survive every update. Edits arrive computed by the
 * export engine; only when it had to send the whole text is the diff made here.
 */
import type { editor } from 'monaco-editor/editor';
import { monaco } from '../monaco/setup';
import { lineEdits, narrowEdits, type TextEdit } from '../text-edits';

/**
 * Runs `change` on the model, keeping the lines each editor shows where they are on screen. Monaco keeps
 * the scroll offset, not the content, for a focused editor, so lines inserted above the view would push
 * the reader's text down; an anchor decoration on the top visible line tells where it went.
 */
export function keepingViewports(model: editor.ITextModel, change: () => void): void {
  const anchors = monaco.editor
    .getEditors()
    .filter((view) => view.getModel() === model)
    .flatMap((view) => {
      const line = view.getVisibleRanges()[0]?.startLineNumber;
      if (line === undefined || view.getScrollTop() === 0) return [];
      const offset = view.getScrollTop() - view.getTopForLineNumber(line);
      const [id] = model.deltaDecorations(
        [],
        [
          {
            range: new monaco.Range(line, 1, line, 1),
            options: { stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
          },
        ],
      );
      return id ? [{ view, id, offset }] : [];
    });
  try {
    change();
  } finally {
    for (const { view, id, offset } of anchors) {
      const range = model.getDecorationRange(id);
      model.deltaDecorations([id], []);
      if (range) {
        view.setScrollTop(
          view.getTopForLineNumber(range.startLineNumber) + offset,
          monaco.editor.ScrollType.Immediate,
        );
      }
    }
  }
}

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
  else {
    const current = model.getValue();
    applyOffsetEdits(model, narrowEdits(current, lineEdits(current, text)));
  }
}
