import { geometryOf, type Rect } from '../geometry';
import type { Design } from '../model/types';

export type { Rect };

/**
 * Where each entity of a design sits in a picture of it: exactly where the canvas draws it (the shared
 * geometry), so an exported SVG looks like the screen.
 */
export function layoutRects(design: Design): Map<string, Rect> {
  return geometryOf(design).rects;
}
