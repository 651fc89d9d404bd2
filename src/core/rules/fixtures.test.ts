/**
 * The golden fixtures (test/fixtures/<case>/design.podwright.json) are the book's patterns drawn right:
 * none may raise an error or a warning. Each single-node pattern also gets broken twins, made here by
 * one small change to a fixture, that must raise exactly the expected rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/parse';
import type { Connection, Container, Design, Port } from '../model/types';
import { runRules } from './index';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');
const names = existsSync(fixtures)
  ? readdirSync(fixtures).filter((n) => existsSync(resolve(fixtures, n, 'design.podwright.json')))
  : [];

function load(name: string): Design {
  const parsed = parseDesign(readFileSync(resolve(fixtures, name, 'design.podwright.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.design;
}

const mapContainer = (design: Design, id: string, update: (c: Container) => Container): Design => ({
  ...design,
  pods: design.pods.map((p) => ({
    ...p,
    containers: p.containers.map((c) => (c.id === id ? update(c) : c)),
  })),
});
const mapPort = (design: Design, containerId: string, portName: string, update: (p: Port) => Port): Design =>
  mapContainer(design, containerId, (c) => ({
    ...c,
    ports: c.ports.map((p) => (p.name === portName ? update(p) : p)),
  }));
const unmount = (design: Design, containerId: string, volume: string): Design =>
  mapContainer(design, containerId, (c) => ({ ...c, mounts: c.mounts.filter((m) => m.volume !== volume) }));
const mapConnection = (
  design: Design,
  id: string,
  update: (c: Connection) => Connection | undefined,
): Design => ({
  ...design,
  connections: design.connections.flatMap((c) => (c.id === id ? (update(c) ?? []) : [c])),
});

describe('golden fixtures', () => {
  it('exist', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('%s raises no error or warning', (name) => {
    const serious = runRules(load(name)).filter((d) => d.severity !== 'info');
    expect(serious.map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  });
});

interface Twin {
  pattern: 'sidecar' | 'ambassador' | 'adapter';
  name: string;
  fixture: string;
  breakIt: (design: Design) => Design;
  rules: string[];
}

const TWINS: Twin[] = [
  {
    pattern: 'sidecar',
    name: 'git-sync writes a volume the web server no longer mounts',
    fixture: 'git-sync',
    breakIt: (d) => unmount(d, 'c-docs-web', 'content'),
    rules: ['sidecar-no-shared-resource'],
  },
  {
    pattern: 'sidecar',
    name: 'the TLS proxy no longer proxies to the app and shares no volume with it',
    fixture: 'tls-sidecar',
    breakIt: (d) =>
      unmount(
        mapConnection(d, 'conn-tls-to-app', () => undefined),
        'c-legacy-app',
        'tmp',
      ),
    rules: ['sidecar-no-shared-resource'],
  },
  {
    pattern: 'ambassador',
    name: 'the API calls the shards itself, beside its twemproxy',
    fixture: 'twemproxy-sharding',
    breakIt: (d) =>
      mapConnection(d, 'conn-api-to-twemproxy', (c) => ({
        ...c,
        to: { id: 'svc-redis-shards', port: 'redis' },
      })),
    rules: ['ambassador-incomplete', 'ambassador-bypassed', 'sharded-without-router'],
  },
  {
    pattern: 'ambassador',
    name: 'twemproxy has lost its upstream',
    fixture: 'twemproxy-sharding',
    breakIt: (d) => mapConnection(d, 'conn-twemproxy-to-shards', () => undefined),
    rules: ['ambassador-incomplete'],
  },
  {
    pattern: 'ambassador',
    name: 'twemproxy listens on the pod network',
    fixture: 'twemproxy-sharding',
    breakIt: (d) => mapPort(d, 'c-twemproxy', 'redis', (p) => ({ ...p, scope: 'pod' })),
    rules: ['ambassador-exposed-outside-pod'],
  },
  {
    pattern: 'ambassador',
    name: 'the request splitter sends 110% of the traffic',
    fixture: 'request-splitting',
    breakIt: (d) => mapConnection(d, 'conn-splitter-to-experiment', (c) => ({ ...c, weight: 20 })),
    rules: ['request-split-weights'],
  },
  {
    pattern: 'adapter',
    name: 'redis_exporter no longer reads redis',
    fixture: 'prometheus-adapter',
    breakIt: (d) => mapConnection(d, 'conn-exporter-to-redis', () => undefined),
    rules: ['adapter-incomplete'],
  },
  {
    pattern: 'adapter',
    name: 'the metrics port no longer says it speaks Prometheus',
    fixture: 'prometheus-adapter',
    breakIt: (d) => mapPort(d, 'c-redis-exporter', 'metrics', ({ contract: _dropped, ...p }) => p),
    rules: ['adapter-incomplete', 'interface-contract-missing'],
  },
  {
    pattern: 'adapter',
    name: 'fluentd reads a log volume the app no longer writes',
    fixture: 'fluentd-adapter',
    breakIt: (d) => unmount(d, 'c-orders', 'logs'),
    rules: ['adapter-incomplete'],
  },
  {
    pattern: 'adapter',
    name: 'the MySQL health adapter listens on localhost only',
    fixture: 'mysql-health-adapter',
    breakIt: (d) => mapPort(d, 'c-mysql-health', 'health', (p) => ({ ...p, scope: 'localhost' })),
    rules: ['adapter-incomplete', 'service-target-port-unresolved', 'probe-port-not-exposed'],
  },
];

describe.each(['sidecar', 'ambassador', 'adapter'] as const)('broken %s twins', (pattern) => {
  const twins = TWINS.filter((t) => t.pattern === pattern && names.includes(t.fixture));

  it('exist', () => {
    expect(twins.length).toBeGreaterThan(0);
  });

  it.each(twins.map((t) => [t.name, t] as const))('%s', (_name, twin) => {
    const broken = twin.breakIt(load(twin.fixture));
    const rules = [...new Set(runRules(broken).map((d) => d.rule))].sort();
    expect(rules).toEqual([...twin.rules].sort());
  });
});
