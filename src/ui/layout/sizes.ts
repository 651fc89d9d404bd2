import type { LayoutSizes } from '../../core';
import {
  CONTAINER_SIZE,
  EXTERNAL_SIZE,
  POD_CONTENT_TOP,
  POD_PADDING,
  SERVICE_SIZE,
} from '../canvas/model/geometry';

/** The sizes the canvas draws its nodes at, so the layout leaves exactly the room they take. */
export const CANVAS_LAYOUT_SIZES: LayoutSizes = {
  container: CONTAINER_SIZE,
  service: SERVICE_SIZE,
  external: EXTERNAL_SIZE,
  podPadding: POD_PADDING,
  podHeader: POD_CONTENT_TOP,
};
