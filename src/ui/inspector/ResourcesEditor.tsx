import type { Container, Resources, SecurityContext } from '../../core';
import { FieldRow, Section, SelectField, TextField, type Refusal } from '../forms';
import type { ContainerPatch } from './ContainerForm';
import { quantityProblem } from './validation';

interface ResourcesEditorProps {
  container: Container;
  update: (patch: ContainerPatch, field?: string) => Refusal;
}

const QUANTITIES: readonly { key: keyof Resources; label: string; placeholder: string }[] = [
  { key: 'cpuRequest', label: 'CPU request', placeholder: '100m' },
  { key: 'cpuLimit', label: 'CPU limit', placeholder: '500m' },
  { key: 'memoryRequest', label: 'Memory request', placeholder: '128Mi' },
  { key: 'memoryLimit', label: 'Memory limit', placeholder: '256Mi' },
];

const FLAGS: readonly { key: keyof SecurityContext; label: string }[] = [
  { key: 'runAsNonRoot', label: 'Run as non-root' },
  { key: 'readOnlyRootFilesystem', label: 'Read-only root filesystem' },
  { key: 'allowPrivilegeEscalation', label: 'Allow privilege escalation' },
];
/** Unset is not the same as "no": Kubernetes' defaults differ per flag, so all three are offered. */
const TRISTATE = [
  { value: '', label: 'Not set' },
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** Requests, limits and the security context. Empty fields are left out of the design. */
export function ResourcesEditor({ container, update }: ResourcesEditorProps) {
  const resources = container.resources ?? {};
  const security = container.securityContext ?? {};
  const setQuantity = (key: keyof Resources, text: string) => {
    const next: Resources = { ...resources, [key]: text };
    if (text === '') delete next[key];
    return update({ resources: Object.keys(next).length > 0 ? next : undefined }, `resources.${key}`);
  };
  const setFlag = (key: keyof SecurityContext, text: string) => {
    const next: SecurityContext = { ...security, [key]: text === 'true' };
    if (text === '') delete next[key];
    return update({ securityContext: Object.keys(next).length > 0 ? next : undefined });
  };
  const [cpuRequest, cpuLimit, memoryRequest, memoryLimit] = QUANTITIES.map(({ key, label, placeholder }) => (
    <TextField
      key={key}
      label={label}
      monospace
      placeholder={placeholder}
      value={resources[key]}
      validate={quantityProblem}
      onCommit={(text) => setQuantity(key, text)}
    />
  ));
  return (
    <>
      <Section title="Resources">
        <FieldRow>
          {cpuRequest}
          {cpuLimit}
        </FieldRow>
        <FieldRow>
          {memoryRequest}
          {memoryLimit}
        </FieldRow>
      </Section>
      <Section title="Security">
        {FLAGS.map(({ key, label }) => (
          <SelectField
            key={key}
            label={label}
            className="field-inline"
            value={security[key] === undefined ? '' : String(security[key])}
            options={TRISTATE}
            onCommit={(text) => setFlag(key, text)}
          />
        ))}
      </Section>
    </>
  );
}
