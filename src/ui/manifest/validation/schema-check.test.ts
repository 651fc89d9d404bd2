import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sampleDesign } from '../../../core';
import { exportKubernetes } from '../../../core/export';
import { checkKubernetesObjects, locateProblems } from './schema-check';

/** A Deployment broken on purpose in three places, after a valid Service. */
function brokenStream() {
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', annotations: { 'podwright.io/id': 42 } },
    spec: {
      replicas: 'two',
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            { name: 'app', image: 'nginx:1.27' },
            { name: 'tls', image: 'envoy:1.31', ports: [{ name: 'https', containerPort: 'https' }] },
          ],
        },
      },
    },
  };
  const unknown = { apiVersion: 'example.com/v1', kind: 'Widget', spec: { anything: true } };
  const objects = [service, deployment, unknown] as Record<string, unknown>[];
  const text = `# header comment\n\n${objects.map((o) => stringify(o)).join('---\n')}`;
  return { objects, text, lines: text.split('\n') };
}

describe('checkKubernetesObjects + locateProblems', () => {
  it('marks each broken field on its own line, and skips kinds it does not know', async () => {
    const { objects, text, lines } = brokenStream();
    const problems = locateProblems(text, await checkKubernetesObjects(objects));
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;

    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          document: 1,
          path: ['spec', 'replicas'],
          line: lineOf('replicas: two'),
          message: expect.stringMatching(/^spec\.replicas: must be integer \(apps\/v1 Deployment schema\)$/),
        }),
        expect.objectContaining({
          document: 1,
          path: ['spec', 'template', 'spec', 'containers', '1', 'ports', '0', 'containerPort'],
          line: lineOf('containerPort: https'),
        }),
        expect.objectContaining({
          document: 1,
          path: ['metadata', 'annotations', 'podwright.io/id'],
          line: lineOf('podwright.io/id'),
          column: lines[lineOf('podwright.io/id') - 1]!.indexOf('podwright.io/id') + 1,
        }),
      ]),
    );
  });

  it('finds nothing wrong in the sample design export', async () => {
    const result = exportKubernetes(sampleDesign());
    expect(await checkKubernetesObjects(result.objects)).toEqual([]);
  });

  it('falls back to the deepest existing node when the path is not in the text', () => {
    const text = 'kind: Service\nspec:\n  ports: []\n';
    const [problem] = locateProblems(text, [
      { document: 0, path: ['spec', 'selector', 'app'], message: 'x' },
    ]);
    expect(problem).toMatchObject({ line: 2, column: 1 });
  });
});
