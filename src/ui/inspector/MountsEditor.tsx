import type { Container, Mount, Pod } from '../../core';
import {
  Button,
  CheckboxField,
  EmptyNote,
  ProblemRow,
  RemoveButton,
  Section,
  SelectField,
  TextField,
  type Refusal,
} from '../forms';
import type { ContainerPatch } from './ContainerForm';
import { absolutePathProblem } from './validation';

interface MountsEditorProps {
  container: Container;
  pod: Pod;
  update: (patch: ContainerPatch, field?: string) => Refusal;
}

/** Where the pod's volumes appear in this container. */
export function MountsEditor({ container, pod, update }: MountsEditorProps) {
  const mounts = container.mounts;
  const set = (index: number, patch: Partial<Mount>, field?: string) =>
    update(
      {
        mounts: mounts.map((m, i) => {
          if (i !== index) return m;
          const next = { ...m, ...patch };
          if (!next.readOnly) delete next.readOnly;
          return next;
        }),
      },
      field && `mount.${index}.${field}`,
    );
  const add = () => {
    const volume = pod.volumes.find((v) => !mounts.some((m) => m.volume === v.name)) ?? pod.volumes[0];
    if (volume) update({ mounts: [...mounts, { volume: volume.name, path: `/mnt/${volume.name}` }] });
  };
  const noVolumes = pod.volumes.length === 0;
  return (
    <Section
      title={`Mounts (${mounts.length})`}
      actions={
        <Button
          small
          onClick={add}
          disabled={noVolumes}
          title={noVolumes ? 'Add a volume to the pod first' : undefined}
        >
          Add mount
        </Button>
      }
    >
      {mounts.length === 0 ? (
        <EmptyNote>
          {noVolumes ? `Pod "${pod.name}" has no volumes to mount.` : 'No volumes mounted.'}
        </EmptyNote>
      ) : (
        <div className="row-head mounts-grid" aria-hidden="true">
          <span>Volume</span>
          <span>Path</span>
          <span>Read-only</span>
          <span />
        </div>
      )}
      {mounts.map((mount, index) => {
        const context = `Mount ${index + 1}`;
        return (
          <div className="item-row" key={index}>
            <ProblemRow className="mounts-grid">
              <SelectField
                context={context}
                label="Volume"
                hideLabel
                value={mount.volume}
                options={pod.volumes.map((v) => v.name)}
                onCommit={(volume) => set(index, { volume })}
              />
              <TextField
                context={context}
                label="Path"
                hideLabel
                monospace
                value={mount.path}
                validate={absolutePathProblem}
                onCommit={(path) => set(index, { path }, 'path')}
              />
              <CheckboxField
                context={context}
                label="Read-only"
                hideLabel
                className="center"
                checked={mount.readOnly === true}
                onCommit={(readOnly) => set(index, { readOnly })}
              />
              <RemoveButton
                label={`Remove mount ${mount.path}`}
                onClick={() => update({ mounts: mounts.filter((_, i) => i !== index) })}
              />
            </ProblemRow>
          </div>
        );
      })}
    </Section>
  );
}
