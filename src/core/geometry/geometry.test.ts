import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../templates/sample';
import {
  CONTAINER_SIZE,
  POD_MIN_SIZE,
  SERVICE_MAX_WIDTH,
  SERVICE_SIZE,
  freeSpot,
  geometryOf,
  hitTest,
  overlappingNodes,
  podFitSize,
  podSize,
  serviceSize,
  snapPoint,
} from './geometry';
import { nameTextWidth } from './text-width';
import { aService } from '../testing/builders';
import { twoPodDesign, unplacedDesign } from '../testing/layout-designs';
import { makeContainer, makeDesign, makePod, makeService } from '../model/factories';

describe('geometry', () => {
  it('places containers relative to their pod and pods where the layout says', () => {
    const { rects, relative, podOf } = geometryOf(sampleDesign());
    expect(rects.get('pod-shop')).toEqual({ x: 80, y: 80, width: 460, height: 200 });
    expect(relative.get('ctr-shop-tls')).toEqual({ x: 20, y: 60 });
    expect(rects.get('ctr-shop-tls')).toMatchObject({ x: 100, y: 140, ...CONTAINER_SIZE });
    expect(podOf.get('ctr-shop-app')).toBe('pod-shop');
    expect(rects.get('svc-shop')).toMatchObject({ x: -220, y: 140 });
  });

  it('computes the same geometry object for the same design value', () => {
    const design = sampleDesign();
    expect(geometryOf(design)).toBe(geometryOf(design));
  });

  it.each([
    { name: 'no children: the minimum', children: [], expected: POD_MIN_SIZE },
    {
      name: 'a child far right and low',
      children: [{ x: 400, y: 200 }],
      expected: { width: 400 + CONTAINER_SIZE.width + 20, height: 200 + CONTAINER_SIZE.height + 20 },
    },
  ])('fits a pod around its children: $name', ({ children, expected }) => {
    expect(podFitSize(children)).toEqual(expected);
  });

  it('never draws a pod smaller than its saved size or than its children need', () => {
    expect(podSize({ x: 0, y: 0, w: 600, h: 100 }, [{ x: 20, y: 60 }])).toEqual({ width: 600, height: 176 });
  });

  it('places everything of a design without layout, without overlaps between pods', () => {
    const design = unplacedDesign();
    const { rects } = geometryOf(design);
    for (const id of ['pod-shop', 'ctr-shop-app', 'ctr-shop-tls', 'svc-shop', 'ext-orders-db']) {
      expect(rects.get(id), id).toBeDefined();
    }
    // The two containers sit side by side, not on top of each other.
    expect(rects.get('ctr-shop-app')!.x).not.toBe(rects.get('ctr-shop-tls')!.x);
    // The service stands left of the pod it selects.
    expect(rects.get('svc-shop')!.x + rects.get('svc-shop')!.width).toBeLessThan(rects.get('pod-shop')!.x);
  });

  it.each([1, 2, 3, 7])(
    'places %i pods without layout, each with its Services, with nothing overlapping',
    (pods) => {
      const design = makeDesign({
        pods: Array.from({ length: pods }, (_, i) =>
          makePod({ id: `p${i}`, name: `pod-${i}`, containers: [makeContainer('app', { id: `c${i}` })] }),
        ),
        services: Array.from({ length: pods * 2 }, (_, i) =>
          makeService({ id: `s${i}`, name: `a-rather-long-service-name-${i}`, pod: `p${i % pods}` }),
        ),
      });
      expect(overlappingNodes(design)).toEqual([]);
    },
  );

  it.each([
    { name: 'a service', point: { x: -200, y: 160 }, expected: { kind: 'service', id: 'svc-shop' } },
    { name: 'an external', point: { x: 700, y: 160 }, expected: { kind: 'external', id: 'ext-orders-db' } },
    { name: 'a container (its pod)', point: { x: 120, y: 160 }, expected: { kind: 'pod', id: 'pod-shop' } },
    { name: 'a pod header', point: { x: 90, y: 90 }, expected: { kind: 'pod', id: 'pod-shop' } },
    { name: 'the second pod', point: { x: 100, y: 450 }, expected: { kind: 'pod', id: 'pod-empty' } },
    { name: 'empty canvas', point: { x: 2000, y: 2000 }, expected: undefined },
  ])('hit-tests $name', ({ point, expected }) => {
    expect(hitTest(twoPodDesign(), point)).toEqual(expected);
  });

  it('finds a free spot right of what is in the way', () => {
    const taken = [{ x: 0, y: 0, width: 100, height: 100 }];
    expect(freeSpot({ x: 0, y: 0, width: 50, height: 50 }, taken, { x: 60, y: 0 })).toEqual({ x: 120, y: 0 });
    expect(freeSpot({ x: 200, y: 0, width: 50, height: 50 }, taken)).toEqual({ x: 200, y: 0 });
  });

  it('snaps to the grid, or rounds when snapping is off', () => {
    expect(snapPoint({ x: 14, y: 16 }, 10)).toEqual({ x: 10, y: 20 });
    expect(snapPoint({ x: 14.4, y: 16.6 }, null)).toEqual({ x: 14, y: 17 });
  });
});

describe('serviceSize', () => {
  const fifty = 'order-processing-for-european-customers-version-02';
  it.each([
    {
      name: 'a short name: the standard size',
      service: aService({ name: 'web' }),
      width: SERVICE_SIZE.width,
    },
    {
      name: 'a ClusterIP header fits the standard size',
      service: aService({ type: 'ClusterIP' }),
      width: 190,
    },
    {
      name: 'a LoadBalancer header widens it a little',
      service: aService({ type: 'LoadBalancer' }),
      width: 210,
    },
    {
      name: 'a 30-character name',
      service: aService({ name: 'checkout-payments-gateway-eu-1' }),
      width: 330,
    },
    { name: 'a 50-character name still fits', service: aService({ name: fifty }), width: 480 },
    {
      name: 'a 63-character name: the maximum',
      service: aService({ name: 'm'.repeat(63) }),
      width: SERVICE_MAX_WIDTH,
    },
    {
      name: 'a long ports line',
      service: aService({
        ports: [80, 443, 8080, 8443].map((port) => ({ name: `p${port}`, port, targetPort: `p${port}` })),
      }),
      width: 320,
    },
  ])('$name', ({ service, width }) => {
    expect(serviceSize(service)).toEqual({ width, height: SERVICE_SIZE.height });
  });

  it('leaves room for the name below the maximum, and the geometry uses it', () => {
    const service = aService({ name: 'checkout-payments-gateway-eu-1' });
    expect(serviceSize(service).width - 51).toBeGreaterThanOrEqual(nameTextWidth(service.name));
    const design = { ...sampleDesign(), services: [{ ...sampleDesign().services[0]!, name: fifty }] };
    expect(geometryOf(design).rects.get('svc-shop')).toMatchObject({
      width: 480,
      height: SERVICE_SIZE.height,
    });
  });

  it.each([
    { text: 'iiii', expected: 20 },
    { text: 'mmmm', expected: 58 },
    { text: 'web-1', expected: 49 },
  ])('estimates name widths generously: $text', ({ text, expected }) => {
    expect(nameTextWidth(text)).toBe(expected);
  });
});
