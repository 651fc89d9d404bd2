/**
 * Host references in configuration text: `http://cartservice:7070`, `redis-cart:6379`,
 * `postgres://u@db.example.com/orders`, or a bare host in a variable whose name says it holds one
 * (`DATABASE_HOST=orders-db.example.com`).
 */

export interface HostRef {
  host: string;
  port?: number;
  scheme?: string;
  /** localhost, 127.0.0.1 or ::1: the pod itself. */
  local: boolean;
}

const URL =
  /\b([a-z][a-z0-9+.-]{1,15}):\/\/(?:[^@/\s'"]*@)?(\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9])?)(?::(\d{1,5}))?/gi;
const HOST_PORT = /(^|[\s,;=@"'(:])([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9])?):(\d{1,5})(?![\d.:a-z])/gi;
const HOST_ONLY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;
/** Variable names that hold a host. */
const HOST_VARIABLE = /(HOST|HOSTNAME|ADDR|ADDRESS|SERVICE|ENDPOINT|SERVER|URL|URI)S?$/i;
/** Variable names whose `x:n` values are image tags or versions, not host and port. */
const NOT_A_HOST_VARIABLE = /(IMAGE|VERSION|TAG|RELEASE|TIME|DATE|RATIO|PATH)S?$/i;
/** Words that stand before a port without naming a host: socat's `tcp-listen:5432`, `unix:…`. */
const NOT_A_HOST = /listen|^(tcp|udp|unix|tcp4|tcp6|udp4|udp6|http|https|port)$/;
const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const BIND_ALL = new Set(['0.0.0.0', '::', '[::]']);

/** The host references in one value; `name` is the variable's name, if the value is a variable's. */
export function hostRefs(value: string, name?: string): HostRef[] {
  if (value.length > 4096) value = value.slice(0, 4096);
  if (name && NOT_A_HOST_VARIABLE.test(name)) return [];
  const refs: HostRef[] = [];
  const add = (host: string, port: number | undefined, scheme?: string) => {
    const lower = host.toLowerCase();
    if (BIND_ALL.has(lower) || NOT_A_HOST.test(lower) || !/[a-z0-9]/.test(lower)) return;
    if (port !== undefined && (port < 1 || port > 65535)) return;
    if (!LOCAL.has(lower) && !/[a-z]/.test(lower) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(lower)) return;
    refs.push({
      host: lower,
      ...(port !== undefined ? { port } : {}),
      ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
      local: LOCAL.has(lower),
    });
  };
  const rest = value.replace(URL, (_, scheme: string, host: string, port: string | undefined) => {
    add(host, port ? Number(port) : undefined, scheme);
    return ' ';
  });
  // Ports below 20 are not services anyone connects to (`TOPICS=orders:1,audit:2` lists partitions).
  for (const match of rest.matchAll(HOST_PORT)) if (Number(match[3]) >= 20) add(match[2]!, Number(match[3]));
  if (refs.length === 0 && name && HOST_VARIABLE.test(name)) {
    const trimmed = value.trim();
    if (
      HOST_ONLY.test(trimmed) &&
      /[a-z]/i.test(trimmed) &&
      !/^(true|false|yes|no|on|off|none|null)$/i.test(trimmed)
    )
      add(trimmed, undefined);
  }
  return refs;
}

/**
 * The service a cluster DNS name names: `cart.shop.svc.cluster.local` -> `cart` in `shop`, and a
 * StatefulSet pod's own name under its headless Service, `db-0.db.shop.svc…` -> `db` in `shop`.
 */
export function clusterServiceName(host: string): { name: string; namespace?: string } {
  const parts = host.split('.');
  const svc = parts.indexOf('svc');
  if (svc === 3) return { name: parts[1]!, namespace: parts[2]! };
  if (svc === 2 || parts.length === 2) return { name: parts[0]!, namespace: parts[1]! };
  return { name: host };
}
