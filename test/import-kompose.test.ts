/**
 * Kompose's own fixture pairs as an oracle: our Compose -> design -> Kubernetes must give the same
 * workloads, containers, images, ports and Services as the output Kompose is tested to produce,
 * compared semantically (order and Kompose's labels aside). Where we differ on purpose, the aspect
 * is listed below with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../src/core/export/k8s';
import { importManifests } from '../src/core/import';
import {
  CORPUS,
  komposePairs,
  readObjects,
  summarizeObjects,
  type ObjectSummary,
} from './import-kompose-pairs';

type Aspect = 'workloads' | 'containers' | 'images' | 'ports' | 'services';
const ASPECTS: Aspect[] = ['workloads', 'containers', 'images', 'ports', 'services'];

const GROUPING_FLAG =
  'Kompose groups services into one pod only when asked (--service-group-mode); the import groups by network_mode: service:x and kompose.service.group labels, which our own export writes.';
const HEADLESS_PLACEHOLDER =
  'Kompose gives a headless Service without ports a placeholder port 55555; the design keeps a headless Service with no ports.';

/** Test name -> aspect -> why we differ. */
const ACCEPTED: Record<string, Partial<Record<Aspect, string>>> = {
  v2: {
    services:
      'Kompose splits a LoadBalancer Service with both TCP and UDP ports into -tcp and -udp Services; a design Service holds both.',
  },
  'v3.0': { services: HEADLESS_PLACEHOLDER },
  'emptyDir volumes': { services: HEADLESS_PLACEHOLDER },
  emptyvols: { services: HEADLESS_PLACEHOLDER },
  'service group by volume': {
    workloads: `${GROUPING_FLAG} (--service-group-mode=volume is such a flag.)`,
    containers: GROUPING_FLAG,
    ports: GROUPING_FLAG,
  },
  healthcheck: {
    workloads: GROUPING_FLAG,
    containers: GROUPING_FLAG,
    services: `${GROUPING_FLAG} A pod has one Service.`,
    ports:
      'A probe of a port the container does not declare (kompose.service.healthcheck.*.tcp_port / http_get_port) declares it: design probes name container ports.',
  },
  statefulset: {
    workloads:
      '--controller statefulset is a Kompose flag; the import reads kompose.controller.type labels only.',
    services:
      'Without --controller statefulset there is no StatefulSet, so Kompose would not make the Services headless either.',
  },
  'single file output': {
    services:
      'Names become valid DNS labels: Kompose writes Service front_end, which Kubernetes refuses; ours is front-end.',
  },
  'external traffic policy v1': {
    services:
      'Kompose suffixes a LoadBalancer Service with its protocol (front-end-tcp); ours keeps the pod name.',
  },
  'security contexts in service group': {
    services:
      'A pod has one Service with the ports of all its containers; Kompose writes one Service per Compose service.',
  },
};

function aspects(summary: ObjectSummary): Record<Aspect, string[]> {
  const out: Record<Aspect, string[]> = {
    workloads: [],
    containers: [],
    images: [],
    ports: [],
    services: [],
  };
  for (const [name, workload] of summary.workloads) {
    out.workloads.push(`${workload.kind}/${name}`);
    for (const [container, c] of workload.containers) {
      out.containers.push(`${name}/${container}${c.init ? ' (init)' : ''}`);
      out.images.push(c.image);
      for (const port of c.ports) out.ports.push(`${name}/${container}:${port}`);
    }
  }
  for (const [name, service] of summary.services) {
    out.services.push(`${name}:${service.ports.join('/')}${service.headless ? ' headless' : ''}`);
  }
  for (const aspect of ASPECTS) out[aspect] = [...new Set(out[aspect])].sort();
  return out;
}

const pairs = komposePairs();
if (pairs.length === 0) console.warn(`Kompose pairs skipped: no corpus at ${CORPUS}.`);

describe.skipIf(pairs.length === 0)('Compose -> design -> Kubernetes matches Kompose', () => {
  it('finds the fixture pairs', () => {
    expect(pairs.length).toBeGreaterThan(40);
  });

  it.each(pairs.map((pair) => [pair.test, pair] as const))('%s', (test, pair) => {
    const files = pair.inputs.map((path) => ({ name: path, text: readFileSync(join(CORPUS, path), 'utf8') }));
    expect(files.every((f) => existsSync(join(CORPUS, f.name)))).toBe(true);
    const result = importManifests(files);
    if (!result.ok)
      throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
    const ours = aspects(summarizeObjects(exportKubernetes(result.design).objects));
    const kompose = aspects(summarizeObjects(readObjects(pair.expected)));
    const accepted = ACCEPTED[test] ?? {};
    for (const aspect of ASPECTS) {
      if (accepted[aspect]) continue;
      expect(ours[aspect], `${test}: ${aspect}`).toEqual(kompose[aspect]);
    }
  });

  it('lists only accepted differences that still exist, each with a reason', () => {
    for (const [test, differences] of Object.entries(ACCEPTED)) {
      expect(
        pairs.some((p) => p.test === test),
        test,
      ).toBe(true);
      for (const reason of Object.values(differences)) expect(reason.length).toBeGreaterThan(20);
    }
  });
});
