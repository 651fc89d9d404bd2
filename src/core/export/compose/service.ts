/**
 * One design container as one Compose service.
 */
import type { Container, Design, Pod } from '../../model/types';
import type { DesignLookup } from '../lookup';
import type { NoteList } from '../notes';
import type { YamlMark } from '../yaml';
import type { Dependencies } from './dependencies';
import { containerExtension } from './extensions';
import { buildHealthcheck, chosenProbe } from './healthcheck';
import { Interpolated } from './interpolation';
import type { ComposePlan, PodPlan } from './plan';
import { composeCpus, composeMemory } from './quantities';
import { serviceMounts } from './storage';

export interface ComposeContext {
  design: Design;
  lookup: DesignLookup;
  plan: ComposePlan;
  deps: Dependencies;
  notes: NoteList;
}

export interface BuiltService {
  value: Record<string, unknown>;
  /** Marks relative to the service object. */
  marks: YamlMark[];
}

function restartPolicy(pod: Pod, container: Container): string {
  if (container.role === 'init' || pod.workload === 'CronJob') return 'no';
  if (pod.workload === 'Job') return 'on-failure';
  return 'unless-stopped';
}

/** The ports the namespace owner publishes (NodePort and LoadBalancer targets) or exposes, for the whole pod. */
function ownerPorts(ctx: ComposeContext, plan: PodPlan): Record<string, unknown> {
  const published: Record<string, unknown>[] = [];
  const exposed: string[] = [];
  const publicServices = ctx.lookup
    .servicesOf(plan.pod.id)
    .filter((s) => s.type === 'NodePort' || s.type === 'LoadBalancer');
  for (const member of plan.members) {
    for (const port of member.ports) {
      if (port.scope === 'localhost') {
        ctx.notes.add(
          'compose-localhost-scope',
          'info',
          `Port ${port.name} of ${member.name} is localhost-only; Compose has no port scope, so it is kept in x-podwright and not exposed.`,
          member.id,
        );
        continue;
      }
      const protocol = port.protocol === 'UDP' ? 'udp' : 'tcp';
      const servicePort = publicServices.flatMap((s) => s.ports).find((sp) => sp.targetPort === port.name);
      if (servicePort) {
        published.push({
          name: port.name,
          target: port.port,
          published: String(servicePort.port),
          protocol,
          ...(port.contract ? { app_protocol: port.contract.protocol } : {}),
        });
      } else {
        exposed.push(protocol === 'udp' ? `${port.port}/udp` : String(port.port));
      }
    }
  }
  const aliases = ctx.lookup.servicesOf(plan.pod.id).map((s) => s.name);
  return {
    ...(aliases.length > 0 ? { networks: { default: { aliases } } } : {}),
    ...(published.length > 0 ? { ports: published } : {}),
    ...(exposed.length > 0 ? { expose: [...new Set(exposed)] } : {}),
  };
}

function environment(container: Container): Record<string, unknown> | undefined {
  if (container.env.length === 0) return undefined;
  const env: Record<string, unknown> = {};
  for (const variable of container.env) {
    if (variable.secret) {
      // Read from the shell or an .env file where Compose runs; never written in clear.
      const name = variable.name;
      env[name] = new Interpolated(
        variable.required === false ? `\${${name}:-}` : `\${${name}:?set ${name}}`,
      );
    } else {
      env[variable.name] = variable.value ?? '';
    }
  }
  return env;
}

function deploy(ctx: ComposeContext, pod: Pod, container: Container): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const replicated = pod.workload === 'Deployment' || pod.workload === 'StatefulSet';
  if (replicated && container.role !== 'init' && pod.replicas !== undefined) {
    out.replicas = pod.replicas;
  }
  const r = container.resources;
  if (r) {
    const convert = (value: string | undefined, to: (q: string) => string | undefined, what: string) => {
      if (!value) return undefined;
      const converted = to(value);
      if (converted === undefined) {
        ctx.notes.add(
          'compose-quantity',
          'warning',
          `${container.name}: ${what} "${value}" has no Compose equivalent; left out.`,
          container.id,
        );
      }
      return converted;
    };
    const part = (cpu?: string, memory?: string) => {
      const cpus = convert(cpu, composeCpus, 'CPU');
      const mem = convert(memory, composeMemory, 'memory');
      return cpus || mem ? { ...(cpus ? { cpus } : {}), ...(mem ? { memory: mem } : {}) } : undefined;
    };
    const limits = part(r.cpuLimit, r.memoryLimit);
    const reservations = part(r.cpuRequest, r.memoryRequest);
    if (limits || reservations)
      out.resources = { ...(limits ? { limits } : {}), ...(reservations ? { reservations } : {}) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function komposeLabels(ctx: ComposeContext, plan: PodPlan, container: Container): Record<string, string> {
  const { pod } = plan;
  const labels: Record<string, string> = { 'kompose.service.group': pod.name };
  if (pod.workload === 'StatefulSet' || pod.workload === 'DaemonSet') {
    labels['kompose.controller.type'] = pod.workload.toLowerCase();
  }
  if (pod.workload === 'CronJob' && pod.schedule) labels['kompose.cronjob.schedule'] = pod.schedule;
  if (container === plan.owner) {
    const service = ctx.lookup.servicesOf(pod.id)[0];
    if (service && service.type !== 'ClusterIP') labels['kompose.service.type'] = service.type.toLowerCase();
  }
  const sized = container.mounts
    .map((m) => pod.volumes.find((v) => v.name === m.volume))
    .find((v) => v?.kind === 'persistent' && v.size);
  if (sized?.size) labels['kompose.volume.size'] = sized.size;
  return labels;
}

function noteSkippedHealthcheck(ctx: ComposeContext, container: Container, hasCheck: boolean): void {
  const chosen = chosenProbe(container);
  if (!chosen || hasCheck) return;
  ctx.notes.add(
    'compose-healthcheck-skipped',
    'warning',
    `The ${chosen.which} probe of ${container.name} cannot be a Compose healthcheck (no port or command); left out.`,
    container.id,
  );
}

/** `runAsNonRoot` has no Compose key without a user id; design-notes.ts reports it per pod. */
function security(container: Container): Record<string, unknown> {
  const sc = container.securityContext;
  if (!sc) return {};
  return {
    ...(sc.readOnlyRootFilesystem ? { read_only: true } : {}),
    ...(sc.allowPrivilegeEscalation === false ? { security_opt: ['no-new-privileges:true'] } : {}),
  };
}

export function buildComposeService(ctx: ComposeContext, plan: PodPlan, container: Container): BuiltService {
  const { pod } = plan;
  const names = ctx.plan.names;
  const value: Record<string, unknown> = { image: container.image };
  if (container.command && container.command.length > 0) value.entrypoint = [...container.command];
  if (container.args && container.args.length > 0) value.command = [...container.args];
  value.restart = restartPolicy(pod, container);
  if (container.role !== 'init' && plan.owner) {
    if (container === plan.owner) Object.assign(value, ownerPorts(ctx, plan));
    else value.network_mode = `service:${names.get(plan.owner.id)}`;
  }
  const dependsOn = ctx.deps.get(container.id);
  if (dependsOn && dependsOn.size > 0) {
    value.depends_on = Object.fromEntries([...dependsOn].map(([name, condition]) => [name, { condition }]));
  }
  const env = environment(container);
  if (env) value.environment = env;
  Object.assign(value, serviceMounts(pod, container, ctx.notes));
  const healthcheck = buildHealthcheck(container);
  if (healthcheck) value.healthcheck = healthcheck;
  noteSkippedHealthcheck(ctx, container, healthcheck !== undefined);
  const deployment = deploy(ctx, pod, container);
  if (deployment) value.deploy = deployment;
  Object.assign(value, security(container));
  value.labels = komposeLabels(ctx, plan, container);
  const extension = containerExtension(ctx.lookup, pod, container);
  value['x-podwright'] = extension;

  const marks: YamlMark[] = [];
  const aliases =
    (value.networks as { default?: { aliases?: string[] } } | undefined)?.default?.aliases ?? [];
  const selecting = ctx.lookup.servicesOf(pod.id);
  aliases.forEach((_, index) => {
    const service = selecting[index];
    if (service) marks.push({ path: ['networks', 'default', 'aliases', index], ids: [service.id] });
  });
  const connections = (extension.connections as { id: string }[] | undefined) ?? [];
  connections.forEach((connection, index) => {
    marks.push({ path: ['x-podwright', 'connections', index], ids: [connection.id] });
  });
  return { value, marks };
}
