/**
 * Notes for what a Compose file cannot say about the design as a whole: each Kubernetes feature that
 * has no Compose key is reported here, never dropped in silence.
 */
import { serviceTargetOf, type DesignLookup } from '../lookup';
import type { Design } from '../../model/types';
import type { NoteList } from '../notes';
import type { ComposePlan } from './plan';

export function noteDesign(design: Design, lookup: DesignLookup, plan: ComposePlan, notes: NoteList): void {
  if (design.exportOptions?.networkPolicies) {
    notes.add(
      'compose-no-network-policy',
      'info',
      'Compose has no NetworkPolicy: every service can reach every other on the project network.',
    );
  }
  if (design.exportOptions?.podDisruptionBudgets) {
    notes.add('compose-no-disruption-budget', 'info', 'Compose has no PodDisruptionBudget; none is written.');
  }
  for (const service of design.services) {
    const pod = lookup.pod(service.pod);
    if (!pod) {
      notes.add(
        'service-without-pod',
        'warning',
        `Service ${service.name} selects no pod, so no Compose service answers to its name.`,
        service.id,
      );
      continue;
    }
    if (service.type === 'Headless') {
      notes.add(
        'compose-headless-service',
        'info',
        `Compose has no headless services: ${service.name} is a network alias, and its pods get no names of their own (${pod.name}-0.${service.name}).`,
        service.id,
      );
    }
    for (const port of service.ports) {
      const target = serviceTargetOf(lookup, service, port.name);
      if (target && target.port.port !== port.port) {
        notes.add(
          'compose-service-port-remap',
          'warning',
          `Compose network aliases do not remap ports: callers of ${service.name} on the project network must use port ${target.port.port}, not ${port.port}.`,
          service.id,
        );
      }
    }
  }
  for (const external of design.externals) {
    const host = external.host?.trim();
    const message = host
      ? `Compose cannot make the name ${external.name} resolve to ${host}: point callers at ${host} directly.`
      : `External ${external.name} has no host; callers of ${external.name} have nothing to reach in Compose.`;
    if (host !== external.name) notes.add('compose-external-name', 'info', message, external.id);
  }
  for (const podPlan of plan.pods) {
    const { pod } = podPlan;
    if (pod.workload === 'CronJob') {
      notes.add(
        'compose-cronjob-schedule',
        'warning',
        `Compose has no schedules: ${pod.name} runs once at "up"; its schedule "${pod.schedule ?? ''}" is kept in a kompose label.`,
        pod.id,
      );
    }
    if (pod.workload === 'DaemonSet') {
      notes.add(
        'compose-daemonset',
        'info',
        `Compose runs one ${pod.name}, not one per node as a DaemonSet does.`,
        pod.id,
      );
    }
    if ((pod.replicas ?? 1) > 1 && podPlan.members.length > 1) {
      notes.add(
        'compose-replicated-pod',
        'warning',
        `Compose scales services one by one: the ${pod.replicas} replicas of each helper of ${pod.name} all join the first replica of its namespace owner.`,
        pod.id,
      );
    }
    const names = (pick: (c: (typeof pod.containers)[number]) => boolean) =>
      pod.containers
        .filter(pick)
        .map((c) => c.name)
        .join(', ');
    const live = names((c) => c.role !== 'init' && c.probes?.liveness !== undefined);
    if (live) {
      notes.add(
        'compose-liveness-not-enforced',
        'info',
        `Compose never restarts an unhealthy container: the liveness probes of ${live} in ${pod.name} are not enforced. Each healthcheck comes from the readiness probe where there is one; all probes stay in x-podwright.`,
        pod.id,
      );
    }
    const nonRoot = names((c) => c.securityContext?.runAsNonRoot === true);
    if (nonRoot) {
      notes.add(
        'compose-run-as-non-root',
        'info',
        `Compose cannot require ${nonRoot} in ${pod.name} to run as non-root without a user id; the setting stays in x-podwright.`,
        pod.id,
      );
    }
    const secrets = pod.containers.flatMap((c) => c.env.filter((e) => e.secret).map((e) => e.name));
    if (secrets.length > 0) {
      notes.add(
        'compose-secret-env',
        'info',
        `Secret variables of ${pod.name} (${[...new Set(secrets)].join(', ')}) are read from the environment or an .env file where Compose runs.`,
        pod.id,
      );
    }
    for (const init of podPlan.inits) {
      const local = lookup.connectionsFrom(init.id).some((e) => lookup.container(e.to.id)?.pod.id === pod.id);
      if (local) {
        notes.add(
          'compose-init-network',
          'warning',
          `Init container ${init.name} runs in its own network namespace in Compose, so localhost does not reach the rest of ${pod.name}.`,
          init.id,
        );
      }
    }
  }
}
