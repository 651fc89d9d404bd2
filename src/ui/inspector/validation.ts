import {
  dnsLabelProblem,
  duplicateProblem,
  envNameProblem,
  portNameProblem,
  type Design,
  type Pod,
} from '../../core';

/**
 * The same rules the core applies, checked at the field before anything is applied, so the field
 * can say why and the design keeps its last valid value. Each returns null when the name is fine.
 */
export function podNameProblem(design: Design, podId: string, name: string): string | null {
  const others = design.pods.filter((p) => p.id !== podId).map((p) => p.name);
  return dnsLabelProblem(name) ?? duplicateProblem(name, others, 'by another pod');
}

export function containerNameProblem(pod: Pod, containerId: string, name: string): string | null {
  const others = pod.containers.filter((c) => c.id !== containerId).map((c) => c.name);
  return dnsLabelProblem(name) ?? duplicateProblem(name, others, `in pod "${pod.name}"`);
}

/** Services and externals share one name space: both become DNS names callers use. */
export function endpointNameProblem(design: Design, id: string, name: string): string | null {
  const others = [...design.services, ...design.externals].filter((e) => e.id !== id).map((e) => e.name);
  return dnsLabelProblem(name) ?? duplicateProblem(name, others, 'by another service or external');
}

/** Container port names are unique across the whole pod (Kubernetes targets them by name). */
export function containerPortNameProblem(pod: Pod, current: string, name: string): string | null {
  const others = pod.containers.flatMap((c) => c.ports.map((p) => p.name)).filter((n) => n !== current);
  return portNameProblem(name) ?? duplicateProblem(name, others, `in pod "${pod.name}"`);
}

export function listedPortNameProblem(
  names: string[],
  current: string,
  name: string,
  scope: string,
): string | null {
  return (
    portNameProblem(name) ??
    duplicateProblem(
      name,
      names.filter((n) => n !== current),
      scope,
    )
  );
}

export function volumeNameProblem(pod: Pod, current: string, name: string): string | null {
  const others = pod.volumes.map((v) => v.name).filter((n) => n !== current);
  return dnsLabelProblem(name) ?? duplicateProblem(name, others, `in pod "${pod.name}"`);
}

export function envVarNameProblem(names: string[], index: number, name: string): string | null {
  const others = names.filter((_, i) => i !== index);
  return envNameProblem(name) ?? duplicateProblem(name, others, 'by another variable of this container');
}

const QUANTITY = /^(\d+(\.\d+)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** A Kubernetes quantity such as `250m`, `1`, `128Mi`; empty is allowed (unset). */
export function quantityProblem(text: string): string | null {
  if (text === '' || QUANTITY.test(text)) return null;
  return `"${text}" is not a Kubernetes quantity: write e.g. 250m or 0.5 for CPU, 128Mi or 1Gi for memory.`;
}

export function absolutePathProblem(text: string): string | null {
  if (text === '') return 'A mount path is required.';
  if (!text.startsWith('/')) return `"${text}" is not an absolute path: start it with "/".`;
  return null;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function semverProblem(text: string): string | null {
  if (text === '' || SEMVER.test(text)) return null;
  return `"${text}" is not a semantic version: write MAJOR.MINOR.PATCH, e.g. 1.4.0.`;
}

export function urlProblem(text: string): string | null {
  if (text === '') return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return null;
  } catch {
    // fall through
  }
  return `"${text}" is not a web address: start it with https://.`;
}

const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Kubernetes label keys (optional DNS prefix, "/", name) and values, as `key=value` lines. */
export function labelsProblem(text: string): string | null {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : '';
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    const keyOk =
      name.length > 0 &&
      name.length <= 63 &&
      LABEL_NAME.test(name) &&
      (slash < 0 || (prefix.length <= 253 && LABEL_PREFIX.test(prefix)));
    if (!keyOk) return `Line ${i + 1}: "${key}" is not a valid label key.`;
    if (value.length > 63 || !LABEL_NAME.test(value))
      return `Line ${i + 1}: "${value}" is not a valid label value.`;
  }
  return null;
}
