import type { Connection } from '../../model/types';
import type { ResolvedTarget } from '../design-index';
import { definePodRule } from '../define';
import { targetName } from '../relations';
import { connectionTarget } from '../targets';
import type { QuickFix } from '../types';

export default definePodRule(
  {
    id: 'connection-port-undeclared',
    description: 'Require every connection to start at a container and end at a port its target declares.',
    category: 'wiring',
    severity: 'error',
    why: 'A connection is a promise that the caller can reach a named port; one that ends at a port (or an entity) that does not exist cannot be exported as configuration, network policy or documentation. The catalog\'s "port resolves along the whole path" check; no upstream linter sees connections.',
    upstream: [],
    messages: {
      fromMissing: 'Connection {connection} starts at a container that does not exist.',
      toMissing: 'Connection {connection} ends at something that does not exist.',
      portMissing: 'Connection {connection} ends at port "{port}", which "{target}" does not declare.',
    },
  },
  {
    pod({ entries }, { index }, findings) {
      for (const { outbound, targets } of entries) {
        for (let i = 0; i < outbound.length; i++) {
          const connection = outbound[i]!;
          const resolved = targets[i]!;
          if (resolved.kind !== 'missing' && portResolves(resolved)) continue;
          const target = connectionTarget(index, connection);
          const data = { connection: target.name, port: connection.to.port };
          if (resolved.kind === 'missing') {
            findings.push({ messageId: 'toMissing', data, target, fix: remove(connection) });
          } else {
            findings.push({
              messageId: 'portMissing',
              data: { ...data, target: targetName(resolved) },
              target,
              fix: onlyPortFix(connection, resolved),
            });
          }
        }
      }
    },
    rest({ index }, findings) {
      for (const connection of index.orphans) {
        const target = connectionTarget(index, connection);
        const data = { connection: target.name, port: connection.to.port };
        findings.push({ messageId: 'fromMissing', data, target, fix: remove(connection) });
      }
    },
  },
);

function remove(connection: Connection): QuickFix {
  return { title: 'Remove the connection', changes: [{ type: 'remove', ids: [connection.id] }] };
}

function portResolves(target: ResolvedTarget): boolean {
  if (target.kind === 'service') return target.servicePort !== undefined;
  return target.kind !== 'missing' && target.port !== undefined;
}

/** When the target offers exactly one port, that is the one the connection means. */
function onlyPortFix(connection: Connection, target: ResolvedTarget): QuickFix | undefined {
  const names =
    target.kind === 'container'
      ? target.container.ports.map((p) => p.name)
      : target.kind === 'service'
        ? target.service.ports.map((p) => p.name)
        : target.kind === 'external'
          ? target.external.ports.map((p) => p.name)
          : [];
  const [only] = names;
  if (names.length !== 1 || only === undefined) return undefined;
  return {
    title: `Connect to port "${only}" instead`,
    changes: [
      { type: 'updateConnection', id: connection.id, patch: { to: { id: connection.to.id, port: only } } },
    ],
  };
}
