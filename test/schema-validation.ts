/**
 * Schema validation shared by the export and template tests: Kubernetes objects with the
 * kubernetes-models validators, Compose files with the official compose-spec JSON schema from the
 * team's shared folder (absent elsewhere: callers skip with a visible message).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Service } from 'kubernetes-models/v1/Service';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { EndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import { SHARED_DIR } from './export-fixtures';

type Model = new (data: never) => { validate(): void };
const MODELS: Record<string, Model> = {
  'v1/Namespace': Namespace,
  'v1/Pod': Pod,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'apps/v1/DaemonSet': DaemonSet,
  'batch/v1/Job': Job,
  'batch/v1/CronJob': CronJob,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'discovery.k8s.io/v1/EndpointSlice': EndpointSlice,
};

/** Schema errors of one Kubernetes object, as `Kind/name: /path message` lines. */
export function k8sSchemaErrors(object: Record<string, unknown>): string[] {
  const key = `${String(object.apiVersion)}/${String(object.kind)}`;
  const name = `${String(object.kind)}/${String((object.metadata as { name?: unknown } | undefined)?.name)}`;
  const model = MODELS[key];
  if (!model) return [`${name}: no schema for ${key}`];
  try {
    new model(object as never).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: { instancePath: string; message?: string }[] }).errors;
    if (!errors) return [`${name}: ${(error as Error).message}`];
    return errors.map((e) => `${name}: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }
}

export const COMPOSE_SCHEMA = join(SHARED_DIR, 'schemas', 'compose-spec.json');

/** The compose-spec validator, or undefined when the shared folder is absent (tests skip visibly). */
export function composeValidator(): ValidateFunction | undefined {
  if (!existsSync(COMPOSE_SCHEMA)) return undefined;
  const schema = JSON.parse(readFileSync(COMPOSE_SCHEMA, 'utf8')) as Record<string, unknown>;
  // Draft-07, Ajv's default dialect, declared under a URI Ajv does not know by that spelling.
  if (!String(schema.$schema).includes('draft-07'))
    throw new Error(`unexpected dialect ${String(schema.$schema)}`);
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
