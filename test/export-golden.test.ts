/**
 * Golden fixtures: each case's Kubernetes and Compose output (and the export notes) must match the
 * files beside its design byte for byte. `UPDATE_GOLDEN=1 npx vitest run test/export-golden.test.ts`
 * rewrites them; review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCompose, exportKubernetes, type ExportResult } from '../src/core/export';
import { fixtureCases } from './export-fixtures';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function compareGolden(path: string, actual: string): void {
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/export-golden.test.ts`);
  expect(actual, `${path} differs; if the change is intended, rewrite with UPDATE_GOLDEN=1`).toBe(
    readFileSync(path, 'utf8'),
  );
}

function notesText(results: ExportResult[]): string {
  return results
    .flatMap((result) =>
      result.notes.map((n) => `${result.format} ${n.severity} ${n.code} ${n.entityId ?? '-'}: ${n.message}`),
    )
    .join('\n')
    .concat('\n');
}

const cases = fixtureCases();

describe('golden fixtures', () => {
  it('has the cases the export issue asks for', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'tls-sidecar',
        'git-sync',
        'twemproxy-sharding',
        'request-splitting',
        'prometheus-adapter',
        'fluentd-adapter',
        'mysql-health-adapter',
        'microservices',
      ]),
    );
  });

  describe.each(cases)('$name', ({ dir, design }) => {
    const k8s = exportKubernetes(design);
    const compose = exportCompose(design);

    it('k8s.yaml', () => compareGolden(join(dir, 'k8s.yaml'), k8s.text));
    it('compose.yaml', () => compareGolden(join(dir, 'compose.yaml'), compose.text));
    it('notes.txt', () => compareGolden(join(dir, 'notes.txt'), notesText([k8s, compose])));

    it('exports the same text twice', () => {
      expect(exportKubernetes(structuredClone(design)).text).toBe(k8s.text);
      expect(exportCompose(structuredClone(design)).text).toBe(compose.text);
    });

    it('gives every pod, container, service and external a range', () => {
      const ids = [
        ...design.pods.flatMap((p) => [p.id, ...p.containers.map((c) => c.id)]),
        ...design.services.map((s) => s.id),
        ...design.externals.map((x) => x.id),
        ...design.connections.map((e) => e.id),
      ];
      for (const result of [k8s, compose]) {
        const lines = result.text.split('\n').length;
        for (const id of ids) {
          const range = result.ranges.find((r) => r.id === id);
          expect(range, `${result.format}: ${id}`).toBeDefined();
          expect(range!.start).toBeGreaterThanOrEqual(1);
          expect(range!.end).toBeGreaterThanOrEqual(range!.start);
          expect(range!.end).toBeLessThanOrEqual(lines);
        }
      }
    });
  });
});
