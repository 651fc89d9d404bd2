import { findContainer } from '../../model/queries';
import type { Design } from '../../model/types';
import { oneLine } from './escape';

/** A container's documentation as image metadata: Dockerfile `LABEL` lines and OCI annotations. */
export interface ContainerLabels {
  /** A `LABEL` instruction to paste into the image's Dockerfile (empty when there is nothing to say). */
  dockerfile: string;
  /** The same keys and values, as OCI image annotations (`org.opencontainers.image.*`). */
  annotations: Record<string, string>;
}

const PREFIX = 'org.opencontainers.image';

/**
 * The OCI annotations that carry a container's documentation into its image (title, description,
 * documentation, source, version from the image tag, licenses when known), and the Dockerfile LABEL
 * instruction that sets them. Values are single lines; the Dockerfile form escapes `\`, `"` and `$`
 * (LABEL expands variables). Undefined when the container does not exist.
 */
export function containerLabels(design: Design, containerId: string): ContainerLabels | undefined {
  const container = findContainer(design, containerId)?.container;
  if (!container) return undefined;
  const entries: [string, string | undefined][] = [
    ['title', container.name],
    ['description', container.description],
    ['documentation', container.docsUrl],
    ['source', container.sourceUrl],
    ['version', imageTag(container.image)],
    ['licenses', typeof container.license === 'string' ? container.license : undefined],
  ];
  const annotations: Record<string, string> = {};
  for (const [key, value] of entries) {
    const text = typeof value === 'string' ? oneLine(value) : '';
    if (text) annotations[`${PREFIX}.${key}`] = text;
  }
  const pairs = Object.entries(annotations).map(([key, value]) => `${key}="${dockerfileQuoted(value)}"`);
  const dockerfile = pairs.length ? `LABEL ${pairs.join(' \\\n      ')}\n` : '';
  return { dockerfile, annotations };
}

/**
 * The tag of an image reference (`nginx:1.27.3-alpine` -> `1.27.3-alpine`), ignoring a registry port
 * and a digest; undefined when the reference has no tag.
 */
export function imageTag(image: string): string | undefined {
  const name = image.split('@')[0]!;
  const colon = name.lastIndexOf(':');
  if (colon < 0 || colon < name.lastIndexOf('/')) return undefined;
  const tag = name.slice(colon + 1);
  return /^[\w][\w.-]{0,127}$/.test(tag) ? tag : undefined;
}

function dockerfileQuoted(value: string): string {
  return value.replace(/[\\"$]/g, (c) => `\\${c}`);
}
