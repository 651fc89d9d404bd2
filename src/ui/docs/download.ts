/**
 * Saving documentation from the browser: file names from the design's name, and the SVG picture
 * turned into a PNG through an image and a canvas.
 */

/** `legacy shop/v2` -> `legacy-shop-v2`: the design's name made safe for a file system. */
export function fileBase(designName: string): string {
  const base = designName
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return base || 'design';
}

/**
 * The largest canvas browsers reliably allow (a side of 16,384 px; an area well under Chrome's
 * 268 M px, since the pixels take 4 bytes each in memory). A bigger picture is scaled down to fit.
 */
const MAX_CANVAS_SIDE = 16384;
const MAX_CANVAS_AREA = 64 * 1024 * 1024;

/** The scale a picture of this size is drawn at: the one asked for, or less to fit a canvas. */
export function pngScale(width: number, height: number, scale = 2): number {
  return Math.min(
    scale,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
}

/**
 * The SVG drawn into a canvas at `scale` (2: sharp on high-density screens and in documents) and
 * encoded as PNG. The SVG is self-contained (no external fonts or images), so the canvas is never
 * tainted and `toBlob` works.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the picture could not be drawn'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const factor = pngScale(width, height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw into a canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
