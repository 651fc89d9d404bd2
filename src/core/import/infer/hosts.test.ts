import { describe, expect, it } from 'vitest';
import { clusterServiceName, hostRefs } from './hosts';

describe('hostRefs', () => {
  it.each([
    [
      'a URL',
      'http://cartservice:7070/api',
      undefined,
      [{ host: 'cartservice', port: 7070, scheme: 'http', local: false }],
    ],
    ['host:port', 'redis-cart:6379', 'REDIS_ADDR', [{ host: 'redis-cart', port: 6379, local: false }]],
    [
      'a URL with user and no port',
      'postgres://shop@orders-db.example.com/orders',
      undefined,
      [{ host: 'orders-db.example.com', scheme: 'postgres', local: false }],
    ],
    ['localhost', 'localhost:5432', 'DATABASE_URL', [{ host: 'localhost', port: 5432, local: true }]],
    [
      'a bare host in a host variable',
      'orders-db.example.com',
      'DATABASE_HOST',
      [{ host: 'orders-db.example.com', local: false }],
    ],
    [
      'a list of brokers',
      'kafka-1:9092,kafka-2:9092',
      'BROKERS',
      [
        { host: 'kafka-1', port: 9092 },
        { host: 'kafka-2', port: 9092 },
      ],
    ],
    [
      'socat arguments',
      'tcp-connect:external-db.example.com:5432',
      undefined,
      [{ host: 'external-db.example.com', port: 5432 }],
    ],
  ])('finds %s', (_name, value, name, refs) => {
    expect(hostRefs(value, name)).toMatchObject(refs);
  });

  it.each([
    ['a bind address', '0.0.0.0:8080', 'LISTEN'],
    ['a port only', ':8080', 'ADDR'],
    ['an image tag', 'redis:6', 'IMAGE'],
    ['a version', '1.2.3', 'VERSION'],
    ['topic partitions', 'orders:1,audit:2', 'TOPICS'],
    ['a socat listener', 'tcp-listen:5432,fork', undefined],
    ['a bare word in a non-host variable', 'production', 'ENVIRONMENT'],
    ['a boolean in a host variable', 'true', 'USE_HOST'],
  ])('ignores %s', (_name, value, name) => {
    expect(hostRefs(value, name)).toEqual([]);
  });

  it.each([
    ['cart', { name: 'cart' }],
    ['cart.shop', { name: 'cart', namespace: 'shop' }],
    ['cart.shop.svc.cluster.local', { name: 'cart', namespace: 'shop' }],
    ['db.example.com', { name: 'db.example.com' }],
    ['minio-3.minio.default.svc.cluster.local', { name: 'minio', namespace: 'default' }],
  ])('reads the cluster name %s', (host, expected) => {
    expect(clusterServiceName(host)).toEqual(expected);
  });
});
