import type { Container, Probe, ProbeKind, Probes } from '../../core';
import {
  CheckboxField,
  FieldRow,
  LinesField,
  NumberField,
  SelectField,
  Section,
  TextField,
  type Refusal,
} from '../forms';
import type { ContainerPatch } from './ContainerForm';

type ProbeName = keyof Probes;
const PROBES: readonly { name: ProbeName; label: string; hint: string }[] = [
  { name: 'readiness', label: 'Readiness', hint: 'Traffic is sent only while it passes.' },
  { name: 'liveness', label: 'Liveness', hint: 'The container is restarted when it fails.' },
  { name: 'startup', label: 'Startup', hint: 'Holds the other probes until the app has started.' },
];
const KINDS: readonly ProbeKind[] = ['http', 'tcp', 'grpc', 'exec'];

interface ProbesEditorProps {
  container: Container;
  update: (patch: ContainerPatch, field?: string) => Refusal;
}

/** How Kubernetes tells whether the container is started, alive and ready. */
export function ProbesEditor({ container, update }: ProbesEditorProps) {
  const probes = container.probes ?? {};
  const setProbe = (name: ProbeName, probe: Probe | undefined, field?: string) => {
    const next: Probes = { ...probes, [name]: probe };
    if (!probe) delete next[name];
    return update(
      { probes: Object.keys(next).length > 0 ? next : undefined },
      field && `probe.${name}.${field}`,
    );
  };
  const firstPort = container.ports[0]?.name;
  return (
    <Section title="Probes">
      {PROBES.map(({ name, label, hint }) => {
        const probe = probes[name];
        return (
          <div className="probe" key={name}>
            <CheckboxField
              label={`${label} probe`}
              hint={hint}
              checked={probe !== undefined}
              onCommit={(on) =>
                setProbe(
                  name,
                  on
                    ? firstPort
                      ? { kind: 'tcp', port: firstPort, periodSeconds: 10 }
                      : { kind: 'exec', command: ['true'] }
                    : undefined,
                )
              }
            />
            {probe ? (
              <ProbeFields
                label={label}
                probe={probe}
                portNames={container.ports.map((p) => p.name)}
                set={(next, field) => setProbe(name, next, field)}
              />
            ) : null}
          </div>
        );
      })}
    </Section>
  );
}

interface ProbeFieldsProps {
  label: string;
  probe: Probe;
  portNames: string[];
  set: (probe: Probe, field?: string) => Refusal;
}

function ProbeFields({ label, probe, portNames, set }: ProbeFieldsProps) {
  const context = `${label} probe`;
  const usesPort = probe.kind !== 'exec';
  const changeKind = (kind: ProbeKind) => {
    const next: Probe = { ...probe, kind };
    if (kind === 'exec') {
      delete next.port;
      delete next.path;
      next.command = probe.command ?? ['true'];
    } else {
      delete next.command;
      next.port = probe.port ?? portNames[0];
      if (kind === 'http') next.path = probe.path ?? '/healthz';
      else delete next.path;
    }
    return set(next);
  };
  const number =
    (field: 'initialDelaySeconds' | 'periodSeconds' | 'failureThreshold') => (value: number | undefined) => {
      const next = { ...probe, [field]: value };
      if (value === undefined) delete next[field];
      return set(next, field);
    };
  return (
    <div className="probe-fields">
      <FieldRow>
        <SelectField
          context={context}
          label="Kind"
          value={probe.kind}
          options={KINDS}
          onCommit={(k) => changeKind(k as ProbeKind)}
        />
        {usesPort ? (
          <SelectField
            context={context}
            label="Port"
            value={probe.port ?? ''}
            options={portNames}
            onCommit={(port) => set({ ...probe, port })}
          />
        ) : null}
      </FieldRow>
      {probe.kind === 'http' ? (
        <TextField
          context={context}
          label="Path"
          monospace
          value={probe.path}
          validate={(p) => (p.startsWith('/') ? null : 'An HTTP path starts with "/".')}
          onCommit={(path) => set({ ...probe, path }, 'path')}
        />
      ) : null}
      {probe.kind === 'exec' ? (
        <LinesField
          context={context}
          label="Command"
          monospace
          rows={2}
          value={probe.command}
          validate={(t) => (t.trim() === '' ? 'An exec probe needs a command.' : null)}
          onCommit={(command) => set({ ...probe, command: command ?? [] }, 'command')}
        />
      ) : null}
      <FieldRow>
        <NumberField
          context={context}
          label="Delay (s)"
          min={0}
          max={3600}
          value={probe.initialDelaySeconds}
          onCommit={number('initialDelaySeconds')}
        />
        <NumberField
          context={context}
          label="Period (s)"
          min={1}
          max={3600}
          value={probe.periodSeconds}
          onCommit={number('periodSeconds')}
        />
        <NumberField
          context={context}
          label="Failures"
          min={1}
          max={100}
          value={probe.failureThreshold}
          onCommit={number('failureThreshold')}
        />
      </FieldRow>
    </div>
  );
}
