import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyLike } from './keymap';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it.each([
    { press: key('z', { ctrlKey: true }), action: 'undo' },
    { press: key('z', { metaKey: true }), action: 'undo' },
    { press: key('Z', { ctrlKey: true, shiftKey: true }), action: 'redo' },
    { press: key('z', { metaKey: true, shiftKey: true }), action: 'redo' },
    { press: key('y', { ctrlKey: true }), action: 'redo' },
    { press: key('c', { ctrlKey: true }), action: 'copy' },
    { press: key('v', { metaKey: true }), action: 'paste' },
    { press: key('d', { ctrlKey: true }), action: 'duplicate' },
    { press: key('Delete'), action: 'delete' },
    { press: key('Backspace'), action: 'delete' },
    { press: key('Escape'), action: 'clearSelection' },
    { press: key('z'), action: undefined },
    { press: key('c', { ctrlKey: true, shiftKey: true }), action: undefined },
    { press: key('z', { ctrlKey: true, altKey: true }), action: undefined },
    { press: key('a', { ctrlKey: true }), action: undefined },
    { press: key('Delete', { shiftKey: true }), action: undefined },
  ])(
    '$press.key ctrl=$press.ctrlKey meta=$press.metaKey shift=$press.shiftKey -> $action',
    ({ press, action }) => {
      expect(shortcutFor(press)).toBe(action);
    },
  );
});

describe('isTypingTarget', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({
    tagName,
    closest: () => null,
    ...extra,
  });
  it.each([
    { name: 'a text input', element: el('INPUT', { type: 'text' }), typing: true },
    { name: 'a number-like text input', element: el('INPUT', { type: 'url' }), typing: true },
    { name: 'a checkbox', element: el('INPUT', { type: 'checkbox' }), typing: false },
    { name: 'a textarea', element: el('TEXTAREA'), typing: true },
    { name: 'a select', element: el('SELECT'), typing: true },
    { name: 'a button', element: el('BUTTON'), typing: false },
    { name: 'editable content', element: el('DIV', { isContentEditable: true }), typing: true },
    {
      name: 'inside Monaco',
      element: el('DIV', { closest: (s: string) => (s.includes('.monaco-editor') ? {} : null) }),
      typing: true,
    },
    {
      name: 'a button in a dialog',
      element: el('BUTTON', { closest: (s: string) => (s.includes('dialog') ? {} : null) }),
      typing: true,
    },
    { name: 'the page body', element: el('BODY'), typing: false },
    { name: 'nothing focused', element: null, typing: false },
  ])('$name -> $typing', ({ element, typing }) => {
    expect(isTypingTarget(element)).toBe(typing);
  });
});
