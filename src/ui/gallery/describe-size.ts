import type { Design } from '../../core';

/** "2 pods · 5 containers · 1 service · 1 external", leaving out what the design has none of. */
export function describeSize(design: Design): string {
  const containers = design.pods.reduce((sum, pod) => sum + pod.containers.length, 0);
  return [
    plural(design.pods.length, 'pod'),
    plural(containers, 'container'),
    plural(design.services.length, 'service'),
    plural(design.externals.length, 'external'),
  ]
    .filter(Boolean)
    .join(' · ');
}

function plural(count: number, word: string): string {
  if (count === 0) return '';
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
