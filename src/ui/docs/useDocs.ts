import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { containerLabels, exportMarkdown, findContainer, type Design } from '../../core';
import { useStore } from '../../store';
import { checkDesign } from '../problems/diagnostics';
import { parseBlocks } from './markdown-blocks';

/**
 * The documentation of a design; one export per design value (designs are immutable), sharing the
 * checks the Problems panel already ran for it.
 */
const cache = new WeakMap<Design, string>();

export function docsMarkdown(design: Design): string {
  let markdown = cache.get(design);
  if (markdown === undefined) {
    markdown = exportMarkdown(design, checkDesign(design).all);
    cache.set(design, markdown);
  }
  return markdown;
}

const selectDesign = (s: { design: Design }) => s.design;

/** How long the design must stay unchanged before the document follows it. */
const SETTLE_MS = 200;

/**
 * The design, once it has stopped changing for a moment: a burst of typing or a drag re-exports
 * once at its end rather than on every keystroke, since a large design takes a while to document.
 */
function useSettledDesign(): Design {
  const latest = useStore(selectDesign);
  const [settled, setSettled] = useState(latest);
  useEffect(() => {
    if (latest === settled) return undefined;
    const timer = setTimeout(() => setSettled(latest), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [latest, settled]);
  return settled;
}

/**
 * The current design's documentation, kept live but cheap: it follows the design once edits
 * settle, and renders in the background so the canvas and the inspector never wait for it.
 */
export function useDocsMarkdown() {
  const latest = useStore(selectDesign);
  const design = useDeferredValue(useSettledDesign());
  const markdown = useMemo(() => docsMarkdown(design), [design]);
  const blocks = useMemo(() => parseBlocks(markdown), [markdown]);
  return { markdown, blocks, stale: design !== latest };
}

const selectSingle = (s: { selection: string[] }) => (s.selection.length === 1 ? s.selection[0]! : '');

/** The selected container (when exactly one is selected) and its image labels. */
export function useSelectedContainerLabels() {
  const id = useStore(selectSingle);
  const design = useStore(selectDesign);
  return useMemo(() => {
    const ref = id ? findContainer(design, id) : undefined;
    if (!ref) return undefined;
    const labels = containerLabels(design, id)!;
    return { name: ref.container.name, podName: ref.pod.name, ...labels };
  }, [design, id]);
}
