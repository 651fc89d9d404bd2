import { describe, expect, it } from 'vitest';
import { aContainer, aPod, aPort, aService, aWebDesign } from '../testing/builders';
import type { DesignChange } from './change-types';
import { applyChange, tryApplyChange, tryApplyChanges } from './changes';
import { integrityIssues } from './integrity';
import type { Design } from './types';

function apply(change: DesignChange, design: Design = aWebDesign()): Design {
  const result = tryApplyChange(design, change);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  expect(integrityIssues(result.design)).toEqual([]);
  return result.design;
}

describe('changes that cascade', () => {
  it.each<{ name: string; change: DesignChange; expect: (d: Design) => void }>([
    {
      name: 'renaming a container port renames connections, service target ports and probes',
      change: { type: 'updatePort', container: 'c-tls', port: 'https', patch: { name: 'tls' } },
      expect: (d) => expect(d.services[0]!.ports[0]).toMatchObject({ name: 'https', targetPort: 'tls' }),
    },
    {
      name: 'renaming a target port renames the connections to it',
      change: { type: 'updatePort', container: 'c-app', port: 'http', patch: { name: 'web' } },
      expect: (d) =>
        expect(d.connections.find((c) => c.id === 'e-2')!.to).toEqual({ id: 'c-app', port: 'web' }),
    },
    {
      name: 'removing a port removes the connections to it',
      change: { type: 'removePort', container: 'c-app', port: 'http' },
      expect: (d) => expect(d.connections.map((c) => c.id)).toEqual(['e-1']),
    },
    {
      name: 'renaming an external port renames the connections to it',
      change: { type: 'updateExternalPort', external: 'x-db', port: 'sql', patch: { name: 'postgres' } },
      expect: (d) => expect(d.connections[0]!.to.port).toBe('postgres'),
    },
    {
      name: 'removing a pod removes its containers, their connections and the services selecting it',
      change: { type: 'remove', ids: ['p-web'] },
      expect: (d) => expect(d).toMatchObject({ pods: [], services: [], connections: [] }),
    },
    {
      name: 'removing a container removes the connections from and to it',
      change: { type: 'remove', ids: ['c-app'] },
      expect: (d) => expect(d.connections).toEqual([]),
    },
    {
      name: 'removing an external removes the connections to it',
      change: { type: 'remove', ids: ['x-db'] },
      expect: (d) => expect(d.connections.map((c) => c.id)).toEqual(['e-2']),
    },
    {
      name: 'renaming a volume renames the mounts that use it',
      change: { type: 'updateVolume', pod: 'p-web', volume: 'cache', patch: { name: 'scratch' } },
      expect: (d) => expect(d.pods[0]!.volumes[0]!.name).toBe('scratch'),
    },
    {
      name: 'changing a role confirms it',
      change: { type: 'updateContainer', id: 'c-tls', patch: { role: 'ambassador' } },
      expect: (d) => expect(d.pods[0]!.containers[1]).not.toHaveProperty('roleInferred'),
    },
  ])('$name', ({ change, expect: check }) => {
    check(apply(change));
  });

  it('moving a container keeps its connections and carries the volumes it mounts', () => {
    let design = aWebDesign();
    design = apply(
      { type: 'updateContainer', id: 'c-tls', patch: { mounts: [{ volume: 'cache', path: '/cache' }] } },
      design,
    );
    design = apply({ type: 'addPod', pod: aPod({ id: 'p-2', name: 'other' }) }, design);
    design = apply({ type: 'moveContainer', id: 'c-tls', toPod: 'p-2' }, design);
    expect(design.pods[1]).toMatchObject({ containers: [{ id: 'c-tls' }], volumes: [{ name: 'cache' }] });
    expect(design.connections).toHaveLength(2);
  });
});

describe('changes that are refused', () => {
  it.each<{ name: string; change: DesignChange; code: string; message: RegExp }>([
    {
      name: 'a pod name that is not DNS-1123',
      change: { type: 'updatePod', id: 'p-web', patch: { name: 'Web_1' } },
      code: 'name-invalid',
      message: /DNS-1123/,
    },
    {
      name: 'a duplicate pod name',
      change: { type: 'addPod', pod: aPod({ id: 'p-2' }) },
      code: 'name-invalid',
      message: /already used/,
    },
    {
      name: 'a duplicate container name in a pod',
      change: { type: 'addContainer', pod: 'p-web', container: aContainer({ id: 'c-9', name: 'tls' }) },
      code: 'name-invalid',
      message: /in pod "web"/,
    },
    {
      name: 'a port out of range',
      change: { type: 'updatePort', container: 'c-app', port: 'http', patch: { port: 70000 } },
      code: 'port-invalid',
      message: /1 to 65535/,
    },
    {
      name: 'a port name used by another container of the pod',
      change: { type: 'addPort', container: 'c-app', port: aPort({ name: 'https' }) },
      code: 'port-invalid',
      message: /already used/,
    },
    {
      name: 'a port name longer than 15 characters',
      change: { type: 'addPort', container: 'c-app', port: aPort({ name: 'a-very-long-port-name' }) },
      code: 'port-invalid',
      message: /at most 15/,
    },
    {
      name: 'a service named like an external',
      change: { type: 'addService', service: aService({ id: 's-2', name: 'db' }) },
      code: 'name-invalid',
      message: /already used/,
    },
    {
      name: 'a connection to a missing port',
      change: {
        type: 'addConnection',
        connection: { id: 'e-9', from: 'c-app', to: { id: 'x-db', port: 'nope' } },
      },
      code: 'connection-invalid',
      message: /no port named "nope"/,
    },
    {
      name: 'a connection from a service',
      change: {
        type: 'addConnection',
        connection: { id: 'e-9', from: 's-web', to: { id: 'x-db', port: 'sql' } },
      },
      code: 'connection-invalid',
      message: /start at a container/,
    },
    {
      name: 'a reused id',
      change: { type: 'addPod', pod: aPod({ id: 'c-app', name: 'fresh' }) },
      code: 'id-taken',
      message: /already used/,
    },
    {
      name: 'an update of something deleted',
      change: { type: 'updateService', id: 'gone', patch: { name: 'x' } },
      code: 'not-found',
      message: /no longer exists/,
    },
  ])('$name', ({ change, code, message }) => {
    const design = aWebDesign();
    const result = tryApplyChange(design, change);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
    expect(applyChange(design, change)).toBe(design);
  });

  it('refuses a whole batch when one change in it is refused', () => {
    const result = tryApplyChanges(aWebDesign(), [
      { type: 'updatePod', id: 'p-web', patch: { replicas: 3 } },
      { type: 'updatePod', id: 'p-web', patch: { name: 'BAD' } },
    ]);
    expect(result.ok).toBe(false);
  });
});
