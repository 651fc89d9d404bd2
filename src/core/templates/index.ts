/**
 * The pattern library: complete, checked, documented designs of the book's patterns, each with a short
 * explanation. `TEMPLATES` is in gallery order (single-node patterns first, then serving patterns).
 */
import { fluentdLogging } from './adapter/fluentd-logging';
import { mysqlHealthAdapter } from './adapter/mysql-health-adapter';
import { prometheusExporter } from './adapter/prometheus-exporter';
import { loadBalancingAmbassador } from './ambassador/load-balancing';
import { requestSplitting } from './ambassador/request-splitting';
import { twemproxySharding } from './ambassador/twemproxy-sharding';
import { microservices } from './microservices/microservices';
import { replicatedService } from './serving/replicated-service';
import { scatterGather } from './serving/scatter-gather';
import { shardedService } from './serving/sharded-service';
import { gitSync } from './sidecar/git-sync';
import { httpsLegacy } from './sidecar/https-legacy';
import type { TemplateMeta } from './types';

export type { PatternFamily, TemplateExplanation, TemplateMeta } from './types';
export { PATTERN_FAMILIES } from './types';

export const TEMPLATES: readonly TemplateMeta[] = [
  httpsLegacy,
  gitSync,
  twemproxySharding,
  loadBalancingAmbassador,
  requestSplitting,
  fluentdLogging,
  prometheusExporter,
  mysqlHealthAdapter,
  microservices,
  replicatedService,
  shardedService,
  scatterGather,
];

/** The template with this id, or undefined. */
export function findTemplate(id: string): TemplateMeta | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
