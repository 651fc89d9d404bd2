import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { Design, Diagnostic } from '../../core';
import { useStoreApi } from '../../store';
import { requestManifestReveal } from '../manifest/reveal-channel';

/** The canvas nodes that show a finding's target: the node itself, or both ends of a connection. */
export function nodesToReveal(design: Design, target: Diagnostic['target']): string[] {
  if (target.kind === 'design') return [];
  if (target.kind === 'connection') {
    const connection = design.connections.find((c) => c.id === target.id);
    return connection ? [connection.from, connection.to.id] : [];
  }
  return [target.id];
}

/**
 * Selects a finding's target and brings it into view on the canvas, and in the manifest editor its first
 * line (at once when the editor is up, else when its tab opens next).
 */
export function useRevealTarget(): (target: Diagnostic['target']) => void {
  const store = useStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (target) => {
      const { design, select } = store.getState();
      select(target.kind === 'design' ? [] : [target.id]);
      requestManifestReveal(target.kind === 'design' ? {} : { id: target.id });
      const nodes = nodesToReveal(design, target);
      if (nodes.length > 0)
        void flow.fitView({ nodes: nodes.map((id) => ({ id })), duration: 300, maxZoom: 1.4, padding: 0.4 });
    },
    [store, flow],
  );
}
