import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { entityName, findContainer, patternActionsFor, type Design } from '../../core';
import { useStore, useStoreApi, type PodwrightState } from '../../store';
import { applyPattern } from './apply-pattern';
import './patterns.css';

interface MenuAt {
  kind: 'container' | 'connection';
  id: string;
  x: number;
  y: number;
}

const selectDesign = (s: PodwrightState) => s.design;

/** What a right-clicked canvas element offers: an app container or a connection, else nothing. */
function patternTarget(design: Design, id: string): MenuAt['kind'] | undefined {
  if (findContainer(design, id)?.container.role === 'app') return 'container';
  if (design.connections.some((c) => c.id === id)) return 'connection';
  return undefined;
}

/**
 * A context menu of the book's patterns on canvas nodes: right-click (or the context-menu key on a
 * focused node) an app container or a connection to apply one, as the inspector's Patterns section
 * does. Anything else keeps the browser's own menu. Canvas nodes carry their entity's id as
 * `data-id` (React Flow's), so this needs nothing from the canvas code.
 */
export function PatternMenu() {
  const store = useStoreApi();
  const design = useStore(selectDesign);
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const element = (event.target as Element | null)?.closest?.(
        '.react-flow__node[data-id], .react-flow__edge[data-id]',
      );
      const id = element?.getAttribute('data-id');
      if (!element || !id) return;
      const kind = patternTarget(store.getState().design, id);
      if (!kind) return;
      event.preventDefault();
      store.getState().select([id]);
      // The context-menu key reports no pointer position: open beside the element instead.
      const box = element.getBoundingClientRect();
      const fromKeyboard = event.clientX === 0 && event.clientY === 0;
      returnFocus.current = document.activeElement as HTMLElement | null;
      setMenu({
        kind,
        id,
        x: fromKeyboard ? box.left : event.clientX,
        y: fromKeyboard ? box.bottom : event.clientY,
      });
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, [store]);

  useEffect(() => {
    if (!menu) return;
    const closeOutside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setMenu(null);
    };
    const close = () => setMenu(null);
    document.addEventListener('pointerdown', closeOutside, true);
    window.addEventListener('blur', close);
    window.addEventListener('resize', close);
    document.addEventListener('wheel', close, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointerdown', closeOutside, true);
      window.removeEventListener('blur', close);
      window.removeEventListener('resize', close);
      document.removeEventListener('wheel', close, { capture: true });
    };
  }, [menu]);

  // Kept inside the window, then the first item takes the focus.
  useLayoutEffect(() => {
    const element = root.current;
    if (!menu || !element) return;
    const { width, height } = element.getBoundingClientRect();
    element.style.left = `${Math.max(4, Math.min(menu.x, window.innerWidth - width - 4))}px`;
    element.style.top = `${Math.max(4, Math.min(menu.y, window.innerHeight - height - 4))}px`;
    element.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [menu]);

  if (!menu) return null;
  const entries = patternActionsFor(design, menu.kind, menu.id);
  const name = entityName(design, menu.id) ?? (menu.kind === 'connection' ? 'connection' : 'container');
  const close = (refocus: boolean) => {
    setMenu(null);
    if (refocus) returnFocus.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close(true);
      return;
    }
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const items = [
      ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + step + items.length) % items.length]?.focus();
  };

  return (
    <div
      ref={root}
      className="pattern-menu"
      role="menu"
      aria-label={`Patterns for ${name}`}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={onKeyDown}
    >
      <p className="pattern-menu-title" aria-hidden="true">
        Apply a pattern to {name}
      </p>
      {entries.map(({ action, result }) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          className="pattern-menu-item"
          disabled={!result.ok}
          title={result.ok ? action.pattern : result.reason}
          onClick={() => {
            close(false);
            applyPattern(store, action, menu.id);
          }}
        >
          <span className={`pattern-mark pattern-${action.id}`} aria-hidden="true" />
          <span className="pattern-menu-text">
            {action.title}
            {result.ok ? null : <span className="pattern-menu-why">{result.reason}</span>}
          </span>
        </button>
      ))}
    </div>
  );
}
