import type { LayoutSizes, Pod } from '../../core';
import {
  CONTAINER_SIZE,
  EXTERNAL_SIZE,
  POD_CONTENT_TOP,
  POD_PADDING,
  SERVICE_SIZE,
} from '../../core/geometry';

/**
 * What the pod header (PodNode, nodes.css) takes: padding, the "POD" kind label, the name (13.5 px,
 * bold) at about 8.8 px a character and the workload badge (11 px) at about 7 px, with their gaps. An
 * estimate on the generous side (the e2e checks no imported pod name is cut off); a pod is never
 * narrower than it takes to hold its containers anyway.
 */
export function podHeaderWidth(pod: Pod): number {
  const replicas = pod.replicas !== undefined && pod.workload !== 'DaemonSet' ? ` · ${pod.replicas}×` : '';
  const meta = `${pod.workload}${replicas}`;
  return Math.min(480, 28 + 48 + 8 + pod.name.length * 8.8 + 8 + 14 + meta.length * 7 + 8);
}

/** The sizes the canvas draws its nodes at, so the layout leaves exactly the room they take. */
export const CANVAS_LAYOUT_SIZES: LayoutSizes = {
  container: CONTAINER_SIZE,
  service: SERVICE_SIZE,
  external: EXTERNAL_SIZE,
  podPadding: POD_PADDING,
  podHeader: POD_CONTENT_TOP,
  podHeaderWidth,
};
