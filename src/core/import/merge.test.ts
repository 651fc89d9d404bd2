import { describe, expect, it } from 'vitest';
import { sequentialIds, setIdSource } from '../model/ids';
import {
  aConnection,
  aContainer,
  aDesign,
  anExternal,
  aPod,
  aService,
  aWebDesign,
} from '../testing/builders';
import { mergeDesigns } from './merge';

function withIds<T>(fn: () => T): T {
  const restore = setIdSource(sequentialIds());
  try {
    return fn();
  } finally {
    restore();
  }
}

/** An imported design: pod "web" (clashes) and pod "api", Service "web" (clashes), external "queue". */
function importedDesign() {
  return aDesign({
    name: 'imported',
    pods: [
      aPod({ id: 'p-i-web', name: 'web', containers: [aContainer({ id: 'c-i-web', name: 'web' })] }),
      aPod({ id: 'p-i-api', name: 'api', containers: [aContainer({ id: 'c-i-api', name: 'api' })] }),
    ],
    services: [aService({ id: 's-i-web', name: 'web', pod: 'p-i-web' })],
    externals: [
      anExternal({
        id: 'x-i-q',
        name: 'queue',
        kind: 'queue',
        ports: [{ name: 'amqp', port: 5672, protocol: 'TCP' }],
      }),
    ],
    connections: [aConnection({ id: 'e-i', from: 'c-i-web', to: { id: 'x-i-q', port: 'amqp' } })],
    layout: {
      'p-i-web': { x: 0, y: 0, w: 200, h: 172 },
      'c-i-web': { x: 20, y: 56 },
      'p-i-api': { x: 300, y: 0, w: 200, h: 172 },
      's-i-web': { x: -250, y: 10 },
    },
    passthrough: [{ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'web', object: {} }],
  });
}

describe('mergeDesigns', () => {
  it('keeps every existing entity and adds the imported ones beside them', () => {
    const current = aWebDesign();
    const result = withIds(() => mergeDesigns(current, importedDesign(), { x: 1000, y: 0 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { design } = result;
    expect(design.name).toBe(current.name);
    expect(design.pods.map((p) => p.name)).toEqual(['web', 'web-2', 'api']);
    expect(design.services.map((s) => s.name)).toEqual(['web', 'web-2']);
    expect(design.externals.map((x) => x.name)).toEqual(['db', 'queue']);
    expect(design.connections).toHaveLength(current.connections.length + 1);
    expect(design.pods.slice(0, 1)).toEqual(current.pods);
  });

  it.each([
    { kind: 'pod', from: 'web', to: 'web-2' },
    { kind: 'service', from: 'web', to: 'web-2' },
  ])('reports the $kind "$from" renamed to "$to"', (rename) => {
    const result = withIds(() => mergeDesigns(aWebDesign(), importedDesign()));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.renamed).toContainEqual(rename);
  });

  it('rewires the imported references to the fresh ids', () => {
    const result = withIds(() => mergeDesigns(aWebDesign(), importedDesign()));
    if (!result.ok) throw new Error(result.message);
    const { design } = result;
    const web2 = design.pods.find((p) => p.name === 'web-2')!;
    const service = design.services.find((s) => s.name === 'web-2')!;
    const queue = design.externals.find((x) => x.name === 'queue')!;
    expect(service.pod).toBe(web2.id);
    expect(design.connections.at(-1)).toMatchObject({ from: web2.containers[0]!.id, to: { id: queue.id } });
    expect(design.pods.map((p) => p.id)).not.toContain('p-i-web');
  });

  it('shifts the imported top-level layout by the offset and keeps container positions relative', () => {
    const result = withIds(() => mergeDesigns(aWebDesign(), importedDesign(), { x: 1000, y: 50 }));
    if (!result.ok) throw new Error(result.message);
    const { design } = result;
    const web2 = design.pods.find((p) => p.name === 'web-2')!;
    const service = design.services.find((s) => s.name === 'web-2')!;
    expect(design.layout[web2.id]).toEqual({ x: 1000, y: 50, w: 200, h: 172 });
    expect(design.layout[web2.containers[0]!.id]).toEqual({ x: 20, y: 56 });
    expect(design.layout[service.id]).toEqual({ x: 750, y: 60 });
  });

  it('adds kept Kubernetes objects once', () => {
    const imported = importedDesign();
    const current = aDesign({ passthrough: imported.passthrough });
    const once = withIds(() => mergeDesigns(aDesign(), imported));
    const twice = withIds(() => mergeDesigns(current, imported));
    expect(once).toMatchObject({ ok: true, design: { passthrough: [{ kind: 'Ingress' }] } });
    expect(twice).toMatchObject({ ok: true, design: { passthrough: [{ kind: 'Ingress' }] } });
  });

  it('merging into an empty design renames nothing', () => {
    const result = withIds(() => mergeDesigns(aDesign(), importedDesign()));
    expect(result).toMatchObject({ ok: true, renamed: [] });
  });
});
