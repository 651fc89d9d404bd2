import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import {
  extractFragment,
  pasteChanges,
  sampleDesign,
  tryApplyChanges,
  type ChangeResult,
  type Design,
  type DesignChange,
  type Fragment,
} from '../core';
import { emptyHistory, record, redo, undo, type Capture, type History } from './history';
import { designStorage, PERSIST_KEY, PERSIST_VERSION, restorePersisted } from './persistence';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

export type SelectMode = 'replace' | 'add' | 'toggle';

export interface UiState {
  snapToGrid: boolean;
  manifestTab: 'k8s' | 'compose';
}

export interface PodwrightState {
  design: Design;
  history: History;
  /** The design before a gesture in progress (a drag); its end records one undo step. */
  gestureStart?: Design;
  selection: string[];
  notices: Notice[];
  clipboard?: Fragment;
  ui: UiState;

  /** Applies changes as one step (all or nothing). A refusal is returned and shown as a notice. */
  apply(changes: DesignChange | DesignChange[], capture?: Capture): ChangeResult;
  /** Replaces the design (New, Open, import): one undo step, selection cleared. */
  replaceDesign(design: Design): void;
  beginGesture(): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  select(ids: string[], mode?: SelectMode): void;
  copySelection(): void;
  paste(): void;
  duplicateSelection(): void;
  deleteSelection(): void;
  notify(kind: Notice['kind'], message: string): void;
  dismiss(id: number): void;
  setUi(patch: Partial<UiState>): void;
}

export type PodwrightStore = StoreApi<PodwrightState>;

export interface StoreOptions {
  /** The design to start with when nothing is saved; the sample by default. */
  initialDesign?: Design;
  /** Where the document is saved; null for none (tests). Defaults to localStorage. */
  storage?: PersistStorage<{ design: Design }> | null;
  /** Clock for history merging; tests pass a fake. */
  now?: () => number;
}

let noticeSerial = 0;

/**
 * Creates a Podwright store. One factory, middleware only here at the root; each test makes its own.
 * Only the document is persisted; history, selection and UI state live for the session.
 */
export function createPodwrightStore(options: StoreOptions = {}): PodwrightStore {
  const now = options.now ?? (() => Date.now());
  const storage = options.storage === undefined ? designStorage() : options.storage;

  const initializer = (
    set: StoreApi<PodwrightState>['setState'],
    get: () => PodwrightState,
  ): PodwrightState => {
    const commit = (design: Design, before: Design, capture: Capture) => {
      const { gestureStart, history } = get();
      // Inside a gesture nothing is recorded until it ends.
      const next = gestureStart ? history : record(history, before, capture, now());
      set({ design, history: next });
    };
    const notify = (kind: Notice['kind'], message: string) =>
      set((s) => ({ notices: [...s.notices.slice(-4), { id: ++noticeSerial, kind, message }] }));

    return {
      design: options.initialDesign ?? sampleDesign(),
      history: emptyHistory(),
      selection: [],
      notices: [],
      ui: { snapToGrid: true, manifestTab: 'k8s' },

      apply(changes, capture = { kind: 'push' }) {
        const before = get().design;
        const result = tryApplyChanges(before, Array.isArray(changes) ? changes : [changes]);
        if (!result.ok) {
          notify('error', result.error.message);
          return result;
        }
        if (result.design !== before) commit(result.design, before, capture);
        return result;
      },
      replaceDesign(design) {
        const before = get().design;
        commit(design, before, { kind: 'push' });
        set({ selection: [] });
      },
      beginGesture() {
        if (!get().gestureStart) set({ gestureStart: get().design });
      },
      endGesture() {
        const { gestureStart, design, history } = get();
        if (!gestureStart) return;
        const changed = gestureStart !== design;
        set({
          gestureStart: undefined,
          history: changed ? record(history, gestureStart, { kind: 'push' }, now()) : history,
        });
      },
      undo() {
        const step = undo(get().history, get().design);
        if (step)
          set({
            design: step.design,
            history: step.history,
            selection: keepExisting(get().selection, step.design),
          });
      },
      redo() {
        const step = redo(get().history, get().design);
        if (step)
          set({
            design: step.design,
            history: step.history,
            selection: keepExisting(get().selection, step.design),
          });
      },
      select(ids, mode = 'replace') {
        const current = get().selection;
        if (mode === 'replace') {
          if (sameIds(current, ids)) return;
          set({ selection: ids });
        } else if (mode === 'add') {
          set({ selection: [...current, ...ids.filter((id) => !current.includes(id))] });
        } else {
          const toggled = new Set(current);
          for (const id of ids) if (!toggled.delete(id)) toggled.add(id);
          set({ selection: [...toggled] });
        }
      },
      copySelection() {
        const { design, selection } = get();
        if (selection.length > 0) set({ clipboard: extractFragment(design, selection) });
      },
      paste() {
        const { clipboard } = get();
        if (!clipboard) return;
        const changes = pasteChanges(get().design, clipboard);
        const result = get().apply(changes);
        if (result.ok) set({ selection: changes.flatMap(pastedId) });
      },
      duplicateSelection() {
        get().copySelection();
        get().paste();
      },
      deleteSelection() {
        const { selection } = get();
        if (selection.length === 0) return;
        const result = get().apply({ type: 'remove', ids: selection });
        if (result.ok) set({ selection: [] });
      },
      notify,
      dismiss(id) {
        set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
      },
      setUi(patch) {
        set((s) => ({ ui: { ...s.ui, ...patch } }));
      },
    };
  };

  if (!storage) return createStore<PodwrightState>()(initializer);
  return createStore<PodwrightState>()(
    persist(initializer, {
      name: PERSIST_KEY,
      version: PERSIST_VERSION,
      storage,
      partialize: (state) => ({ design: state.design }),
      merge: (persisted, current) => restorePersisted(persisted, current),
    }),
  );
}

function pastedId(change: DesignChange): string[] {
  switch (change.type) {
    case 'addPod':
      return [change.pod.id];
    case 'addService':
      return [change.service.id];
    case 'addExternal':
      return [change.external.id];
    default:
      return [];
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function keepExisting(selection: string[], design: Design): string[] {
  const ids = new Set<string>([
    ...design.pods.flatMap((p) => [p.id, ...p.containers.map((c) => c.id)]),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
    ...design.connections.map((c) => c.id),
  ]);
  return selection.filter((id) => ids.has(id));
}
