/** Global keyboard shortcuts (undo, redo, delete, copy, paste, duplicate, clear selection). */
export { isTypingTarget, shortcutFor, shortcutLabel, type ShortcutAction } from './keymap';
export { useShortcuts } from './useShortcuts';
