import { describe, expect, it } from 'vitest';
import { findTemplate, PATTERN_ACTIONS, type PatternActionId } from '../../core';
import { createPodwrightStore } from '../../store';
import { appliedMessage, applyPattern } from './apply-pattern';

const action = (id: PatternActionId) => PATTERN_ACTIONS.find((a) => a.id === id)!;

/** A fresh store holding the twemproxy template: an app ("api") beside its ambassador. */
function storeWithTemplate() {
  return createPodwrightStore({ storage: null, initialDesign: findTemplate('twemproxy-sharding')!.design() });
}
const idOf = (store: ReturnType<typeof storeWithTemplate>, name: string) =>
  store
    .getState()
    .design.pods.flatMap((p) => p.containers)
    .find((c) => c.name === name)!.id;

describe('applyPattern', () => {
  it.each([
    { pattern: 'https-sidecar' as const, added: 'tls-proxy' },
    { pattern: 'metrics-adapter' as const, added: 'api-metrics' },
    { pattern: 'log-adapter' as const, added: 'api-logs' },
  ])('$pattern adds $added as one undo step and selects it', ({ pattern, added }) => {
    const store = storeWithTemplate();
    const before = store.getState().design;
    expect(applyPattern(store, action(pattern), idOf(store, 'api'))).toBe(true);
    const state = store.getState();
    expect(state.history.past).toHaveLength(1);
    expect(state.selection).toEqual([idOf(store, added)]);
    expect(state.notices.at(-1)).toMatchObject({
      kind: 'info',
      message: expect.stringContaining(`“${added}”`),
    });
    state.undo();
    expect(store.getState().design).toBe(before);
  });

  it.each([
    { name: 'a helper', container: 'twemproxy', reason: /patterns are applied to an app container/ },
    { name: 'a missing id', container: undefined, reason: /Select an app container first/ },
  ])('refuses $name with its reason and changes nothing', ({ container, reason }) => {
    const store = storeWithTemplate();
    const before = store.getState().design;
    const id = container ? idOf(store, container) : 'no-such-id';
    expect(applyPattern(store, action('https-sidecar'), id)).toBe(false);
    expect(store.getState().design).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(reason),
    });
  });
});

describe('appliedMessage', () => {
  it.each([
    {
      name: 'a named helper with notes',
      args: ['Add HTTPS sidecar', 'tls-proxy', ['Put the certificate in the Secret.']] as const,
      text: 'Add HTTPS sidecar: added “tls-proxy”. Put the certificate in the Secret. Undo takes it back.',
    },
    {
      name: 'no name, no notes',
      args: ['Add log adapter', undefined, []] as const,
      text: 'Add log adapter: done. Undo takes it back.',
    },
  ])('$name', ({ args, text }) => {
    expect(appliedMessage(args[0], args[1], args[2])).toBe(text);
  });
});
