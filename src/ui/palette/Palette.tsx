import type { CSSProperties, DragEvent } from 'react';
import { ExternalIcon, PodIcon, RoleIcon, ServiceIcon } from '../canvas/nodes/icons';
import { EXTERNAL_COLOUR, POD_COLOUR, ROLE_LOOKS, SERVICE_COLOUR } from '../canvas/model/labels';
import {
  CONTAINER_ITEMS,
  isContainerKind,
  kindDragType,
  PALETTE_MIME,
  TOPOLOGY_ITEMS,
  type PaletteItem,
  type PaletteItemKind,
} from '../canvas/model/palette-items';
import { usePaletteActions } from '../canvas/usePaletteDrop';
import './palette.css';

/**
 * What can be added to a design. Each item is a button: drag it onto the canvas (onto a pod to put
 * a container in it), or press it (click, Enter, Space) to add it at the centre of the view; a
 * container then joins the selected pod, if one is selected.
 */
export function Palette() {
  const { addAtCentre } = usePaletteActions();
  return (
    <aside className="app-palette pw-palette" aria-label="Palette">
      <h2 className="pw-palette-title">Palette</h2>
      <p className="pw-palette-help">Drag onto the canvas, or press to add at the centre.</p>
      <Group title="Containers" items={CONTAINER_ITEMS} onAdd={addAtCentre} />
      <Group title="Topology" items={TOPOLOGY_ITEMS} onAdd={addAtCentre} />
    </aside>
  );
}

function Group({
  title,
  items,
  onAdd,
}: {
  title: string;
  items: readonly PaletteItem[];
  onAdd(kind: PaletteItemKind): void;
}) {
  return (
    <section className="pw-palette-group" aria-label={title}>
      <h3 className="pw-palette-group-title">{title}</h3>
      <ul className="pw-palette-list">
        {items.map((item) => (
          <li key={item.kind}>
            <PaletteButton item={item} onAdd={onAdd} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PaletteButton({ item, onAdd }: { item: PaletteItem; onAdd(kind: PaletteItemKind): void }) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, item.kind);
    event.dataTransfer.setData(kindDragType(item.kind), item.kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const style = { '--item-colour': colourOf(item.kind) } as CSSProperties;
  return (
    <button
      type="button"
      className={`pw-palette-item pw-item-${item.kind}`}
      style={style}
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(item.kind)}
      aria-label={item.label}
      title={`${item.hint}. Drag onto the canvas, or press to add at the centre.`}
    >
      <span className="pw-palette-icon">
        <ItemIcon kind={item.kind} />
      </span>
      <span className="pw-palette-text">
        <span className="pw-palette-label">{item.label}</span>
        <span className="pw-palette-hint">{item.hint}</span>
      </span>
    </button>
  );
}

function ItemIcon({ kind }: { kind: PaletteItemKind }) {
  if (isContainerKind(kind)) return <RoleIcon role={kind} />;
  if (kind === 'pod') return <PodIcon />;
  if (kind === 'service') return <ServiceIcon />;
  return <ExternalIcon kind="api" />;
}

function colourOf(kind: PaletteItemKind): string {
  if (isContainerKind(kind)) return ROLE_LOOKS[kind].colour;
  if (kind === 'service') return SERVICE_COLOUR;
  if (kind === 'external') return EXTERNAL_COLOUR;
  return POD_COLOUR;
}
