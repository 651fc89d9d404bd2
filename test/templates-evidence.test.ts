/**
 * Evidence for the pattern library: every template's Kubernetes and Compose exports validate against
 * the official schemas, and its manifests and Markdown documentation match the golden files in
 * test/fixtures/template-<id>/ byte for byte. `UPDATE_GOLDEN=1 npx vitest run test/templates-evidence.test.ts`
 * rewrites them; review the diff. (No design.podwright.json there: the template's code is the design.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportCompose, exportKubernetes } from '../src/core/export';
import { exportMarkdown } from '../src/core/export/docs';
import { TEMPLATES } from '../src/core/templates';
import { FIXTURES_DIR } from './export-fixtures';
import { COMPOSE_SCHEMA, composeValidator, k8sSchemaErrors } from './schema-validation';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function compareGolden(path: string, actual: string): void {
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/templates-evidence.test.ts`);
  }
  expect(actual, `${path} differs; if the change is intended, rewrite with UPDATE_GOLDEN=1`).toBe(
    readFileSync(path, 'utf8'),
  );
}

const validateCompose = composeValidator();
if (!validateCompose)
  console.warn(`Compose schema checks of the templates skipped: ${COMPOSE_SCHEMA} is absent.`);

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, template) => {
  const design = template.design();
  const dir = join(FIXTURES_DIR, `template-${id}`);
  if (UPDATE) mkdirSync(dir, { recursive: true });
  const k8s = exportKubernetes(design);
  const compose = exportCompose(design);

  it('Kubernetes objects validate against the Kubernetes schemas, as written', () => {
    const docs = parseAllDocuments(k8s.text, { version: '1.1' }).map((doc) => {
      expect(doc.errors).toEqual([]);
      return doc.toJS() as Record<string, unknown>;
    });
    expect(docs).toEqual(k8s.objects);
    expect(docs.flatMap(k8sSchemaErrors)).toEqual([]);
  });

  it('Kubernetes objects also validate with every option on, before native sidecars', () => {
    const all = exportKubernetes(design, {
      kubernetesVersion: '1.28',
      networkPolicies: true,
      podDisruptionBudgets: true,
      namespace: 'schema-check',
    });
    expect(all.objects.flatMap(k8sSchemaErrors)).toEqual([]);
  });

  it.skipIf(!validateCompose)('Compose file validates against the compose-spec schema', () => {
    const parsed = parse(compose.text, { version: '1.1' }) as unknown;
    expect(parsed).toEqual(compose.objects[0]);
    const ok = validateCompose!(parsed);
    expect(ok ? [] : validateCompose!.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
  });

  it('k8s.yaml', () => compareGolden(join(dir, 'k8s.yaml'), k8s.text));
  it('compose.yaml', () => compareGolden(join(dir, 'compose.yaml'), compose.text));
  it('docs.md', () => compareGolden(join(dir, 'docs.md'), exportMarkdown(design)));
});
