import { relativeWeights, type Listener, type ProxyPlan } from './plan';

/** A rendered configuration file and what it could not say. */
export interface RenderedConfig {
  content: string;
  notes: string[];
}

const INDENT = '    ';

/**
 * An nginx `conf.d` file: one weighted `upstream` and one `server` per listening port, plus a
 * `/healthz` server per health port. Weights keep their ratios in small whole numbers (90/10 becomes
 * 9/1); a weight of 0 marks the backend `down`. nginx proxies HTTP here; other listeners are noted.
 */
export function renderNginx(plan: ProxyPlan): RenderedConfig {
  const notes = [...plan.notes];
  const blocks: string[] = [];
  for (const listener of plan.listeners) {
    const problem = nginxProblem(listener);
    if (problem) {
      notes.push(problem);
      continue;
    }
    blocks.push(upstreamBlock(listener), serverBlock(listener));
  }
  for (const port of plan.health) {
    blocks.push(
      block('server', [
        `listen ${listenAddress(port.scope, port.port)};`,
        ...block('location = /healthz', ['return 200 "ok\\n";']),
      ]).join('\n'),
    );
  }
  return { content: blocks.length ? `${blocks.join('\n\n')}\n` : '', notes };
}

function nginxProblem(listener: Listener): string | undefined {
  const name = listener.port.name;
  if (listener.protocol && listener.protocol !== 'http') {
    return `Port "${name}" speaks ${listener.protocol}; the nginx configuration written here proxies HTTP only (use envoy for other protocols).`;
  }
  if (listener.upstreams.length === 0) return `Port "${name}" has no backend yet: connect the proxy to one.`;
  const tls = new Set(listener.upstreams.map((u) => u.tls));
  if (tls.size > 1)
    return `Port "${name}" mixes HTTP and HTTPS backends, which one nginx upstream cannot do.`;
  return undefined;
}

function upstreamBlock(listener: Listener): string {
  const weights = relativeWeights(listener.upstreams);
  const servers = listener.upstreams.map((u, i) => {
    const weight = weights?.[i];
    const suffix = weight === undefined ? '' : weight === 0 ? ' down' : ` weight=${weight}`;
    return `server ${u.host}:${u.port}${suffix};`;
  });
  return block(`upstream ${listener.port.name}`, servers).join('\n');
}

function serverBlock(listener: Listener): string {
  const tls = listener.upstreams[0]!.tls;
  const scheme = tls ? 'https' : 'http';
  const location = [`proxy_pass ${scheme}://${listener.port.name};`];
  if (tls) location.push('proxy_ssl_server_name on;', `proxy_ssl_name ${listener.upstreams[0]!.host};`);
  return block('server', [
    `listen ${listenAddress(listener.port.scope, listener.port.port)};`,
    ...block('location /', location),
  ]).join('\n');
}

function listenAddress(scope: 'pod' | 'localhost', port: number): string {
  return scope === 'localhost' ? `127.0.0.1:${port}` : String(port);
}

function block(head: string, lines: string[]): string[] {
  return [`${head} {`, ...lines.map((l) => `${INDENT}${l}`), '}'];
}
