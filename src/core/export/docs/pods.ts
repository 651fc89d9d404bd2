import type { Container, Contract, Design, Pod, Probe, Role } from '../../model/types';
import type { DesignLookup } from '../lookup';
import { mdCode, mdLink, mdParagraph, mdText, mdUrl } from './escape';
import { count, mdTable } from './table';

/** What each role means, in the book's terms, for readers who have not met the patterns. */
const ROLE_MEANING: Record<Role, string> = {
  app: 'the pod’s main container',
  sidecar: 'augments the app in its pod (shared volume or localhost)',
  ambassador: 'brokers the app’s traffic to the world outside the pod',
  adapter: 'presents the app through a standard interface (metrics, logs, health)',
  init: 'runs to completion before the others start',
};

/** A section per pod: its workload, owner, services and volumes, then one section per container. */
export function podSections(design: Design, lookup: DesignLookup): string[] {
  const lines: string[] = ['## Pods', ''];
  if (design.pods.length === 0) lines.push('The design has no pods yet.', '');
  for (const pod of design.pods) lines.push(...podSection(lookup, pod));
  return lines;
}

function podSection(lookup: DesignLookup, pod: Pod): string[] {
  const lines = [`### Pod ${mdText(pod.name)}`, ''];
  if (pod.description) lines.push(mdParagraph(pod.description), '');
  const workload =
    pod.workload === 'Pod'
      ? 'a bare pod'
      : `${pod.workload}${pod.workload === 'Job' || pod.workload === 'CronJob' ? '' : `, ${count(pod.replicas ?? 1, 'replica')}`}`;
  lines.push(`- **Workload:** ${mdText(workload)}`);
  if (pod.schedule) lines.push(`- **Schedule:** ${mdCode(pod.schedule)}`);
  lines.push(`- **Owner:** ${pod.owner ? mdText(pod.owner) : 'not recorded'}`);
  const labels = Object.entries(pod.labels ?? {});
  if (labels.length > 0)
    lines.push(`- **Labels:** ${labels.map(([k, v]) => mdCode(`${k}=${v}`)).join(', ')}`);
  const services = lookup.servicesOf(pod.id);
  if (services.length > 0) lines.push(`- **Selected by:** ${services.map((s) => mdText(s.name)).join(', ')}`);
  lines.push('');
  if (pod.volumes.length > 0) {
    const rows = pod.volumes.map((volume) => {
      const users = pod.containers.filter((c) => c.mounts.some((m) => m.volume === volume.name));
      const details = [
        volume.size ? mdText(volume.size) : '',
        ...(volume.files ?? []).map((f) => mdCode(f.path)),
      ].filter(Boolean);
      return [
        mdText(volume.name),
        mdText(volume.kind),
        details.join(', '),
        users.map((c) => mdText(c.name)).join(', '),
      ];
    });
    lines.push('**Volumes**', '', ...mdTable(['Volume', 'Kind', 'Size / files', 'Mounted by'], rows), '');
  }
  for (const container of pod.containers) lines.push(...containerSection(container));
  return lines;
}

function containerSection(container: Container): string[] {
  const lines = [`#### Container ${mdText(container.name)} (${mdText(container.role)})`, ''];
  lines.push(container.description ? mdParagraph(container.description) : '*No description.*', '');
  lines.push(`- **Role:** ${mdText(container.role)}, ${ROLE_MEANING[container.role] ?? ''}`);
  lines.push(`- **Image:** ${mdCode(container.image) || 'not set'}`);
  if (container.docsUrl) lines.push(`- **Documentation:** ${mdUrl(container.docsUrl)}`);
  if (container.sourceUrl) lines.push(`- **Source:** ${mdUrl(container.sourceUrl)}`);
  if (typeof container.license === 'string') lines.push(`- **License:** ${mdText(container.license)}`);
  if (container.command?.length) lines.push(`- **Command:** ${mdCode(container.command.join(' '))}`);
  if (container.args?.length) lines.push(`- **Arguments:** ${mdCode(container.args.join(' '))}`);
  const resources = resourceText(container);
  if (resources) lines.push(`- **Resources:** ${resources}`);
  lines.push('');
  if (container.ports.length > 0) {
    const rows = container.ports.map((p) => [
      mdText(p.name),
      `${p.port}/${p.protocol}`,
      p.scope === 'localhost' ? 'localhost only' : 'pod network',
      p.contract ? contractText(p.contract) : 'none',
      mdText(p.description ?? ''),
    ]);
    lines.push(
      '**Ports**',
      '',
      ...mdTable(['Port', 'Number', 'Reachable on', 'Contract', 'Description'], rows),
      '',
    );
  }
  if (container.env.length > 0) {
    const rows = container.env.map((v) => [
      mdCode(v.name),
      v.secret ? '*from a Secret*' : v.value !== undefined ? mdCode(v.value) : '',
      v.required ? 'yes' : 'no',
      mdText(v.description ?? ''),
    ]);
    lines.push('**Environment**', '', ...mdTable(['Variable', 'Value', 'Required', 'Description'], rows), '');
  }
  if (container.mounts.length > 0) {
    const rows = container.mounts.map((m) => [
      mdText(m.volume),
      mdCode(m.path),
      m.readOnly ? 'read-only' : 'read-write',
    ]);
    lines.push('**Mounts**', '', ...mdTable(['Volume', 'Path', 'Access'], rows), '');
  }
  const probes = (['startup', 'readiness', 'liveness'] as const).flatMap((kind) => {
    const probe = container.probes?.[kind];
    return probe ? [[kind, probeCheck(probe), probeTiming(probe)]] : [];
  });
  if (probes.length > 0) lines.push('**Probes**', '', ...mdTable(['Probe', 'Check', 'Timing'], probes), '');
  return lines;
}

/** `name` 1.2.0 (http), with a link to its specification when it has one. */
export function contractText(contract: Contract): string {
  const base = `${mdCode(contract.name)} ${mdText(contract.version)} (${mdText(contract.protocol)})`;
  return contract.spec ? `${base}, ${mdLink('spec', contract.spec)}` : base;
}

function probeCheck(probe: Probe): string {
  switch (probe.kind) {
    case 'http':
      return `HTTP GET ${mdCode(`${probe.path ?? '/'}`)} on ${mdText(probe.port ?? '?')}`;
    case 'exec':
      return `runs ${mdCode((probe.command ?? []).join(' ')) || 'nothing'}`;
    default:
      return `${probe.kind === 'grpc' ? 'gRPC' : 'TCP'} on ${mdText(probe.port ?? '?')}`;
  }
}

function probeTiming(probe: Probe): string {
  const parts: string[] = [];
  if (probe.initialDelaySeconds !== undefined) parts.push(`after ${probe.initialDelaySeconds} s`);
  if (probe.periodSeconds !== undefined) parts.push(`every ${probe.periodSeconds} s`);
  if (probe.failureThreshold !== undefined)
    parts.push(`fails after ${count(probe.failureThreshold, 'miss', 'misses')}`);
  return parts.join(', ');
}

function resourceText(container: Container): string {
  const r = container.resources;
  if (!r) return '';
  const parts = [
    r.cpuRequest && `CPU ${mdText(r.cpuRequest)} requested`,
    r.cpuLimit && `CPU limit ${mdText(r.cpuLimit)}`,
    r.memoryRequest && `memory ${mdText(r.memoryRequest)} requested`,
    r.memoryLimit && `memory limit ${mdText(r.memoryLimit)}`,
  ].filter(Boolean);
  return parts.join(', ');
}
