import { definePodRule } from '../define';
import { connectionTarget, containerTarget, roleWord } from '../targets';

export default definePodRule(
  {
    id: 'request-split-weights',
    description:
      "Enforce that the traffic weights on an ambassador's connections are between 0 and 100 and add up to 100.",
    category: 'patterns',
    severity: 'warning',
    why: 'The book\'s request-splitting ambassador (nginx upstream weights between "web" and "experiment") sends each request to one backend by weight; weights are shares of the traffic, so together they must make the whole of it. Only an ambassador splits requests.',
    upstream: [],
    messages: {
      sum: 'The weights on the connections of ambassador "{container}" in pod "{pod}" add up to {sum}, not 100.',
      range: 'Connection {connection} has weight {weight}; a weight is a share of traffic from 0 to 100.',
      notAmbassador:
        '{role} "{container}" in pod "{pod}" has weighted connections, but only an ambassador splits requests; the weights have no effect.',
    },
  },
  {
    pod({ entries }, { index }, findings) {
      for (const { pod, container, outbound } of entries) {
        if (!outbound.some((c) => c.weight !== undefined)) continue;
        const weighted = outbound.filter((c) => c.weight !== undefined);
        const data = { container: container.name, pod: pod.name };
        if (container.role !== 'ambassador') {
          const role = roleWord(container.role);
          findings.push({
            messageId: 'notAmbassador',
            data: { ...data, role },
            target: containerTarget(container),
          });
          continue;
        }
        let sum = 0;
        let valid = true;
        for (const connection of weighted) {
          const weight = connection.weight!;
          if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) {
            valid = false;
            findings.push({
              messageId: 'range',
              data: { connection: index.connectionName(connection), weight: String(weight) },
              target: connectionTarget(index, connection),
            });
          } else {
            sum += weight;
          }
        }
        // Tolerate floating-point dust from shares such as 33.3 + 33.3 + 33.4.
        if (valid && Math.abs(sum - 100) > 1e-6) {
          findings.push({
            messageId: 'sum',
            data: { ...data, sum: Number(sum.toFixed(6)) },
            target: containerTarget(container),
          });
        }
      }
    },
  },
);
