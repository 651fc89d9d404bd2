import { WORKLOAD_KINDS, type Pod, type WorkloadKind } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { FieldRow, NumberField, PairsField, Section, SelectField, TextField } from '../forms';
import { ContainerList } from './ContainerList';
import { podById } from './selectors';
import { DeleteEntity } from './DeleteEntity';
import { typing, useEdit } from './useEdit';
import { labelsProblem, podNameProblem } from './validation';
import { VolumesEditor } from './VolumesEditor';

/** Workloads where a replica count means something. */
const SCALED: readonly WorkloadKind[] = ['Deployment', 'StatefulSet'];

export function PodForm({ id }: { id: string }) {
  const pod = useStore(podById(id));
  const store = useStoreApi();
  const edit = useEdit();
  if (!pod) return null;
  const update = (patch: Partial<Omit<Pod, 'id' | 'containers' | 'volumes'>>, field?: string) =>
    edit({ type: 'updatePod', id, patch }, field ? typing(id, field) : undefined);

  return (
    <>
      <Section title="General">
        <TextField
          label="Name"
          value={pod.name}
          validate={(name) => podNameProblem(store.getState().design, id, name)}
          onCommit={(name) => update({ name }, 'name')}
        />
        <TextField
          label="Description"
          multiline
          value={pod.description}
          placeholder="What this pod does and why it exists"
          onCommit={(description) => update({ description }, 'description')}
        />
        <TextField
          label="Owner"
          value={pod.owner}
          placeholder="team-name"
          onCommit={(owner) => update({ owner: owner || undefined }, 'owner')}
        />
      </Section>
      <Section title="Workload">
        <FieldRow>
          <SelectField
            label="Workload kind"
            value={pod.workload}
            options={WORKLOAD_KINDS}
            onCommit={(workload) => update({ workload: workload as WorkloadKind })}
          />
          {SCALED.includes(pod.workload) ? (
            <NumberField
              label="Replicas"
              value={pod.replicas}
              min={0}
              max={10000}
              onCommit={(replicas) => update({ replicas }, 'replicas')}
            />
          ) : null}
        </FieldRow>
        {pod.workload === 'CronJob' ? (
          <TextField
            label="Schedule"
            value={pod.schedule}
            monospace
            placeholder="*/15 * * * *"
            hint="Cron syntax: minute hour day-of-month month day-of-week."
            validate={cronProblem}
            onCommit={(schedule) => update({ schedule: schedule || undefined }, 'schedule')}
          />
        ) : null}
        <PairsField
          label="Labels"
          value={pod.labels}
          placeholder="tier=frontend"
          hint="One key=value per line."
          validate={labelsProblem}
          onCommit={(labels) => update({ labels }, 'labels')}
        />
      </Section>
      <ContainerList pod={pod} />
      <VolumesEditor pod={pod} />
      <DeleteEntity id={id} label="Delete pod" />
    </>
  );
}

function cronProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const fields = text.trim().split(/\s+/);
  if (fields.length === 5 || /^@(yearly|annually|monthly|weekly|daily|midnight|hourly)$/.test(text.trim()))
    return null;
  return `"${text}" has ${fields.length} fields; a cron schedule has 5 (or is @hourly, @daily…).`;
}
