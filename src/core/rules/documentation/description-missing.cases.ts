import type { RuleCases } from '../testing/cases';
import { anApp, designOf, externalOf, podOf, serviceFor } from '../testing/designs';

export default {
  valid: [
    {
      name: 'everything described',
      design: designOf({
        pods: [podOf('web', [anApp('web')])],
        services: [serviceFor('web', 'web', [])],
        externals: [externalOf('db', [])],
      }),
    },
  ],
  invalid: [
    {
      name: 'nothing described',
      design: designOf({
        name: 'shop',
        description: '',
        pods: [podOf('web', [anApp('web', { description: ' ' })], { description: '' })],
        services: [serviceFor('web', 'web', [], { description: '' })],
        externals: [externalOf('db', [], { description: '' })],
      }),
      expected: [
        {
          target: { kind: 'design', id: '', name: 'shop' },
          messageIncludes: 'The design "shop" has no description',
        },
        { target: { kind: 'pod', id: 'p-web' }, messageIncludes: 'Pod "web" has no description' },
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes: 'Container "web" in pod "web" has no description',
        },
        { target: { kind: 'service', id: 's-web' }, messageIncludes: 'Service "web" has no description' },
        {
          target: { kind: 'external', id: 'x-db' },
          messageIncludes: 'External "db" has no description',
          fix: false,
        },
      ],
    },
  ],
} satisfies RuleCases;
