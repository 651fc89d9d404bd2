import type { LayoutSizes, Pod } from '../../core';
import {
  CONTAINER_SIZE,
  EXTERNAL_SIZE,
  POD_CONTENT_TOP,
  POD_PADDING,
  SERVICE_SIZE,
} from '../canvas/model/geometry';

/**
 * What the pod header (PodNode, nodes.css) takes: padding, the "POD" kind label, the name at about
 * 7.6 px a character and the workload badge at about 6.3 px, with their gaps. An estimate on the
 * generous side; a pod is never narrower than it takes to hold its containers anyway.
 */
export function podHeaderWidth(pod: Pod): number {
  const replicas = pod.replicas !== undefined && pod.workload !== 'DaemonSet' ? ` · ${pod.replicas}×` : '';
  const meta = `${pod.workload}${replicas}`;
  return Math.min(420, 28 + 48 + 8 + pod.name.length * 7.6 + 8 + meta.length * 6.3 + 16);
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
