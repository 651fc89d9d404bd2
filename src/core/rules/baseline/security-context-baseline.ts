import { definePodRule } from '../define';
import { containerTarget, roleWord } from '../targets';

export default definePodRule(
  {
    id: 'security-context-baseline',
    description:
      'Require every container to run as non-root, without privilege escalation, on a read-only root filesystem.',
    category: 'baseline',
    severity: 'warning',
    why: 'These three settings are the restricted baseline every manifest linter asks for: kube-linter run-as-non-root, privilege-escalation-container and no-read-only-root-fs; Polaris runAsRootAllowed, privilegeEscalationAllowed and notReadOnlyRootFilesystem; Checkov CKV_K8S_20, 22 and 23.',
    upstream: [
      'kube-linter run-as-non-root',
      'kube-linter privilege-escalation-container',
      'kube-linter no-read-only-root-fs',
      'Polaris runAsRootAllowed',
      'Polaris privilegeEscalationAllowed',
      'Polaris notReadOnlyRootFilesystem',
      'kube-score container-security-context-readonlyrootfilesystem',
      'Checkov CKV_K8S_20/22/23',
    ],
    messages: {
      missing: '{role} "{container}" in pod "{pod}" does not set {missing} in its security context.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      for (const container of pod.containers) {
        const s = container.securityContext ?? {};
        if (
          s.runAsNonRoot === true &&
          s.allowPrivilegeEscalation === false &&
          s.readOnlyRootFilesystem === true
        )
          continue;
        const missing = [
          s.runAsNonRoot !== true ? 'runAsNonRoot: true' : '',
          s.allowPrivilegeEscalation !== false ? 'allowPrivilegeEscalation: false' : '',
          s.readOnlyRootFilesystem !== true ? 'readOnlyRootFilesystem: true' : '',
        ].filter(Boolean);
        findings.push({
          messageId: 'missing',
          data: {
            role: roleWord(container.role),
            container: container.name,
            pod: pod.name,
            missing: missing.join(', '),
          },
          target: containerTarget(container),
        });
      }
    },
  },
);
