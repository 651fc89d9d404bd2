import type { RuleCases } from '../testing/cases';
import { anApp, aSidecar, connect, designOf, podOf, port } from '../testing/designs';

const content = { name: 'content', kind: 'emptyDir' as const };

export default {
  valid: [
    {
      name: 'git-sync writes a volume the app serves',
      design: designOf({
        pods: [
          podOf(
            'site',
            [
              anApp('web', {
                mounts: [{ volume: 'content', path: '/usr/share/nginx/html', readOnly: true }],
              }),
              aSidecar('git-sync', { mounts: [{ volume: 'content', path: '/git' }] }),
            ],
            { volumes: [content] },
          ),
        ],
      }),
    },
    {
      name: 'a TLS sidecar proxying to the app over localhost',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080, { scope: 'localhost' })] }),
            aSidecar('tls'),
          ]),
        ],
        connections: [connect('tls', 'c-web', 'http')],
      }),
    },
    {
      name: "a sidecar without an app is another rule's business",
      design: designOf({ pods: [podOf('web', [aSidecar('tls')])] }),
    },
  ],
  invalid: [
    {
      name: 'a sidecar sharing nothing with the app',
      design: designOf({
        pods: [
          podOf(
            'site',
            [anApp('web'), aSidecar('git-sync', { mounts: [{ volume: 'content', path: '/git' }] })],
            { volumes: [content] },
          ),
        ],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-git-sync' },
          messageIncludes:
            'Sidecar "git-sync" in pod "site" shares no volume and no connection with app "web"',
        },
      ],
    },
  ],
} satisfies RuleCases;
