import type { Rule } from './types';
import connectionPortUndeclared from './wiring/connection-port-undeclared';
import connectionPortUnreachable from './wiring/connection-port-unreachable';
import portConflictInPod from './wiring/port-conflict-in-pod';
import portNameInvalid from './wiring/port-name-invalid';
import probePortNotExposed from './wiring/probe-port-not-exposed';
import serviceSelectsNothing from './wiring/service-selects-nothing';
import serviceTargetPortUnresolved from './wiring/service-target-port-unresolved';
import adapterIncomplete from './patterns/adapter-incomplete';
import ambassadorBypassed from './patterns/ambassador-bypassed';
import ambassadorExposedOutsidePod from './patterns/ambassador-exposed-outside-pod';
import ambassadorIncomplete from './patterns/ambassador-incomplete';
import helperNotCoLocated from './patterns/helper-not-co-located';
import helperWithoutApp from './patterns/helper-without-app';
import podMultipleAppContainers from './patterns/pod-multiple-app-containers';
import requestSplitWeights from './patterns/request-split-weights';
import sidecarNoSharedResource from './patterns/sidecar-no-shared-resource';
import nativeSidecarStartupProbe from './lifecycle/native-sidecar-startup-probe';
import nativeSidecarUnsupportedTarget from './lifecycle/native-sidecar-unsupported-target';
import sidecarNotNative from './lifecycle/sidecar-not-native';
import lbWithoutReadiness from './serving/lb-without-readiness';
import probesIdentical from './serving/probes-identical';
import replicatedSingleReplica from './serving/replicated-single-replica';
import shardedWithoutRouter from './serving/sharded-without-router';
import shardedWithoutStableIdentity from './serving/sharded-without-stable-identity';
import imageTagMutable from './baseline/image-tag-mutable';
import resourcesUnset from './baseline/resources-unset';
import securityContextBaseline from './baseline/security-context-baseline';
import containerApiUndocumented from './documentation/container-api-undocumented';
import descriptionMissing from './documentation/description-missing';
import docsLinkMissing from './documentation/docs-link-missing';
import k8sRecommendedLabelsMissing from './documentation/k8s-recommended-labels-missing';
import ownerMissing from './documentation/owner-missing';
import contractBreakingChange from './contracts/contract-breaking-change';
import contractProtocolMismatch from './contracts/contract-protocol-mismatch';
import contractVersionUnsatisfied from './contracts/contract-version-unsatisfied';
import interfaceContractMissing from './contracts/interface-contract-missing';

/** Every rule, in the order findings of equal weight are listed: wiring first, documentation last. */
export const RULES: readonly Rule[] = [
  serviceSelectsNothing,
  serviceTargetPortUnresolved,
  portNameInvalid,
  connectionPortUndeclared,
  connectionPortUnreachable,
  probePortNotExposed,
  portConflictInPod,
  helperWithoutApp,
  helperNotCoLocated,
  podMultipleAppContainers,
  sidecarNoSharedResource,
  ambassadorIncomplete,
  ambassadorExposedOutsidePod,
  ambassadorBypassed,
  adapterIncomplete,
  requestSplitWeights,
  sidecarNotNative,
  nativeSidecarStartupProbe,
  nativeSidecarUnsupportedTarget,
  replicatedSingleReplica,
  lbWithoutReadiness,
  probesIdentical,
  shardedWithoutStableIdentity,
  shardedWithoutRouter,
  imageTagMutable,
  resourcesUnset,
  securityContextBaseline,
  descriptionMissing,
  containerApiUndocumented,
  docsLinkMissing,
  ownerMissing,
  k8sRecommendedLabelsMissing,
  interfaceContractMissing,
  contractProtocolMismatch,
  contractVersionUnsatisfied,
  contractBreakingChange,
];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

/** A rule by id, for the Problems panel's "why" and docs link. */
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
