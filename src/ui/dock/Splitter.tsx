import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  label: string;
  /** The height of the panel below, in pixels. */
  value: number;
  min: number;
  max: number;
  controls: string;
  onChange(height: number): void;
  onToggle(): void;
}

const STEP = 24;
const PAGE = 120;

/**
 * The bar above the dock: drag it, or focus it and use the arrow keys, to resize (the WAI-ARIA window
 * splitter pattern). Enter or a double click collapses the dock.
 */
export function Splitter({ label, value, min, max, controls, onChange, onToggle }: SplitterProps) {
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(drag.current.startHeight + (drag.current.startY - event.clientY));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowUp: value + STEP,
      ArrowDown: value - STEP,
      PageUp: value + PAGE,
      PageDown: value - PAGE,
      Home: min,
      End: max,
    };
    if (event.key in moves) {
      event.preventDefault();
      onChange(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onToggle();
    }
  };

  return (
    <div
      className="dock-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onToggle}
      onKeyDown={onKeyDown}
    />
  );
}
