import type { RuleCases } from '../testing/cases';
import { anApp, anInit, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const web = podOf('web', [anApp('web', { ports: [port('http', 8080)] })]);

export default {
  valid: [
    {
      name: 'a service selecting a pod with an app',
      design: designOf({ pods: [web], services: [serviceFor('web', 'web', [sport('http', 80)])] }),
    },
    { name: 'no services at all', design: designOf({ pods: [web] }) },
  ],
  invalid: [
    {
      name: 'a service selecting no pod, with an evident candidate',
      design: designOf({ pods: [web], services: [serviceFor('web', '', [sport('http', 80)])] }),
      expected: [
        {
          target: { kind: 'service', id: 's-web', name: 'web' },
          messageIncludes: 'Service "web" selects no pod',
          fix: 'Select pod "web"',
        },
      ],
    },
    {
      name: 'a service selecting no pod, with two candidates',
      design: designOf({
        pods: [web, podOf('api', [anApp('api', { ports: [port('http', 8080)] })])],
        services: [serviceFor('web', '', [sport('http', 80)])],
      }),
      expected: [{ target: { id: 's-web' }, fix: false }],
    },
    {
      name: 'a service selecting a pod that is gone',
      design: designOf({ pods: [web], services: [serviceFor('web', 'gone', [sport('http', 80)])] }),
      expected: [
        {
          target: { id: 's-web' },
          messageIncludes: 'selects a pod that does not exist',
          fix: 'Select pod "web"',
        },
      ],
    },
    {
      name: 'a service selecting a pod with only an init container',
      design: designOf({ pods: [podOf('job', [anInit('setup')])], services: [serviceFor('job', 'job', [])] }),
      expected: [
        { target: { id: 's-job' }, messageIncludes: 'selects pod "job", which has no running container' },
      ],
    },
  ],
} satisfies RuleCases;
