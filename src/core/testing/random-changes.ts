/**
 * Turns random numbers into plausible changes against the current design, for property tests.
 * Names and ports come from small pools so that collisions (which must be refused) happen often.
 */
import fc from 'fast-check';
import type { DesignChange } from '../model/change-types';
import { allContainers, targetPorts } from '../model/queries';
import { ROLES, type Design } from '../model/types';

const NAMES = ['web', 'api', 'db', 'cache', 'proxy', 'Bad_Name', ''];
const PORT_NAMES = ['http', 'https', 'metrics', 'grpc', 'sql'];

/** One step: which kind of change, and numbers to pick its subjects and values with. */
export interface Step {
  kind: number;
  a: number;
  b: number;
  c: number;
}

export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(21),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
});

let serial = 0;
const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length ? items[n % items.length] : undefined;

export function stepToChange(design: Design, step: Step): DesignChange | undefined {
  const { a, b, c } = step;
  const pod = pick(design.pods, a);
  const ref = pick(allContainers(design), b);
  const service = pick(design.services, a);
  const external = pick(design.externals, c);
  const id = `r${++serial}`;
  // One name in three comes from the small pool, to provoke collisions and invalid names.
  const name = c % 3 === 0 ? pick(NAMES, c)! : `n${id}`;
  const portName = pick(PORT_NAMES, a)!;
  switch (step.kind) {
    case 0:
      return {
        type: 'addPod',
        pod: { id, name, description: '', workload: 'Deployment', containers: [], volumes: [] },
      };
    case 1:
      return (
        pod && {
          type: 'addContainer',
          pod: pod.id,
          container: {
            id,
            name,
            role: pick(ROLES, b)!,
            image: 'x:1',
            description: '',
            ports: [],
            env: [],
            mounts: [],
          },
        }
      );
    case 2:
      return (
        ref && {
          type: 'addPort',
          container: ref.container.id,
          port: { name: portName, port: 1 + (b % 70000), protocol: 'TCP', scope: 'pod' },
        }
      );
    case 3: {
      const port = ref && pick(ref.container.ports, c);
      return (
        port &&
        ref && {
          type: 'updatePort',
          container: ref.container.id,
          port: port.name,
          patch: { name: pick(PORT_NAMES, b)! },
        }
      );
    }
    case 4: {
      const port = ref && pick(ref.container.ports, c);
      return port && ref && { type: 'removePort', container: ref.container.id, port: port.name };
    }
    case 5:
      return {
        type: 'addService',
        service: { id, name, description: '', type: 'ClusterIP', pod: pod?.id ?? '', ports: [] },
      };
    case 6:
      return (
        service && {
          type: 'addServicePort',
          service: service.id,
          port: { name: portName, port: 80, targetPort: pick(PORT_NAMES, b)! },
        }
      );
    case 7:
      return {
        type: 'addExternal',
        external: {
          id,
          name,
          description: '',
          kind: 'database',
          ports: [{ name: portName, port: 5432, protocol: 'TCP' }],
        },
      };
    case 8: {
      const targets = [
        ...allContainers(design).map((r) => r.container.id),
        ...design.services.map((s) => s.id),
        ...design.externals.map((x) => x.id),
      ];
      const target = pick(targets, c);
      if (!ref || target === undefined) return undefined;
      const port = pick(targetPorts(design, target), a);
      return {
        type: 'addConnection',
        connection: { id, from: ref.container.id, to: { id: target, port: port?.name ?? portName } },
      };
    }
    case 9:
      return pod && { type: 'updatePod', id: pod.id, patch: { name, replicas: b % 5 } };
    case 10:
      return ref && { type: 'updateContainer', id: ref.container.id, patch: { name, role: pick(ROLES, c)! } };
    case 11:
      return ref && pod && { type: 'moveContainer', id: ref.container.id, toPod: pod.id };
    case 12:
      return pod && { type: 'remove', ids: [pod.id] };
    case 13:
      return ref && { type: 'remove', ids: [ref.container.id] };
    case 14:
      return service && { type: 'remove', ids: [service.id] };
    case 15:
      return external && { type: 'remove', ids: [external.id] };
    case 16: {
      const connection = pick(design.connections, a);
      return connection && { type: 'remove', ids: [connection.id] };
    }
    case 17:
      return pod && { type: 'addVolume', pod: pod.id, volume: { name: pick(NAMES, b)!, kind: 'emptyDir' } };
    case 18: {
      const volume = pod && pick(pod.volumes, b);
      return volume && pod && { type: 'updateVolume', pod: pod.id, volume: volume.name, patch: { name } };
    }
    case 19: {
      const port = service && pick(service.ports, b);
      return (
        port &&
        service && {
          type: 'updateServicePort',
          service: service.id,
          port: port.name,
          patch: { name: pick(PORT_NAMES, c)! },
        }
      );
    }
    case 20:
      return service && { type: 'updateService', id: service.id, patch: { name, pod: pod?.id ?? '' } };
    default: {
      const port = external && pick(external.ports, b);
      return port && external && { type: 'removeExternalPort', external: external.id, port: port.name };
    }
  }
}
