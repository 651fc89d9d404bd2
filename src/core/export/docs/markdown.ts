import type { Connection, Design } from '../../model/types';
import { runRules, type Diagnostic } from '../../rules';
import { makeLookup, type DesignLookup } from '../lookup';
import { mdCode, mdParagraph, mdText } from './escape';
import { mermaidFlowchart } from './mermaid';
import { contractText, podSections } from './pods';
import { count, mdTable } from './table';

/**
 * The design as a Markdown document: an overview (name, description, namespace, target), a Mermaid
 * diagram, a section per pod and container (role, image, ports with contracts, environment variables
 * with their descriptions, volumes, probes), the services, external systems and connections, and the
 * findings still open. All design text is escaped for Markdown and HTML. Deterministic: the same design
 * gives the same text. `diagnostics` defaults to `runRules(design)`.
 */
export function exportMarkdown(
  design: Design,
  diagnostics: readonly Diagnostic[] = runRules(design),
): string {
  // One index for the whole document: the model's queries scan, which is quadratic over a large design.
  const lookup = makeLookup(design);
  const lines: string[] = [
    `# ${mdText(design.name) || 'Untitled design'}`,
    '',
    ...(design.description ? [mdParagraph(design.description), ''] : []),
    ...overview(design, diagnostics),
    '## Diagram',
    '',
    '```mermaid',
    mermaidFlowchart(design, lookup),
    '```',
    '',
    ...podSections(design, lookup),
    ...servicesSection(design, lookup),
    ...externalsSection(design),
    ...connectionsSection(design, lookup),
    ...findingsSection(diagnostics),
    '---',
    '',
    `*Written by Podwright from a ${mdCode(design.format)} design.*`,
  ];
  return `${lines.join('\n')}\n`;
}

function overview(design: Design, diagnostics: readonly Diagnostic[]): string[] {
  const containers = design.pods.reduce((n, p) => n + p.containers.length, 0);
  const contents = [
    count(design.pods.length, 'pod'),
    count(containers, 'container'),
    count(design.services.length, 'service'),
    count(design.externals.length, 'external system'),
    count(design.connections.length, 'connection'),
  ].join(', ');
  const bySeverity = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return [
    `- **Namespace:** ${design.namespace ? mdCode(design.namespace) : 'none set (the deployment’s default)'}`,
    `- **Kubernetes target:** ${mdText(design.target.kubernetes)}`,
    `- **Contents:** ${contents}`,
    `- **Open findings:** ${count(bySeverity('error'), 'error')}, ${count(bySeverity('warning'), 'warning')}, ${bySeverity('info')} info`,
    '',
  ];
}

function servicesSection(design: Design, lookup: DesignLookup): string[] {
  if (design.services.length === 0) return [];
  const rows = design.services.map((service) => [
    mdText(service.name),
    mdText(service.type),
    mdText(lookup.pod(service.pod)?.name ?? 'nothing'),
    service.ports.map((p) => mdText(`${p.name} ${p.port} → ${p.targetPort}`)).join('<br>'),
    mdText(service.description),
  ]);
  return [
    '## Services',
    '',
    ...mdTable(['Service', 'Type', 'Selects pod', 'Ports', 'Description'], rows),
    '',
  ];
}

function externalsSection(design: Design): string[] {
  if (design.externals.length === 0) return [];
  const rows = design.externals.map((external) => [
    mdText(external.name),
    mdText(external.kind),
    external.host ? mdCode(external.host) : '',
    external.ports
      .map(
        (p) =>
          `${mdText(`${p.name} ${p.port}/${p.protocol}`)}${p.contract ? `: ${contractText(p.contract)}` : ''}`,
      )
      .join('<br>'),
    mdText(external.description),
  ]);
  return [
    '## External systems',
    '',
    ...mdTable(['System', 'Kind', 'Host', 'Ports', 'Description'], rows),
    '',
  ];
}

function connectionsSection(design: Design, lookup: DesignLookup): string[] {
  if (design.connections.length === 0) return [];
  const rows = design.connections.map((c) => [
    mdText(endpointName(lookup, c.from)),
    mdText(endpointName(lookup, c.to.id)),
    mdText(portText(lookup, c)),
    c.requires ? `${mdCode(c.requires.contract)} ${mdCode(c.requires.range)}` : '',
    typeof c.weight === 'number' ? `${c.weight}%` : '',
    mdText(c.description ?? ''),
  ]);
  return [
    '## Connections',
    '',
    ...mdTable(['From', 'To', 'Port', 'Requires', 'Weight', 'Description'], rows),
    '',
  ];
}

/** "app (legacy-orders)" for a container, the name for anything else. */
function endpointName(lookup: DesignLookup, id: string): string {
  const ref = lookup.container(id);
  if (ref) return `${ref.container.name} (${ref.pod.name})`;
  return lookup.service(id)?.name ?? lookup.external(id)?.name ?? lookup.pod(id)?.name ?? `missing ${id}`;
}

/** The port a connection reaches, with its number (a service's own number, not its target's). */
function portText(lookup: DesignLookup, connection: Connection): string {
  const { id, port: name } = connection.to;
  const ports: readonly { name: string; port: number }[] =
    lookup.container(id)?.container.ports ?? lookup.service(id)?.ports ?? lookup.external(id)?.ports ?? [];
  const port = ports.find((p) => p.name === name);
  return port ? `${port.name} ${port.port}` : name;
}

function findingsSection(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return ['## Open findings', '', 'None: every check passes.', ''];
  const rows = diagnostics.map((d) => [
    d.severity,
    mdCode(d.rule),
    mdText(`${d.target.kind} ${d.target.name}`),
    mdText(d.message),
  ]);
  return ['## Open findings', '', ...mdTable(['Severity', 'Rule', 'Where', 'Finding'], rows), ''];
}
