import { dnsLabelProblem, type Design } from '../../core';
import { useStore } from '../../store';
import { Section, SelectField, TextField } from '../forms';
import { useEdit, typing } from './useEdit';

type DesignPatch = Partial<
  Omit<Design, 'format' | 'pods' | 'services' | 'externals' | 'connections' | 'layout'>
>;

/** Kubernetes minor versions offered as targets; native sidecars need 1.29 or later. */
const KUBERNETES_VERSIONS = ['1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34'];

const selectName = (s: { design: Design }) => s.design.name;
const selectDescription = (s: { design: Design }) => s.design.description;
const selectNamespace = (s: { design: Design }) => s.design.namespace;
const selectTarget = (s: { design: Design }) => s.design.target;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const selectCounts = ({ design }: { design: Design }) =>
  [
    plural(design.pods.length, 'pod'),
    plural(
      design.pods.reduce((n, p) => n + p.containers.length, 0),
      'container',
    ),
    plural(design.services.length, 'service'),
    plural(design.externals.length, 'external'),
  ].join(' · ');

/** Nothing selected: the design's own settings. */
export function DesignForm() {
  const name = useStore(selectName);
  const description = useStore(selectDescription);
  const namespace = useStore(selectNamespace);
  const target = useStore(selectTarget);
  const counts = useStore(selectCounts);
  const edit = useEdit();
  const update = (patch: DesignPatch, field?: string) =>
    edit({ type: 'updateDesign', patch }, field ? typing('design', field) : undefined);
  const versions = KUBERNETES_VERSIONS.includes(target.kubernetes)
    ? KUBERNETES_VERSIONS
    : [...KUBERNETES_VERSIONS, target.kubernetes];
  return (
    <>
      <Section title="Design">
        <TextField
          label="Name"
          value={name}
          validate={(text) => (text.trim() === '' ? 'A design needs a name; it names the saved file.' : null)}
          onCommit={(text) => update({ name: text }, 'name')}
        />
        <TextField
          label="Description"
          multiline
          rows={4}
          value={description}
          placeholder="What this system does, for whom"
          onCommit={(text) => update({ description: text }, 'description')}
        />
        <p className="form-meta">{counts}</p>
      </Section>
      <Section title="Deployment">
        <TextField
          label="Namespace"
          monospace
          value={namespace}
          placeholder="default"
          validate={(text) => (text === '' ? null : dnsLabelProblem(text))}
          onCommit={(text) => update({ namespace: text || undefined }, 'namespace')}
        />
        <SelectField
          label="Target Kubernetes version"
          value={target.kubernetes}
          options={versions}
          hint="Helpers become native sidecars from 1.29."
          onCommit={(kubernetes) => update({ target: { ...target, kubernetes } })}
        />
      </Section>
      <p className="inspector-tip">
        Select a pod, container, service or connection on the canvas to edit it.
      </p>
    </>
  );
}
