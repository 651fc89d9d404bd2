/**
 * Design services as v1 Services, and externals as the Services that name them inside the cluster.
 */
import type { External, Service } from '../../model/types';
import { contractFact } from '../metadata';
import { isIpAddress, joinName } from '../values';
import type { YamlDocumentSpec } from '../yaml';
import { ANNOTATION, entityAnnotations } from './annotations';
import type { K8sContext } from './context';
import { designLabels, externalLabels, podLabels, selectorLabels } from './labels';
import { objectMeta } from './objects';

/** Service ports targeting container ports by name; the protocol is written only when it is UDP. */
export function servicePorts(ctx: K8sContext, service: Service): Record<string, unknown>[] {
  const pod = ctx.lookup.pod(service.pod);
  return service.ports.map((port) => {
    const target = pod?.containers.flatMap((c) => c.ports).find((p) => p.name === port.targetPort);
    const protocol = port.protocol ?? target?.protocol ?? 'TCP';
    return {
      name: port.name,
      port: port.port,
      targetPort: port.targetPort,
      ...(protocol === 'UDP' ? { protocol } : {}),
    };
  });
}

export function serviceDocument(ctx: K8sContext, service: Service): YamlDocumentSpec {
  const pod = service.pod ? ctx.lookup.pod(service.pod) : undefined;
  if (!pod) {
    ctx.notes.add(
      'service-without-pod',
      'warning',
      `Service ${service.name} selects no pod of the design; it is written without a selector and gets no endpoints.`,
      service.id,
    );
  }
  const ports = servicePorts(ctx, service);
  if (ports.length === 0 && service.type !== 'Headless') {
    ctx.notes.add(
      'service-without-ports',
      'warning',
      `Service ${service.name} has no ports; Kubernetes will refuse it.`,
      service.id,
    );
  }
  const spec: Record<string, unknown> = {};
  if (service.type === 'NodePort' || service.type === 'LoadBalancer') spec.type = service.type;
  if (service.type === 'Headless') spec.clusterIP = 'None';
  if (pod) spec.selector = selectorLabels(ctx, pod);
  if (ports.length > 0) spec.ports = ports;
  return {
    value: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: objectMeta(
        ctx,
        service.name,
        pod ? podLabels(ctx, pod) : designLabels(ctx),
        entityAnnotations(service.id, service.description),
      ),
      spec,
    },
    ...(service.description ? { comment: service.description } : {}),
    ids: [service.id],
  };
}

/**
 * An external system, named inside the cluster so that callers use the same DNS name as in the
 * design: an ExternalName Service for a host name; a Service plus an EndpointSlice for an IP address;
 * a Service without endpoints, and a note, when the design gives no host.
 */
export function externalDocuments(ctx: K8sContext, external: External): YamlDocumentSpec[] {
  const annotations: Record<string, string> = {
    ...entityAnnotations(external.id, external.description),
    [ANNOTATION.kind]: 'external',
    [ANNOTATION.externalKind]: external.kind,
  };
  const contracts = Object.fromEntries(
    external.ports.flatMap((p) => (p.contract ? [[p.name, contractFact(p.contract)]] : [])),
  );
  if (Object.keys(contracts).length > 0) annotations[ANNOTATION.ports] = JSON.stringify(contracts);
  const labels = externalLabels(ctx, external);
  const ports = external.ports.map((p) => ({
    name: p.name,
    port: p.port,
    ...(p.protocol === 'UDP' ? { protocol: 'UDP' } : {}),
  }));
  const host = external.host?.trim() ?? '';
  const spec: Record<string, unknown> = {};
  if (host && !isIpAddress(host)) {
    spec.type = 'ExternalName';
    spec.externalName = host;
  } else if (!host) {
    ctx.notes.add(
      'external-without-host',
      'warning',
      `External ${external.name} has no host: its Service has no endpoints until you add an EndpointSlice.`,
      external.id,
    );
  }
  if (ports.length > 0) spec.ports = ports;
  const comment = [external.description, host ? `Outside the cluster: ${host}` : '']
    .filter(Boolean)
    .join('\n');
  const docs: YamlDocumentSpec[] = [
    {
      value: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: objectMeta(ctx, external.name, labels, annotations),
        spec,
      },
      ...(comment ? { comment } : {}),
      ids: [external.id],
    },
  ];
  if (host && isIpAddress(host)) {
    docs.push({
      value: {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: objectMeta(ctx, joinName(external.name, 'external'), {
          'kubernetes.io/service-name': external.name,
          ...labels,
        }),
        addressType: host.includes(':') ? 'IPv6' : 'IPv4',
        endpoints: [{ addresses: [host] }],
        ports: external.ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol })),
      },
      ids: [external.id],
    });
  }
  return docs;
}
