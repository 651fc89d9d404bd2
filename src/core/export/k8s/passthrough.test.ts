import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { aDesign } from '../../testing/builders';
import { exportKubernetes } from './index';

const ingress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'shop', annotations: { 'example.com/x': 'y' } },
  spec: { rules: [{ host: 'shop.example.com' }] },
};

describe('objects kept as imported', () => {
  it('are written back verbatim, after the design’s own objects', () => {
    const design = aDesign({
      passthrough: [{ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'shop', object: ingress }],
    });
    const { text } = exportKubernetes(design);
    const objects = parseAllDocuments(text).map((d) => d.toJS());
    expect(objects.at(-1)).toEqual(ingress);
    expect(text).toContain('# Kept as imported: Podwright does not model Ingress objects.');
  });

  it('skip a kept Namespace that the export writes itself', () => {
    const design = aDesign({
      namespace: 'shop',
      passthrough: [
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          name: 'shop',
          object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
        },
      ],
    });
    const kinds = parseAllDocuments(exportKubernetes(design).text).map((d) => d.toJS()?.kind);
    expect(kinds.filter((k) => k === 'Namespace')).toHaveLength(1);
  });
});
