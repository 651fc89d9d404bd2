import {
  uniqueName,
  VOLUME_KINDS,
  type Pod,
  type Volume,
  type VolumeFile,
  type VolumeKind,
} from '../../core';
import { Button, EmptyNote, FieldRow, RemoveButton, Section, SelectField, TextField } from '../forms';
import { typing, useEdit } from './useEdit';
import { quantityProblem, volumeNameProblem } from './validation';

/** The pod's volumes: what its containers can mount and share. */
export function VolumesEditor({ pod }: { pod: Pod }) {
  const edit = useEdit();
  const add = () => {
    const name = uniqueName(
      'data',
      pod.volumes.map((v) => v.name),
    );
    edit({ type: 'addVolume', pod: pod.id, volume: { name, kind: 'emptyDir' } });
  };
  return (
    <Section
      title={`Volumes (${pod.volumes.length})`}
      actions={
        <Button small onClick={add}>
          Add volume
        </Button>
      }
    >
      {pod.volumes.length === 0 ? (
        <EmptyNote>No volumes. Containers share files through volumes.</EmptyNote>
      ) : null}
      {pod.volumes.map((volume, index) => (
        <VolumeItem key={index} pod={pod} volume={volume} index={index} />
      ))}
    </Section>
  );
}

function VolumeItem({ pod, volume, index }: { pod: Pod; volume: Volume; index: number }) {
  const edit = useEdit();
  const n = index + 1;
  const update = (patch: Partial<Volume>, field?: string) =>
    edit(
      { type: 'updateVolume', pod: pod.id, volume: volume.name, patch },
      field ? typing(pod.id, `volume.${index}.${field}`) : undefined,
    );
  return (
    <div className="item-card">
      <FieldRow>
        <TextField
          context={`Volume ${n}`}
          label="Name"
          value={volume.name}
          validate={(name) => volumeNameProblem(pod, volume.name, name)}
          onCommit={(name) => update({ name }, 'name')}
        />
        <SelectField
          context={`Volume ${n}`}
          label="Kind"
          value={volume.kind}
          options={VOLUME_KINDS}
          onCommit={(kind) => update({ kind: kind as VolumeKind })}
        />
        <RemoveButton
          label={`Remove volume ${volume.name}`}
          onClick={() => edit({ type: 'removeVolume', pod: pod.id, volume: volume.name })}
        />
      </FieldRow>
      {volume.kind === 'persistent' ? (
        <TextField
          context={`Volume ${n}`}
          label="Size"
          value={volume.size}
          placeholder="1Gi"
          validate={quantityProblem}
          onCommit={(size) => update({ size: size || undefined }, 'size')}
        />
      ) : null}
      {volume.kind === 'configMap' ? <VolumeFiles volume={volume} n={n} update={update} /> : null}
    </div>
  );
}

function VolumeFiles({
  volume,
  n,
  update,
}: {
  volume: Volume;
  n: number;
  update: (patch: Partial<Volume>, field?: string) => string | null;
}) {
  const files = volume.files ?? [];
  const setFile = (i: number, patch: Partial<VolumeFile>, field: string) =>
    update({ files: files.map((f, j) => (j === i ? { ...f, ...patch } : f)) }, `file.${i}.${field}`);
  return (
    <div className="subsection">
      <div className="subsection-head">
        <span>Files</span>
        <Button
          small
          variant="quiet"
          onClick={() =>
            update({ files: [...files, { path: `file-${files.length + 1}.conf`, content: '' }] })
          }
        >
          Add file
        </Button>
      </div>
      {files.map((file, i) => (
        <div className="file-item" key={i}>
          <FieldRow>
            <TextField
              context={`Volume ${n} file ${i + 1}`}
              label="File name"
              value={file.path}
              monospace
              validate={(path) => filePathProblem(path, files, i)}
              onCommit={(path) => setFile(i, { path }, 'path')}
            />
            <RemoveButton
              label={`Remove file ${file.path}`}
              onClick={() => update({ files: files.filter((_, j) => j !== i) })}
            />
          </FieldRow>
          <TextField
            context={`Volume ${n} file ${i + 1}`}
            label="Content"
            value={file.content}
            multiline
            monospace
            rows={5}
            onCommit={(content) => setFile(i, { content }, 'content')}
          />
        </div>
      ))}
    </div>
  );
}

function filePathProblem(path: string, files: VolumeFile[], index: number): string | null {
  if (path === '') return 'A file name is required.';
  if (!/^[-._a-zA-Z0-9]+$/.test(path))
    return `"${path}" is not a ConfigMap key: use letters, digits, "-", "_" and ".".`;
  if (files.some((f, i) => i !== index && f.path === path))
    return `"${path}" is already a file of this volume.`;
  return null;
}
