/**
 * Every fixture's output validates against the official schemas: Kubernetes objects with the
 * kubernetes-models validators, the Compose file with the compose-spec JSON schema (read from the
 * team's shared folder; skipped with a visible message where it is absent). Both are checked on the
 * text as written, parsed back, which also proves the text round-trips to the exported objects.
 */
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportCompose, exportKubernetes } from '../src/core/export';
import type { Design } from '../src/core/model/types';
import { fixtureCases } from './export-fixtures';
import {
  COMPOSE_SCHEMA,
  composeValidator,
  k8sSchemaErrors as kubernetesSchemaErrors,
} from './schema-validation';

/** Parses a multi-document stream the way a Go reader would: YAML 1.1 scalars. */
function parseStream(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.1' }).map((doc) => {
    expect(doc.errors, 'YAML errors').toEqual([]);
    return doc.toJS();
  });
}

function exportVariants(design: Design) {
  return [
    { label: 'as saved', result: exportKubernetes(design) },
    // Every option on, and before native sidecars, so each kind and placement is checked.
    {
      label: 'all options, 1.28',
      result: exportKubernetes(design, {
        kubernetesVersion: '1.28',
        networkPolicies: true,
        podDisruptionBudgets: true,
        namespace: 'schema-check',
      }),
    },
  ];
}

const cases = fixtureCases();

describe('Kubernetes output validates against the Kubernetes schemas', () => {
  describe.each(cases)('$name', ({ design }) => {
    for (const { label, result } of exportVariants(design)) {
      it(label, () => {
        const docs = parseStream(result.text);
        expect(docs).toEqual(result.objects);
        expect(docs.flatMap((doc) => kubernetesSchemaErrors(doc as Record<string, unknown>))).toEqual([]);
      });
    }
  });

  it('reports a schema error with its path', () => {
    expect(
      kubernetesSchemaErrors({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 's' },
        spec: { ports: [{ port: 'x' }] },
      }),
    ).toEqual(['Service/s: /spec/ports/0/port must be integer']);
  });
});

const validate = composeValidator();
const hasComposeSchema = validate !== undefined;
if (!hasComposeSchema) {
  console.warn(`Compose schema tests skipped: ${COMPOSE_SCHEMA} is absent (the team's shared folder).`);
}

describe.skipIf(!hasComposeSchema)('Compose output validates against the compose-spec schema', () => {
  it.each(cases)('$name', ({ design }) => {
    const result = exportCompose(design);
    const parsed = parse(result.text, { version: '1.1' }) as unknown;
    expect(parsed).toEqual(result.objects[0]);
    const ok = validate!(parsed);
    expect(ok ? [] : validate!.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
  });
});
