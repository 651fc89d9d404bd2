import { makeDesign } from '../model/factories';
import type { Design, Pod } from '../model/types';
import { sampleDesign } from '../templates/sample';

/**
 * Designs for the unit tests of the canvas and of geometry. Not a test file itself (no `.test.`), and only imported by
 * tests, so it never reaches the app bundle.
 */

/** The sample plus an empty second pod to the right of the external, and an unattached Service. */
export function twoPodDesign(): Design {
  const sample = sampleDesign();
  const empty: Pod = {
    id: 'pod-empty',
    name: 'empty',
    description: '',
    workload: 'Deployment',
    containers: [],
    volumes: [],
  };
  return {
    ...sample,
    pods: [...sample.pods, empty],
    services: [
      ...sample.services,
      { id: 'svc-loose', name: 'loose', description: '', type: 'ClusterIP', pod: '', ports: [] },
    ],
    layout: {
      ...sample.layout,
      'pod-empty': { x: 80, y: 400, w: 300, h: 200 },
      'svc-loose': { x: -220, y: 400 },
    },
  };
}

/** A design with no layout at all, as an import produces. */
export function unplacedDesign(): Design {
  const sample = sampleDesign();
  return makeDesign({ ...sample, layout: {} });
}
