import {
  useReactFlow,
  useStoreApi as useFlowStoreApi,
  type Connection,
  type Edge,
  type IsValidConnection,
} from '@xyflow/react';
import type { TargetPort } from '../../core';
import { useCallback, useState } from 'react';
import { useStoreApi } from '../../store';
import { connectChanges, isLinkable, planLink } from './model/connect';
import { geometryOf, type XY } from '../../core/geometry';

/** A connection waiting for its port to be chosen. */
export interface PendingLink {
  from: string;
  to: string;
  targetName: string;
  ports: TargetPort[];
  /** Where to show the chooser, relative to the canvas: at the top of the target node. */
  anchor: XY;
}

/**
 * Dragging from a handle: a container to a container, Service or external makes a connection
 * (asking for the port when there are several); a Service to a pod attaches the Service.
 */
export function useLinking() {
  const store = useStoreApi();
  const flow = useReactFlow();
  const flowStore = useFlowStoreApi();
  const [pending, setPending] = useState<PendingLink>();

  const isValidConnection: IsValidConnection = useCallback(
    (link: Edge | Connection) => isLinkable(store.getState().design, link.source, link.target),
    [store],
  );

  const onConnect = useCallback(
    (link: Connection) => {
      const state = store.getState();
      const plan = planLink(state.design, link.source, link.target);
      if (plan.kind === 'refuse') {
        state.notify('error', plan.message);
      } else if (plan.kind === 'apply') {
        const result = state.apply(plan.changes);
        if (result.ok && plan.select) state.select([plan.select]);
        if (result.ok && plan.notice) state.notify('info', plan.notice);
      } else {
        const rect = geometryOf(state.design).rects.get(plan.to);
        const canvas = flowStore.getState().domNode?.getBoundingClientRect();
        const screen = rect
          ? flow.flowToScreenPosition({ x: rect.x + rect.width / 2, y: rect.y })
          : undefined;
        const anchor =
          screen && canvas ? { x: screen.x - canvas.left, y: screen.y - canvas.top } : { x: 200, y: 120 };
        setPending({ ...plan, anchor });
      }
    },
    [flow, flowStore, store],
  );

  const choose = useCallback(
    (port: string) => {
      if (!pending) return;
      const state = store.getState();
      const { changes, select } = connectChanges(pending.from, pending.to, port);
      if (state.apply(changes).ok) state.select([select]);
      setPending(undefined);
    },
    [pending, store],
  );

  const cancel = useCallback(() => setPending(undefined), []);

  return { isValidConnection, onConnect, pending, choose, cancel };
}
