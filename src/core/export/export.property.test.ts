/**
 * Property: whatever text a user types into names' neighbours (descriptions, env values, file
 * contents, commands), both exports stay valid YAML, carry the text exactly, and stay deterministic.
 */
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { aWebDesign } from '../testing/builders';
import type { Design } from '../model/types';
import { exportCompose, exportKubernetes } from './index';

const text = fc.string({ unit: 'binary', maxLength: 60 });

function designWith(t: { description: string; value: string; content: string; arg: string }): Design {
  const design = aWebDesign();
  design.description = t.description;
  const pod = design.pods[0]!;
  pod.description = t.description;
  pod.volumes.push({ name: 'conf', kind: 'configMap', files: [{ path: 'app.conf', content: t.content }] });
  const app = pod.containers[0]!;
  app.description = t.description;
  app.args = [t.arg];
  app.env = [{ name: 'VALUE', value: t.value, description: t.description }];
  design.services[0]!.description = t.description;
  design.connections[0]!.description = t.description;
  return design;
}

describe('exports of any user text', () => {
  it('stay valid, exact and deterministic', () => {
    fc.assert(
      fc.property(fc.record({ description: text, value: text, content: text, arg: text }), (t) => {
        const design = designWith(t);
        const k8s = exportKubernetes(design, { networkPolicies: true });
        const docs = parseAllDocuments(k8s.text);
        expect(docs.flatMap((d) => d.errors)).toEqual([]);
        expect(docs.map((d) => d.toJS())).toEqual(k8s.objects);
        const deployment = k8s.objects.find((o) => o.kind === 'Deployment') as {
          metadata: { annotations: Record<string, string> };
        };
        if (t.description)
          expect(deployment.metadata.annotations['podwright.io/description']).toBe(t.description);
        expect(exportKubernetes(structuredClone(design), { networkPolicies: true }).text).toBe(k8s.text);

        const compose = exportCompose(design);
        expect(parse(compose.text)).toEqual(compose.objects[0]);
        const app = (compose.objects[0] as { services: Record<string, { command?: string[] }> }).services[
          'web-app'
        ]!;
        expect(app.command).toEqual([t.arg.replaceAll('$', '$$')]);
        expect(exportCompose(structuredClone(design)).text).toBe(compose.text);
      }),
      { seed: 424242, numRuns: 60 },
    );
  }, 60_000);
});
