import type { RenderedConfig } from './nginx';
import { relativeWeights, type ProxyPlan } from './plan';

/**
 * A twemproxy (nutcracker) configuration: one server pool per listening port, hashing keys with
 * ketama over the backends. A headless service over a StatefulSet contributes each member by its
 * stable name (`redis-0.redis-shards`), which is what lets the proxy shard. Connection weights become
 * server weights; a weight of 0 leaves the server out.
 */
export function renderTwemproxy(plan: ProxyPlan): RenderedConfig {
  const notes = [...plan.notes];
  const pools: string[] = [];
  for (const listener of plan.listeners) {
    const name = listener.port.name;
    if (listener.protocol !== 'redis' && listener.protocol !== 'memcached') {
      notes.push(`Port "${name}" needs a redis or memcached contract for twemproxy to serve it.`);
      continue;
    }
    const weights = relativeWeights(listener.upstreams);
    const taken = new Set<string>();
    const servers = listener.upstreams.flatMap((u, i) => {
      const weight = weights ? weights[i]! : 1;
      if (weight === 0) return [];
      const label = unique(u.host.split('.')[0]!.replace(/[^A-Za-z0-9-]/g, '') || 'server', taken);
      return [`    - ${u.host}:${u.port}:${weight} ${label}`];
    });
    if (servers.length === 0) {
      notes.push(`Port "${name}" has no backend yet: connect the proxy to the shards.`);
      continue;
    }
    const address = listener.port.scope === 'localhost' ? '127.0.0.1' : '0.0.0.0';
    pools.push(
      [
        `${name}:`,
        `  listen: ${address}:${listener.port.port}`,
        ...(listener.protocol === 'redis' ? ['  redis: true'] : []),
        '  hash: fnv1a_64',
        '  distribution: ketama',
        '  auto_eject_hosts: false',
        '  timeout: 400',
        '  servers:',
        ...servers,
      ].join('\n'),
    );
  }
  if (plan.health.length > 0) notes.push('twemproxy has no health endpoint; probe its port instead.');
  return { content: pools.length ? `${pools.join('\n\n')}\n` : '', notes };
}

function unique(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
