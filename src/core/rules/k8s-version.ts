/** A Kubernetes minor release, as a design targets it (`1.33`). */
export interface KubernetesVersion {
  major: number;
  minor: number;
}

/** Reads `1.33`, `v1.33` or `1.33.2`; undefined for anything else, so lifecycle rules stay silent on nonsense. */
export function parseKubernetesVersion(text: unknown): KubernetesVersion | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^v?(\d{1,3})\.(\d{1,3})(?:\.\d{1,5})?$/.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Native sidecars (init containers with `restartPolicy: Always`) are on by default from 1.29 (beta), GA in 1.33. */
export const NATIVE_SIDECARS_FROM: KubernetesVersion = { major: 1, minor: 29 };

export function atLeast(version: KubernetesVersion, floor: KubernetesVersion): boolean {
  return version.major !== floor.major ? version.major > floor.major : version.minor >= floor.minor;
}

/** Whether the export emits helpers as native sidecars for this target. */
export function nativeSidecars(version: KubernetesVersion | undefined): boolean {
  return version !== undefined && atLeast(version, NATIVE_SIDECARS_FROM);
}
