/** Kubernetes target versions, as far as the exporter cares: major and minor. */
export interface KubeVersion {
  major: number;
  minor: number;
}

/** Native sidecars (`initContainers` with `restartPolicy: Always`) are on by default from 1.29. */
export const NATIVE_SIDECARS_SINCE: KubeVersion = { major: 1, minor: 29 };

/** Parses `1.33`, `v1.33` or `1.33.2`; undefined for anything else. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const match = /^v?(\d{1,3})\.(\d{1,3})(?:\.\d{1,5})?$/.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

export function atLeast(version: KubeVersion, floor: KubeVersion): boolean {
  return version.major > floor.major || (version.major === floor.major && version.minor >= floor.minor);
}

export function formatKubeVersion(version: KubeVersion): string {
  return `${version.major}.${version.minor}`;
}
