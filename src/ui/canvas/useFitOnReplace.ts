import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import { replaced } from './model/replaced';
import { selectDesign } from './selectors';

/**
 * Fits the view when a whole new design arrives (New, Open, a template, the sample): nothing of
 * the old one remains, so where the view pointed means nothing any more. Edits never move the view.
 */
export function useFitOnReplace(options: FitViewOptions) {
  const design = useStore(selectDesign);
  const flow = useReactFlow();
  const previous = useRef(design);
  useEffect(() => {
    const before = previous.current;
    previous.current = design;
    if (before === design || !replaced(before, design)) return;
    const frame = requestAnimationFrame(() => void flow.fitView(options));
    return () => cancelAnimationFrame(frame);
  }, [design, flow, options]);
}
