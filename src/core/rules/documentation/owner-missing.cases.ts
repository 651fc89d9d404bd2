import type { RuleCases } from '../testing/cases';
import { anApp, designOf, podOf } from '../testing/designs';

export default {
  valid: [
    {
      name: 'an owned pod',
      design: designOf({ pods: [podOf('web', [anApp('web')], { owner: 'team-storefront' })] }),
    },
  ],
  invalid: [
    {
      name: 'no owner',
      design: designOf({ pods: [podOf('web', [anApp('web')], { owner: undefined })] }),
      expected: [{ target: { kind: 'pod', id: 'p-web' }, messageIncludes: 'Pod "web" has no owner' }],
    },
  ],
} satisfies RuleCases;
