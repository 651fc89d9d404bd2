import type { Role } from '../../../core';

/** What the palette offers. Container items carry their role. */
export type PaletteItemKind = Role | 'pod' | 'service' | 'external';

export interface PaletteItem {
  kind: PaletteItemKind;
  /** The accessible name and visible label. */
  label: string;
  /** One line on what it is for, from the book's patterns. */
  hint: string;
}

export const CONTAINER_ITEMS: readonly PaletteItem[] = [
  { kind: 'app', label: 'App container', hint: 'The main process of a pod' },
  { kind: 'sidecar', label: 'Sidecar', hint: 'Augments the app: TLS, config sync' },
  { kind: 'ambassador', label: 'Ambassador', hint: 'Brokers the app’s calls to the world' },
  { kind: 'adapter', label: 'Adapter', hint: 'Exposes a standard interface: metrics, logs' },
  { kind: 'init', label: 'Init container', hint: 'Runs to completion before the others' },
];

export const TOPOLOGY_ITEMS: readonly PaletteItem[] = [
  { kind: 'pod', label: 'Pod', hint: 'A group of containers sharing a network' },
  { kind: 'service', label: 'Service', hint: 'A stable name in front of a pod' },
  { kind: 'external', label: 'External service', hint: 'A database or API outside the cluster' },
];

/** The MIME type of a palette drag; anything else dropped on the canvas is ignored. */
export const PALETTE_MIME = 'application/x-podwright-palette-item';

const KINDS = new Set<string>([...CONTAINER_ITEMS, ...TOPOLOGY_ITEMS].map((item) => item.kind));

/** Reads a drag payload back; untrusted (any page can start a drag with this type). */
export function parsePaletteKind(text: string): PaletteItemKind | undefined {
  return KINDS.has(text) ? (text as PaletteItemKind) : undefined;
}

export function isContainerKind(kind: PaletteItemKind): kind is Role {
  return kind !== 'pod' && kind !== 'service' && kind !== 'external';
}

/**
 * While dragging, a page may read a drag's types but not its data; a second type naming the kind
 * lets the canvas show where the item would land before it is dropped.
 */
const KIND_TYPE_PREFIX = 'application/x-podwright-kind-';

export function kindDragType(kind: PaletteItemKind): string {
  return `${KIND_TYPE_PREFIX}${kind}`;
}

export function kindFromDragTypes(types: readonly string[]): PaletteItemKind | undefined {
  for (const type of types) {
    if (type.startsWith(KIND_TYPE_PREFIX)) return parsePaletteKind(type.slice(KIND_TYPE_PREFIX.length));
  }
  return undefined;
}
