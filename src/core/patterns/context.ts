import { findContainer } from '../model/queries';
import { toDnsLabel, uniqueName } from '../model/names';
import type { Container, Design, Pod, Port } from '../model/types';

/** An app container and its pod, or the sentence that says why the id is not one. */
export function appInPod(design: Design, containerId: string): { pod: Pod; app: Container } | string {
  const ref = findContainer(design, containerId);
  if (!ref) return 'Select an app container first.';
  if (ref.container.role !== 'app') {
    return `"${ref.container.name}" is ${roleWord(ref.container.role)}; patterns are applied to an app container.`;
  }
  return { pod: ref.pod, app: ref.container };
}

/** "a sidecar", "an init container", for sentences. */
export function roleWord(role: string): string {
  if (role === 'init') return 'an init container';
  return `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
}

/** Every id the design uses, so new ones never collide. */
function takenIds(design: Design): Set<string> {
  return new Set([
    ...design.pods.flatMap((p) => [p.id, ...p.containers.map((c) => c.id)]),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
    ...design.connections.map((c) => c.id),
  ]);
}

/**
 * Deterministic ids derived from what they belong to (`c-web-tls`), made unique against the design
 * and against each other: applying the same pattern to the same design always gives the same changes.
 */
export class IdMaker {
  private readonly taken: Set<string>;

  constructor(design: Design) {
    this.taken = takenIds(design);
  }

  make(base: string): string {
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}-${i}`;
    this.taken.add(id);
    return id;
  }
}

/** A container name free in the pod. */
export function containerName(pod: Pod, base: string): string {
  return uniqueName(
    toDnsLabel(base),
    pod.containers.map((c) => c.name),
  );
}

/** A volume name free in the pod. */
export function volumeName(pod: Pod, base: string): string {
  return uniqueName(
    toDnsLabel(base),
    pod.volumes.map((v) => v.name),
  );
}

/** A port name free in the pod (Kubernetes wants them unique across its containers). */
export function portName(pod: Pod, base: string, taken: string[] = []): string {
  return uniqueName(base, [...pod.containers.flatMap((c) => c.ports.map((p) => p.name)), ...taken], 15);
}

/** A port number no container of the pod binds yet, from `wanted` up. */
export function freePort(pod: Pod, wanted: number, taken: number[] = []): number {
  const used = new Set([...pod.containers.flatMap((c) => c.ports.map((p) => p.port)), ...taken]);
  let port = wanted;
  while (used.has(port) && port < 65535) port++;
  return port;
}

/** A service or external name free in the design (both are DNS names callers use). */
export function endpointName(design: Design, base: string): string {
  return uniqueName(toDnsLabel(base), [
    ...design.services.map((s) => s.name),
    ...design.externals.map((x) => x.name),
  ]);
}

/** A mount path the container does not use yet. */
export function freeMountPath(container: Container, wanted: string): string {
  const used = new Set(container.mounts.map((m) => m.path));
  let path = wanted;
  for (let i = 2; used.has(path); i++) path = `${wanted}-${i}`;
  return path;
}

/** The app's port that most plausibly speaks the given protocols, by contract, then by name. */
export function portSpeaking(
  app: Container,
  protocols: readonly string[],
  names: readonly string[],
): Port | undefined {
  return (
    app.ports.find((p) => p.contract && protocols.includes(p.contract.protocol)) ??
    app.ports.find((p) => !p.contract && names.some((n) => p.name === n || p.name.startsWith(`${n}-`)))
  );
}

/** A requirement on a contract that its current version satisfies (`^2.4.1`), when it is semver. */
export function requirementFor(contract: { name: string; version: string } | undefined) {
  const version = contract && /^\d+\.\d+\.\d+$/.exec(contract.version)?.[0];
  return contract && version ? { requires: { contract: contract.name, range: `^${version}` } } : {};
}
