import {
  findPod,
  SERVICE_TYPES,
  uniqueName,
  type PortProtocol,
  type Service,
  type ServicePort,
  type ServiceType,
} from '../../core';
import { useStore, useStoreApi } from '../../store';
import {
  Button,
  EmptyNote,
  NumberField,
  ProblemRow,
  RemoveButton,
  Section,
  SelectField,
  TextField,
} from '../forms';
import { selectPods, serviceById } from './selectors';
import { DeleteEntity } from './DeleteEntity';
import { typing, useEdit } from './useEdit';
import { endpointNameProblem, listedPortNameProblem } from './validation';

/** The container port names a service can target: those of the pod it selects. */
function podPortNames(pod: ReturnType<typeof findPod>): string[] {
  return pod ? pod.containers.flatMap((c) => c.ports.map((p) => p.name)) : [];
}

export function ServiceForm({ id }: { id: string }) {
  const service = useStore(serviceById(id));
  const pods = useStore(selectPods);
  const store = useStoreApi();
  const edit = useEdit();
  if (!service) return null;
  const update = (patch: Partial<Omit<Service, 'id' | 'ports'>>, field?: string) =>
    edit({ type: 'updateService', id, patch }, field ? typing(id, field) : undefined);
  const pod = pods.find((p) => p.id === service.pod);
  const targets = podPortNames(pod);

  const add = () => {
    const target = pod?.containers
      .flatMap((c) => c.ports)
      .find((p) => !service.ports.some((sp) => sp.targetPort === p.name));
    const name = uniqueName(
      target?.name ?? 'http',
      service.ports.map((p) => p.name),
      15,
    );
    edit({
      type: 'addServicePort',
      service: id,
      port: { name, port: target?.port ?? 80, targetPort: target?.name ?? targets[0] ?? name },
    });
  };

  return (
    <>
      <Section title="General">
        <TextField
          label="Name"
          value={service.name}
          validate={(name) => endpointNameProblem(store.getState().design, id, name)}
          onCommit={(name) => update({ name }, 'name')}
        />
        <TextField
          label="Description"
          multiline
          value={service.description}
          placeholder="Who calls it and what for"
          onCommit={(description) => update({ description }, 'description')}
        />
        <SelectField
          label="Type"
          value={service.type}
          options={SERVICE_TYPES}
          onCommit={(type) => update({ type: type as ServiceType })}
        />
        <SelectField
          label="Selects pod"
          value={service.pod}
          options={[{ value: '', label: 'No pod' }, ...pods.map((p) => ({ value: p.id, label: p.name }))]}
          hint="The pod whose containers answer this service."
          onCommit={(podId) => update({ pod: podId })}
        />
      </Section>
      <Section
        title={`Ports (${service.ports.length})`}
        actions={
          <Button small onClick={add}>
            Add port
          </Button>
        }
      >
        {service.ports.length === 0 ? (
          <EmptyNote>No ports: this service sends traffic nowhere.</EmptyNote>
        ) : (
          <div className="row-head service-ports-grid" aria-hidden="true">
            <span>Name</span>
            <span>Port</span>
            <span>Target</span>
            <span>Protocol</span>
            <span />
          </div>
        )}
        {service.ports.map((port, index) => (
          <ServicePortRow key={index} index={index} service={service} port={port} targets={targets} />
        ))}
      </Section>
      <DeleteEntity id={id} label="Delete service" />
    </>
  );
}

interface ServicePortRowProps {
  service: Service;
  port: ServicePort;
  index: number;
  targets: string[];
}

function ServicePortRow({ service, port, index, targets }: ServicePortRowProps) {
  const edit = useEdit();
  const context = `Service port ${index + 1}`;
  const update = (patch: Partial<ServicePort>, field?: string) =>
    edit(
      { type: 'updateServicePort', service: service.id, port: port.name, patch },
      field ? typing(service.id, `port.${index}.${field}`) : undefined,
    );
  return (
    <div className="item-row">
      <ProblemRow className="service-ports-grid">
        <TextField
          context={context}
          label="Name"
          hideLabel
          monospace
          value={port.name}
          validate={(name) =>
            listedPortNameProblem(
              service.ports.map((p) => p.name),
              port.name,
              name,
              `by service "${service.name}"`,
            )
          }
          onCommit={(name) => update({ name }, 'name')}
        />
        <NumberField
          context={context}
          label="Port"
          hideLabel
          required
          min={1}
          max={65535}
          value={port.port}
          onCommit={(n) => update({ port: n }, 'port')}
        />
        <SelectField
          context={context}
          label="Target port"
          hideLabel
          value={port.targetPort}
          options={targets}
          onCommit={(targetPort) => update({ targetPort })}
        />
        <SelectField
          context={context}
          label="Protocol"
          hideLabel
          value={port.protocol ?? 'TCP'}
          options={['TCP', 'UDP']}
          onCommit={(protocol) => update({ protocol: protocol as PortProtocol })}
        />
        <RemoveButton
          label={`Remove service port ${port.name}`}
          onClick={() => edit({ type: 'removeServicePort', service: service.id, port: port.name })}
        />
      </ProblemRow>
    </div>
  );
}
