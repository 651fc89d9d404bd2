import type { RuleCases } from '../testing/cases';
import { anApp, aPort, aSidecar, designOf, podOf, port } from '../testing/designs';

export default {
  valid: [
    {
      name: 'every port and variable described',
      design: designOf({
        pods: [
          podOf('site', [
            anApp('web', { ports: [port('http', 8080)] }),
            aSidecar('git-sync', {
              env: [{ name: 'GIT_SYNC_REPO', description: 'The repository to sync.', required: true }],
            }),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a helper with undocumented variables is a warning',
      design: designOf({
        pods: [
          podOf('site', [
            anApp('web'),
            aSidecar('git-sync', {
              env: [{ name: 'GIT_SYNC_REPO' }, { name: 'GIT_SYNC_WAIT', description: ' ' }],
            }),
          ]),
        ],
      }),
      expected: [
        {
          severity: 'warning',
          target: { kind: 'container', id: 'c-git-sync' },
          messageIncludes:
            'Sidecar "git-sync" in pod "site" does not describe variables "GIT_SYNC_REPO" and "GIT_SYNC_WAIT"; ports and variables are a container\'s API',
        },
      ],
    },
    {
      name: 'an app with an undocumented port and variable is only noted',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [aPort()], env: [{ name: 'MODE', value: 'prod' }] })])],
      }),
      expected: [{ severity: 'info', messageIncludes: 'does not describe port "http" or variable "MODE"' }],
    },
  ],
} satisfies RuleCases;
