import type { RuleCases } from '../testing/cases';
import { anAdapter, anAmbassador, anApp, anInit, aSidecar, designOf, podOf } from '../testing/designs';

export default {
  valid: [
    {
      name: 'an app with its helpers',
      design: designOf({ pods: [podOf('web', [anApp('web'), aSidecar('tls'), anAdapter('metrics')])] }),
    },
    {
      name: 'an app alone, and a pod of init containers',
      design: designOf({ pods: [podOf('web', [anApp('web')]), podOf('setup', [anInit('migrate')])] }),
    },
  ],
  invalid: [
    {
      name: 'a lone sidecar, most likely an app tagged by mistake',
      design: designOf({ pods: [podOf('exporter', [aSidecar('exporter')])] }),
      expected: [
        {
          target: { kind: 'pod', id: 'p-exporter', name: 'exporter' },
          messageIncludes: 'Pod "exporter" has sidecar "exporter" but no app container',
          fix: 'Make "exporter" the app',
        },
      ],
    },
    {
      name: 'two helpers and no app',
      design: designOf({ pods: [podOf('web', [anAmbassador('proxy'), anAdapter('metrics')])] }),
      expected: [
        {
          target: { id: 'p-web' },
          messageIncludes: 'has ambassador "proxy" and adapter "metrics" but no app',
          fix: false,
        },
      ],
    },
  ],
} satisfies RuleCases;
