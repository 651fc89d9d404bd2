import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findService,
  sampleDesign,
  sequentialIds,
  setIdSource,
  tryApplyChanges,
  type Design,
} from '../../../core';
import { isLinkable, planLink } from './connect';
import { twoPodDesign } from '../../../core/testing/layout-designs';

let restoreIds: () => void;
beforeEach(() => {
  restoreIds = setIdSource(sequentialIds());
});
afterEach(() => restoreIds());

/** The sample with a second port on the app, so connecting to it needs a choice. */
function twoPortApp(): Design {
  const design = sampleDesign();
  const result = tryApplyChanges(design, [
    {
      type: 'addPort',
      container: 'ctr-shop-app',
      port: { name: 'admin', port: 9090, protocol: 'TCP', scope: 'localhost' },
    },
  ]);
  if (!result.ok) throw new Error(result.error.message);
  return result.design;
}

describe('linking by dragging from a handle', () => {
  it.each([
    { name: 'a Service dragged to a pod', source: 'svc-shop', target: 'pod-shop', kind: 'apply' },
    {
      name: 'a container to an external with one port',
      source: 'ctr-shop-tls',
      target: 'ext-orders-db',
      kind: 'apply',
    },
    { name: 'a container to a Service', source: 'ctr-shop-tls', target: 'svc-shop', kind: 'apply' },
    { name: 'a container to a pod', source: 'ctr-shop-tls', target: 'pod-shop', kind: 'refuse' },
    { name: 'a container to itself', source: 'ctr-shop-tls', target: 'ctr-shop-tls', kind: 'refuse' },
    { name: 'a Service to a container', source: 'svc-shop', target: 'ctr-shop-app', kind: 'refuse' },
    { name: 'an external to anything', source: 'ext-orders-db', target: 'ctr-shop-app', kind: 'refuse' },
    // The sample already connects tls to the app's only port.
    {
      name: 'a second connection to the same port',
      source: 'ctr-shop-tls',
      target: 'ctr-shop-app',
      kind: 'refuse',
    },
  ])('$name: $kind', ({ source, target, kind }) => {
    expect(planLink(sampleDesign(), source, target).kind).toBe(kind);
  });

  it('asks which port when the target has several, listing only the free ones', () => {
    const design = twoPortApp();
    const plan = planLink(design, 'ctr-shop-tls', 'ctr-shop-app');
    // tls already calls http, so only admin is free: no question needed.
    expect(plan).toMatchObject({ kind: 'apply' });
    const fresh = { ...design, connections: [] };
    expect(planLink(fresh, 'ctr-shop-tls', 'ctr-shop-app')).toMatchObject({
      kind: 'choose',
      targetName: 'app',
      ports: [{ name: 'http' }, { name: 'admin' }],
    });
  });

  it('says so when the target has no port', () => {
    const design = { ...sampleDesign(), externals: [{ ...sampleDesign().externals[0]!, ports: [] }] };
    expect(planLink(design, 'ctr-shop-app', 'ext-orders-db')).toMatchObject({
      kind: 'refuse',
      message: expect.stringContaining('no port'),
    });
  });

  it('attaches a Service with no ports to a pod with a default port', () => {
    const design = twoPodDesign();
    const plan = planLink(design, 'svc-loose', 'pod-shop');
    if (plan.kind !== 'apply') throw new Error(plan.kind);
    const result = tryApplyChanges(design, plan.changes);
    if (!result.ok) throw new Error(result.error.message);
    expect(findService(result.design, 'svc-loose')).toMatchObject({
      pod: 'pod-shop',
      ports: [{ name: 'https', port: 443, targetPort: 'https' }],
    });
  });

  it('attaches to a pod with no reachable port, and says what is missing', () => {
    const plan = planLink(twoPodDesign(), 'svc-loose', 'pod-empty');
    expect(plan).toMatchObject({ kind: 'apply', notice: expect.stringContaining('no port') });
  });

  it.each([
    { source: 'ctr-shop-app', target: 'ext-orders-db', ok: true },
    { source: 'svc-shop', target: 'pod-shop', ok: true },
    { source: 'svc-shop', target: 'ext-orders-db', ok: false },
    { source: 'ctr-shop-app', target: 'pod-shop', ok: false },
  ])('isLinkable($source, $target) is $ok', ({ source, target, ok }) => {
    expect(isLinkable(sampleDesign(), source, target)).toBe(ok);
  });
});
