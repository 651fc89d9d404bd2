import { useShallow } from 'zustand/react/shallow';
import { entityKind, entityName, type EntityKind } from '../../core';
import { useStore, type PodwrightState } from '../../store';
import { ConnectionForm } from './ConnectionForm';
import { ContainerForm } from './ContainerForm';
import { DesignForm } from './DesignForm';
import { ExternalForm } from './ExternalForm';
import { MultiSelection } from './MultiSelection';
import { PodForm } from './PodForm';
import { ServiceForm } from './ServiceForm';
import './inspector.css';

/** The selected ids that still name something (an undo or a delete can leave stale ones behind). */
const selectLiveSelection = (s: PodwrightState) =>
  s.selection.filter((id) => entityKind(s.design, id) !== undefined);

const TITLES: Record<EntityKind, string> = {
  design: 'Design',
  pod: 'Pod',
  container: 'Container',
  service: 'Service',
  external: 'External service',
  connection: 'Connection',
};

/**
 * The inspector: the form of whatever is selected. Each form is keyed by the entity's id, so
 * drafts and open folds never leak from one entity to the next.
 */
export function Inspector() {
  const ids = useStore(useShallow(selectLiveSelection));
  const only = ids.length === 1 ? ids[0]! : undefined;
  const kind = useStore((s) => (only ? entityKind(s.design, only) : 'design')) ?? 'design';
  const name = useStore((s) => (only ? entityName(s.design, only) : undefined));

  let body;
  let title: string;
  if (ids.length > 1) {
    title = 'Selection';
    body = <MultiSelection ids={ids} />;
  } else {
    title = TITLES[kind];
    body = formFor(kind, only);
  }
  return (
    <aside className="app-inspector inspector" aria-label="Inspector">
      <header className="inspector-head">
        <span className={`kind-dot kind-${ids.length > 1 ? 'multi' : kind}`} aria-hidden="true" />
        <h2>
          {title}
          {name ? <span className="inspector-name">{name}</span> : null}
        </h2>
      </header>
      <div className="inspector-body">{body}</div>
    </aside>
  );
}

function formFor(kind: EntityKind, id: string | undefined) {
  if (!id) return <DesignForm />;
  switch (kind) {
    case 'pod':
      return <PodForm key={id} id={id} />;
    case 'container':
      return <ContainerForm key={id} id={id} />;
    case 'service':
      return <ServiceForm key={id} id={id} />;
    case 'external':
      return <ExternalForm key={id} id={id} />;
    case 'connection':
      return <ConnectionForm key={id} id={id} />;
    default:
      return <DesignForm />;
  }
}
