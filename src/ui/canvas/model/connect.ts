import {
  entityName,
  findContainer,
  findPod,
  findService,
  makeConnection,
  targetPorts,
  type Design,
  type DesignChange,
  type TargetPort,
} from '../../../core';
import { attachChanges } from './attach';

/** What a handle drag from `source` to `target` means. */
export type LinkPlan =
  | { kind: 'apply'; changes: DesignChange[]; select?: string; notice?: string }
  /** The target offers several ports: the person picks one (then call `connectChanges`). */
  | { kind: 'choose'; from: string; to: string; targetName: string; ports: TargetPort[] }
  | { kind: 'refuse'; message: string };

/**
 * A container dragged to a container, Service or external is a connection to one of the target's
 * ports (picked when there are several); a Service dragged to a pod selects that pod.
 */
export function planLink(design: Design, source: string, target: string): LinkPlan {
  const service = findService(design, source);
  if (service) {
    const pod = findPod(design, target);
    if (!pod) return { kind: 'refuse', message: 'A Service connects to the pod it sends traffic to.' };
    const attach = attachChanges(service, pod);
    return { kind: 'apply', changes: attach.changes, notice: attach.notice };
  }
  if (!findContainer(design, source)) return { kind: 'refuse', message: 'Connections start at a container.' };
  if (source === target) return { kind: 'refuse', message: 'A container cannot connect to itself.' };
  const name = entityName(design, target) ?? 'the target';
  if (findPod(design, target)) {
    return {
      kind: 'refuse',
      message: `Connect to a container of pod "${name}", or to a Service in front of it.`,
    };
  }
  const taken = new Set(
    design.connections.filter((c) => c.from === source && c.to.id === target).map((c) => c.to.port),
  );
  const ports = targetPorts(design, target);
  if (ports.length === 0) {
    return { kind: 'refuse', message: `"${name}" has no port to connect to yet: add one in the inspector.` };
  }
  const free = ports.filter((p) => !taken.has(p.name));
  if (free.length === 0) {
    return { kind: 'refuse', message: `This container is already connected to every port of "${name}".` };
  }
  if (free.length === 1) return { kind: 'apply', ...connectChanges(source, target, free[0]!.name) };
  return { kind: 'choose', from: source, to: target, targetName: name, ports: free };
}

/** The change that connects `from` to port `port` of `to`. */
export function connectChanges(
  from: string,
  to: string,
  port: string,
): { changes: DesignChange[]; select: string } {
  const connection = makeConnection(from, { id: to, port });
  return { changes: [{ type: 'addConnection', connection }], select: connection.id };
}

/** Which handle drags are worth starting a connection for (React Flow's isValidConnection). */
export function isLinkable(design: Design, source: string, target: string): boolean {
  if (source === target) return false;
  if (findService(design, source)) return !!findPod(design, target);
  if (!findContainer(design, source)) return false;
  return (
    !!findContainer(design, target) ||
    !!findService(design, target) ||
    design.externals.some((x) => x.id === target)
  );
}
