import type { Design } from '../../model/types';
import { DEFAULT_K8S_VERSION } from '../../model/factories';
import {
  NATIVE_SIDECARS_SINCE,
  atLeast,
  formatKubeVersion,
  parseKubeVersion,
  type KubeVersion,
} from '../kube-version';
import { makeLookup, type DesignLookup } from '../lookup';
import { NoteList } from '../notes';
import type { KubernetesExportOptions } from '../types';

/** Everything the Kubernetes builders share: the design, the resolved options and the notes. */
export interface K8sContext {
  design: Design;
  lookup: DesignLookup;
  version: KubeVersion;
  /** Helpers become `initContainers` with `restartPolicy: Always`. */
  nativeSidecars: boolean;
  namespace?: string;
  networkPolicies: boolean;
  podDisruptionBudgets: boolean;
  notes: NoteList;
}

/** Fills every option from the design where the caller left it out, and checks the version. */
export function makeContext(design: Design, options: KubernetesExportOptions = {}): K8sContext {
  const notes = new NoteList();
  const requested = options.kubernetesVersion ?? design.target?.kubernetes ?? DEFAULT_K8S_VERSION;
  let version = parseKubeVersion(requested);
  if (!version) {
    version = parseKubeVersion(DEFAULT_K8S_VERSION)!;
    notes.add(
      'k8s-version-invalid',
      'warning',
      `"${requested}" is not a Kubernetes version such as 1.33; exported for ${formatKubeVersion(version)}.`,
    );
  }
  const namespace = (options.namespace ?? design.namespace ?? '').trim();
  return {
    design,
    lookup: makeLookup(design),
    version,
    nativeSidecars: atLeast(version, NATIVE_SIDECARS_SINCE),
    ...(namespace ? { namespace } : {}),
    networkPolicies: options.networkPolicies ?? design.exportOptions?.networkPolicies ?? false,
    podDisruptionBudgets: options.podDisruptionBudgets ?? design.exportOptions?.podDisruptionBudgets ?? false,
    notes,
  };
}
