import type { RuleCases } from '../testing/cases';
import { anApp, designOf, podOf } from '../testing/designs';

const withImage = (image: string) => designOf({ pods: [podOf('web', [anApp('web', { image })])] });

export default {
  valid: [
    { name: 'a version tag', design: withImage('nginx:1.27.2') },
    { name: 'a tag that only ends in latest', design: withImage('nginx:not-latest') },
    {
      name: 'a registry with a port and a tag',
      design: withImage('registry.example.com:5000/team/web:2.3.0'),
    },
    {
      name: 'a digest',
      design: withImage(
        'oliver006/redis_exporter@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      ),
    },
  ],
  invalid: [
    {
      name: "no tag, as the book's companion code has it",
      design: withImage('redis'),
      expected: [
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes: 'uses image "redis" without a tag, which means latest',
          fix: false,
        },
      ],
    },
    {
      name: 'a registry port is not a tag',
      design: withImage('registry.example.com:5000/team/web'),
      expected: [{ messageIncludes: 'without a tag' }],
    },
    {
      name: 'latest',
      design: withImage('nginx:latest'),
      expected: [{ messageIncludes: 'uses image "nginx:latest", whose :latest tag moves' }],
    },
    {
      name: 'a colon with nothing after it',
      design: withImage('registry.example.com:5000/web:'),
      expected: [{ messageIncludes: 'without a tag' }],
    },
    {
      name: 'no image at all',
      design: withImage('  '),
      expected: [{ messageIncludes: 'Container "web" in pod "web" has no image' }],
    },
  ],
} satisfies RuleCases;
