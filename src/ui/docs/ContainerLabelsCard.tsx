import { useSelectedContainerLabels } from './useDocs';
import { copyText } from '../browser';
import { useStatus } from '../forms/useStatus';

/**
 * The selected container's documentation as image metadata: the Dockerfile `LABEL` instruction and
 * the OCI annotations, to copy into the image's build so the documentation travels with the image.
 */
export function ContainerLabelsCard() {
  const labels = useSelectedContainerLabels();
  const [status, say] = useStatus();
  if (!labels) {
    return (
      <p className="docs-hint">
        Select a container to see the Dockerfile <code>LABEL</code> lines and OCI annotations that carry its
        documentation into its image.
      </p>
    );
  }
  const annotations = Object.entries(labels.annotations);
  const copy = async () =>
    say((await copyText(labels.dockerfile)) ? 'Copied' : 'Copy failed: select the text and press Ctrl+C');
  return (
    <section className="docs-labels" aria-label={`Image labels of container ${labels.name}`}>
      <div className="docs-labels-head">
        <h2>
          Image labels of <span className="docs-labels-name">{labels.name}</span>
          <span className="docs-labels-pod"> in pod {labels.podName}</span>
        </h2>
        <span className="docs-status" role="status">
          {status}
        </span>
        <button
          type="button"
          className="docs-button"
          onClick={() => void copy()}
          aria-label={`Copy the LABEL lines of ${labels.name}`}
          disabled={!labels.dockerfile}
        >
          Copy
        </button>
      </div>
      <p className="docs-labels-caption">Dockerfile</p>
      <figure className="docs-figure" aria-label="Dockerfile LABEL lines">
        <pre className="docs-code">
          <code>{labels.dockerfile || '# Nothing to label yet: give the container a name.'}</code>
        </pre>
      </figure>
      <p className="docs-labels-caption">OCI annotations</p>
      <dl className="docs-annotations">
        {annotations.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
