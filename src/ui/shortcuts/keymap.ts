/** The app-wide actions a key can trigger. */
export type ShortcutAction = 'undo' | 'redo' | 'delete' | 'copy' | 'paste' | 'duplicate' | 'clearSelection';

/** The parts of a KeyboardEvent the keymap reads, so it can be tested without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Maps a key press to an action. Ctrl and Cmd are the same modifier, so one keymap serves every
 * platform. Returns undefined for anything else, leaving the key to the browser.
 */
export function shortcutFor(event: KeyLike): ShortcutAction | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.altKey) return undefined;
  if (mod) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    if (event.shiftKey) return undefined;
    if (key === 'c') return 'copy';
    if (key === 'v') return 'paste';
    if (key === 'd') return 'duplicate';
    return undefined;
  }
  if (event.shiftKey) return undefined;
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'Escape') return 'clearSelection';
  return undefined;
}

/** What a shortcut's title shows, e.g. "Undo (Ctrl+Z)"; Mac users read ⌘. */
export function shortcutLabel(keys: string, mac: boolean): string {
  return mac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧') : keys;
}

/** Minimal view of an element, so the typing check is testable without a DOM. */
export interface ElementLike {
  tagName: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset']);

/**
 * True when keys belong to the focused control: text fields, selects, editable content, the Monaco
 * editor. There, Ctrl+Z undoes typing and Backspace deletes a character, not a pod.
 */
export function isTypingTarget(element: ElementLike | null): boolean {
  if (!element) return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'input') return !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
  if (tag === 'textarea' || tag === 'select') return true;
  if (element.isContentEditable) return true;
  // Inside a dialog (New's confirmation, the port chooser) keys answer the dialog, never the canvas.
  return Boolean(element.closest?.('.monaco-editor, [contenteditable="true"], dialog, [role="dialog"]'));
}
