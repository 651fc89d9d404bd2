/**
 * Port names: Kubernetes makes them optional, the design requires them (Services target container
 * ports by name). Unnamed ports get a name from what serves on them, else `p<number>`.
 */
import { portNameProblem } from '../model/names';

/** Conventional names of well-known ports, used for ports the input leaves unnamed. */
const WELL_KNOWN: Record<number, string> = {
  80: 'http',
  443: 'https',
  8080: 'http',
  8443: 'https',
  9090: 'metrics',
  3306: 'mysql',
  5432: 'postgres',
  6379: 'redis',
  11211: 'memcached',
  27017: 'mongodb',
  5672: 'amqp',
  9092: 'kafka',
  4222: 'nats',
  4317: 'otlp-grpc',
  4318: 'otlp-http',
  9411: 'zipkin',
  53: 'dns',
};

export function wellKnownPortName(port: number): string | undefined {
  return Object.hasOwn(WELL_KNOWN, port) ? WELL_KNOWN[port] : undefined;
}

/** Any text as an IANA port name (lower case, at most 15 characters, a letter, no `--`); undefined if nothing is left. */
export function toPortName(text: string): string | undefined {
  let name = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 15)
    .replace(/-+$/g, '');
  if (name && !/[a-z]/.test(name)) name = `p${name}`.slice(0, 15);
  return name && portNameProblem(name) === null ? name : undefined;
}

/** A free port name for `port`: the preferred one, the well-known one, or `p<number>`, made unique. */
export function freePortName(port: number, taken: ReadonlySet<string>, preferred?: string): string {
  for (const candidate of [preferred, wellKnownPortName(port), `p${port}`]) {
    const name = candidate === undefined ? undefined : toPortName(candidate);
    if (name && !taken.has(name)) return name;
  }
  const base = `p${port}`;
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = base.slice(0, 15 - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

const GENERIC_FILE_NAMES =
  /^(compose|docker-compose|kubernetes-manifests|manifests?|all-in-one|deployment|k8s|kubernetes|release|output-k8s|index)$/i;

/** A design name from a file name: its base name, or its folder's when the base name says nothing. */
export function fileBaseName(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const parts = path.split(/[\\/]/).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const base = parts[i]!.replace(/\.(ya?ml|json)$/i, '');
    if (base && !GENERIC_FILE_NAMES.test(base) && base !== '.' && base !== '..') return base;
  }
  return undefined;
}
