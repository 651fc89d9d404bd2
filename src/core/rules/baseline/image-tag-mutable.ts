import { definePodRule } from '../define';
import { containerTarget } from '../targets';

/** The tag of an image reference, `''` when it has none; undefined when it is pinned by digest. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return colon < 0 ? '' : lastSegment.slice(colon + 1);
}

export default definePodRule(
  {
    id: 'image-tag-mutable',
    description: 'Require every container image to be pinned by a version tag or a digest, never latest.',
    category: 'baseline',
    severity: 'warning',
    why: "An untagged or :latest image changes under you: two replicas, or a rollback, may run different code. Mirrors kube-linter latest-tag, Polaris tagNotSpecified, kube-score container-image-tag and Checkov CKV_K8S_14; the book's companion code uses untagged images such as redis.",
    upstream: [
      'kube-linter latest-tag',
      'Polaris tagNotSpecified',
      'kube-score container-image-tag',
      'Checkov CKV_K8S_14',
    ],
    messages: {
      noImage: 'Container "{container}" in pod "{pod}" has no image.',
      untagged:
        'Container "{container}" in pod "{pod}" uses image "{image}" without a tag, which means latest; pin a version.',
      latest:
        'Container "{container}" in pod "{pod}" uses image "{image}", whose :latest tag moves; pin a version.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      const { containers } = pod;
      for (let i = 0; i < containers.length; i++) {
        const container = containers[i]!;
        const image = container.image.trim();
        const messageId = mutability(image);
        if (!messageId) continue;
        findings.push({
          messageId,
          data: { container: container.name, pod: pod.name, image },
          target: containerTarget(container),
        });
      }
    },
  },
);

/**
 * Why an image is not pinned, as a message id, or undefined when it is (the data is built only then).
 * The same answer as `imageTag`, read from positions in the string: slicing out the tag of every
 * image cost two strings per container on every run.
 */
function mutability(image: string): 'noImage' | 'untagged' | 'latest' | undefined {
  if (image === '') return 'noImage';
  if (image.includes('@')) return undefined;
  // The tag follows the last colon of the last path segment (a colon before a slash is a registry port).
  const colon = image.lastIndexOf(':');
  if (colon < image.lastIndexOf('/') + 1 || colon === image.length - 1) return 'untagged';
  return colon === image.length - LATEST.length - 1 && image.endsWith(LATEST) ? 'latest' : undefined;
}

const LATEST = 'latest';
