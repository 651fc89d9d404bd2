import type { RuleCases } from '../testing/cases';
import { anApp, anInit, designOf, podOf } from '../testing/designs';

const restricted = { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true };

export default {
  valid: [
    {
      name: 'the restricted baseline',
      design: designOf({ pods: [podOf('web', [anApp('web', { securityContext: restricted })])] }),
    },
  ],
  invalid: [
    {
      name: 'no security context',
      design: designOf({ pods: [podOf('web', [anApp('web')])] }),
      expected: [
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes:
            'App "web" in pod "web" does not set runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true in its security context',
        },
      ],
    },
    {
      name: 'an init container with a writable root',
      design: designOf({
        pods: [
          podOf('web', [
            anInit('setup', { securityContext: { ...restricted, readOnlyRootFilesystem: false } }),
          ]),
        ],
      }),
      expected: [
        { messageIncludes: 'Init container "setup" in pod "web" does not set readOnlyRootFilesystem: true' },
      ],
    },
  ],
} satisfies RuleCases;
