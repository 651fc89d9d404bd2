import type { Container, ContractProtocol, Pod, Port, PortProtocol } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { definePodRule } from '../define';
import { isObservabilityPort, leavesPod, targetContract, targetName } from '../relations';
import { connectionTarget, containerTarget, externalTarget, serviceTarget } from '../targets';
import type { Finding } from '../types';

/** Application protocols that may run over UDP; every other one needs TCP. */
const UDP_CAPABLE: readonly ContractProtocol[] = ['udp', 'logs', 'other'];

/** Whether an ambassador offering `offered` can carry traffic to a backend speaking `spoken`. */
export function carries(offered: ContractProtocol, spoken: ContractProtocol): boolean {
  if (offered === spoken || offered === 'other' || spoken === 'other') return true;
  // An L4 proxy carries any TCP protocol; TLS origination turns http into https.
  if (offered === 'tcp') return spoken !== 'udp';
  return (offered === 'http' && spoken === 'https') || (offered === 'https' && spoken === 'http');
}

function transportProblem(protocol: ContractProtocol, transport: PortProtocol): boolean {
  return transport === 'UDP' ? !UDP_CAPABLE.includes(protocol) : protocol === 'udp';
}

export default definePodRule(
  {
    id: 'contract-protocol-mismatch',
    description:
      'Disallow protocol mismatches: a service port and its target, a contract and its transport, an ambassador and its backends.',
    category: 'contracts',
    severity: 'error',
    why: 'A caller that speaks one protocol to a provider of another fails on the first byte: TCP against UDP, a gRPC contract on a UDP port, an ambassador that offers redis to its app but forwards to an HTTP backend. The catalog\'s contract check "protocol compatible"; ServicePort protocol and appProtocol semantics.',
    upstream: [],
    messages: {
      servicePort:
        'Service "{service}" port "{servicePort}" is {protocol} but targets {targetProtocol} port "{port}" of container "{container}".',
      transport:
        'Port "{port}" of {owner} carries a {contract} contract over {transport}, which cannot work.',
      ambassador:
        'Ambassador "{container}" in pod "{pod}" offers {offered} to its app but forwards to "{backend}", which speaks {spoken}.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      const { containers } = pod;
      for (let c = 0; c < containers.length; c++) {
        const container = containers[c]!;
        const { ports } = container;
        for (let p = 0; p < ports.length; p++) {
          const port = ports[p]!;
          if (port.contract && transportProblem(port.contract.protocol, port.protocol))
            reportTransport(findings, pod, container, port);
        }
        // Most ambassadors offer no contract besides metrics or health: nothing to compare, nothing built.
        if (container.role === 'ambassador' && offersContract(container))
          checkAmbassador(index, pod, container, findings);
      }
    },
    rest({ design, index }, findings) {
      const { services, externals } = design;
      for (let s = 0; s < services.length; s++) {
        const service = services[s]!;
        for (let p = 0; p < service.ports.length; p++) {
          const servicePort = service.ports[p]!;
          // Most service ports leave the protocol to their target: no need to look the target up.
          if (!servicePort.protocol) continue;
          const ref = index.podPort(service.pod, servicePort.targetPort);
          if (!ref || servicePort.protocol === ref.port.protocol) continue;
          findings.push({
            messageId: 'servicePort',
            data: {
              service: service.name,
              servicePort: servicePort.name,
              protocol: servicePort.protocol,
              targetProtocol: ref.port.protocol,
              port: ref.port.name,
              container: ref.container.name,
            },
            target: serviceTarget(service),
            fix: {
              title: `Make service port "${servicePort.name}" ${ref.port.protocol}`,
              changes: [
                {
                  type: 'updateServicePort',
                  service: service.id,
                  port: servicePort.name,
                  patch: { protocol: ref.port.protocol },
                },
              ],
            },
          });
        }
      }
      for (let e = 0; e < externals.length; e++) {
        const external = externals[e]!;
        for (let p = 0; p < external.ports.length; p++) {
          const port = external.ports[p]!;
          if (port.contract && transportProblem(port.contract.protocol, port.protocol)) {
            findings.push({
              messageId: 'transport',
              data: {
                port: port.name,
                owner: `external "${external.name}"`,
                contract: port.contract.protocol,
                transport: port.protocol,
              },
              target: externalTarget(external),
            });
          }
        }
      }
    },
  },
);

function reportTransport(findings: Finding[], pod: Pod, container: Container, port: Port): void {
  const owner = `container "${container.name}" in pod "${pod.name}"`;
  findings.push({
    messageId: 'transport',
    data: { port: port.name, owner, contract: port.contract!.protocol, transport: port.protocol },
    target: containerTarget(container),
  });
}

/** Whether the ambassador offers its app any contract that is not metrics, telemetry, logs or health. */
function offersContract({ ports }: Container): boolean {
  for (let i = 0; i < ports.length; i++)
    if (ports[i]!.contract && !isObservabilityPort(ports[i]!)) return true;
  return false;
}

/** Backends out of the pod that speak a protocol none of the ambassador's offered contracts carries. */
function checkAmbassador(index: DesignIndex, pod: Pod, container: Container, findings: Finding[]): void {
  const offered = container.ports
    .filter(
      (p): p is Port & { contract: NonNullable<Port['contract']> } => !!p.contract && !isObservabilityPort(p),
    )
    .map((p) => p.contract.protocol);
  for (const connection of index.outbound(container.id)) {
    if (!leavesPod(index, connection, pod)) continue;
    const target = index.target(connection);
    const spoken = targetContract(target)?.protocol;
    if (!spoken || offered.some((o) => carries(o, spoken))) continue;
    findings.push({
      messageId: 'ambassador',
      data: {
        container: container.name,
        pod: pod.name,
        offered: [...new Set(offered)].join(', '),
        backend: targetName(target),
        spoken,
      },
      target: connectionTarget(index, connection),
    });
  }
}
