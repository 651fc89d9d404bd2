import { definePodRule } from '../define';
import { containerTarget, designTarget, externalTarget, isBlank, podTarget, serviceTarget } from '../targets';

export default definePodRule(
  {
    id: 'description-missing',
    description: 'Require a description on the design and on every pod, container, service and external.',
    category: 'documentation',
    severity: 'warning',
    why: "Designing Distributed Systems asks for containers that are extremely well documented, and a design is read far more often than it is drawn. Structurizr's inspections flag elements without descriptions for the same reason.",
    upstream: ['Structurizr element.description inspection'],
    messages: {
      design: 'The design "{name}" has no description: say what the system does and for whom.',
      pod: 'Pod "{name}" has no description: say what it does.',
      container:
        'Container "{name}" in pod "{pod}" has no description: say what it does and why it is there.',
      service: 'Service "{name}" has no description: say what it offers and who calls it.',
      external: 'External "{name}" has no description: say what it is and who runs it.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      if (isBlank(pod.description))
        findings.push({ messageId: 'pod', data: { name: pod.name }, target: podTarget(pod) });
      for (const container of pod.containers) {
        if (isBlank(container.description)) {
          findings.push({
            messageId: 'container',
            data: { name: container.name, pod: pod.name },
            target: containerTarget(container),
          });
        }
      }
    },
    rest({ design }, findings) {
      if (isBlank(design.description))
        findings.push({ messageId: 'design', data: { name: design.name }, target: designTarget(design) });
      for (const service of design.services) {
        if (isBlank(service.description))
          findings.push({
            messageId: 'service',
            data: { name: service.name },
            target: serviceTarget(service),
          });
      }
      for (const external of design.externals) {
        if (isBlank(external.description)) {
          findings.push({
            messageId: 'external',
            data: { name: external.name },
            target: externalTarget(external),
          });
        }
      }
    },
  },
);
