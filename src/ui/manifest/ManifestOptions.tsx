import { useId, useState } from 'react';
import { dnsLabelProblem, type Design, type ExportOptions } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { NATIVE_SIDECARS_SINCE, parseKubeVersion } from '../../core/export';

/** Target versions offered; native sidecars are on by default from 1.29 (alpha in 1.28). */
export const KUBERNETES_VERSIONS = ['1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34'] as const;

const selectTarget = (s: { design: Design }) => s.design.target;
const selectNamespace = (s: { design: Design }) => s.design.namespace;
const selectExportOptions = (s: { design: Design }) => s.design.exportOptions;

/** True when the target runs helpers as native sidecars; undefined for text that is no version. */
function nativeSidecars(version: string): boolean | undefined {
  const parsed = parseKubeVersion(version);
  if (!parsed) return undefined;
  return (
    parsed.major > NATIVE_SIDECARS_SINCE.major ||
    (parsed.major === NATIVE_SIDECARS_SINCE.major && parsed.minor >= NATIVE_SIDECARS_SINCE.minor)
  );
}

function sidecarHint(native: boolean | undefined): string {
  if (native === undefined) return 'Not a Kubernetes version; the export uses the default.';
  return native
    ? 'Helpers are native sidecars.'
    : 'No native sidecars before 1.29: helpers are plain containers.';
}

/** Export options, saved with the design: each change is an ordinary, undoable design change. */
export function ManifestOptions() {
  const store = useStoreApi();
  const target = useStore(selectTarget);
  const exportOptions = useStore(selectExportOptions);
  const id = useId();
  const native = nativeSidecars(target.kubernetes);
  const versions: readonly string[] = KUBERNETES_VERSIONS.includes(target.kubernetes as never)
    ? KUBERNETES_VERSIONS
    : [...KUBERNETES_VERSIONS, target.kubernetes];

  const setOption = (key: keyof ExportOptions, value: boolean) =>
    store.getState().apply({
      type: 'updateDesign',
      patch: { exportOptions: { ...store.getState().design.exportOptions, [key]: value } },
    });

  return (
    <fieldset className="manifest-options">
      <legend className="visually-hidden">Kubernetes export options</legend>
      <label className="manifest-field" htmlFor={`${id}-version`}>
        <span>Kubernetes</span>
        <select
          id={`${id}-version`}
          value={target.kubernetes}
          aria-label="Target Kubernetes version"
          aria-describedby={`${id}-version-hint`}
          onChange={(event) =>
            store.getState().apply({
              type: 'updateDesign',
              patch: { target: { ...store.getState().design.target, kubernetes: event.target.value } },
            })
          }
        >
          {versions.map((version) => (
            <option key={version} value={version}>
              {version}
            </option>
          ))}
        </select>
      </label>
      {/* Said to everyone when it matters (an old target), to screen readers always. */}
      <span id={`${id}-version-hint`} className={native ? 'visually-hidden' : 'manifest-chip'}>
        {sidecarHint(native)}
      </span>
      <NamespaceField />
      <label
        className="manifest-check"
        title="One NetworkPolicy per pod: ingress only from the pods that connect to it"
      >
        <input
          type="checkbox"
          checked={exportOptions?.networkPolicies ?? false}
          onChange={(event) => setOption('networkPolicies', event.target.checked)}
        />
        NetworkPolicies
      </label>
      <label
        className="manifest-check"
        title="A PodDisruptionBudget for each replicated pod: drains take one replica at a time"
      >
        <input
          type="checkbox"
          checked={exportOptions?.podDisruptionBudgets ?? false}
          onChange={(event) => setOption('podDisruptionBudgets', event.target.checked)}
        />
        PodDisruptionBudgets
      </label>
    </fieldset>
  );
}

/** Applies as you type while the text is a DNS-1123 label (or empty: no namespace); says why otherwise. */
function NamespaceField() {
  const store = useStoreApi();
  const namespace = useStore(selectNamespace) ?? '';
  const [text, setText] = useState(namespace);
  const [shown, setShown] = useState(namespace);
  const id = useId();
  // Undo, an import or the inspector may change it too; the field follows (state adjusted in render).
  if (shown !== namespace) {
    setShown(namespace);
    setText(namespace);
  }
  const problem = text === '' ? null : dnsLabelProblem(text);

  const change = (value: string) => {
    setText(value);
    if (value !== '' && dnsLabelProblem(value)) return;
    store
      .getState()
      .apply(
        { type: 'updateDesign', patch: { namespace: value === '' ? undefined : value } },
        { kind: 'merge', key: 'manifest:namespace' },
      );
  };

  return (
    <span className="manifest-namespace">
      <label className="manifest-field" htmlFor={`${id}-namespace`}>
        <span>Namespace</span>
        <input
          id={`${id}-namespace`}
          type="text"
          value={text}
          placeholder="none"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-namespace-problem` : undefined}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && problem) setText(namespace);
          }}
        />
      </label>
      {problem ? (
        <span id={`${id}-namespace-problem`} className="manifest-problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
