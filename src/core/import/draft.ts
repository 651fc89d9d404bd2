/**
 * The design under construction, shared by the Kubernetes and Compose readers: ids (restored ones
 * win over generated ones), names (made valid and unique, with a note whenever one changes) and the
 * place in the input each entity came from, for the notes of the later stages.
 */
import { makeDesign } from '../model/factories';
import { newId } from '../model/ids';
import { toDnsLabel, uniqueName } from '../model/names';
import type { Container, Design, Pod } from '../model/types';
import type { Place } from './load/source';
import type { NoteSink } from './notes';

/** A probe port as the input wrote it (a number or a name), resolved once all ports are named. */
export interface PendingProbePort {
  pod: Pod;
  container: Container;
  which: string;
  probe: { port?: string };
  raw: string | number;
  place: Place;
}

/** What the later stages need to know of a pod beyond the design. */
export interface PodOrigin {
  place: Place;
  namespace: string;
  /** The labels its template carries, which Service selectors match. */
  selectable: Record<string, string>;
  /** True when our own annotations describe it: nothing about it is guessed. */
  ours: boolean;
}

export interface ContainerOrigin {
  place: Place;
  /** The role came from our own annotation or the manifest's structure, not from a guess. */
  roleKnown: boolean;
  /** Native sidecar (an init container that keeps running). */
  nativeSidecar: boolean;
  /** The connections came from our own annotation: nothing to infer. */
  connectionsKnown: boolean;
  /** Host-naming texts to infer connections from: env values and arguments. */
  hints: { name?: string; value: string; place: Place }[];
}

export class Draft {
  readonly design: Design = makeDesign({ name: 'imported' });
  readonly podOrigins = new Map<string, PodOrigin>();
  readonly containerOrigins = new Map<string, ContainerOrigin>();
  readonly entityPlaces = new Map<string, Place>();
  readonly probePorts: PendingProbePort[] = [];
  /** Connections our own export recorded (an annotation, an extension), restored after every entity exists. */
  readonly knownConnections: { from: string; raw: unknown; place: Place }[] = [];
  private readonly ids = new Set<string>();
  private readonly reserved = new Set<string>();
  private readonly podNames = new Set<string>();
  private readonly serviceNames = new Set<string>();

  constructor(readonly notes: NoteSink) {}

  /** Ids the input restores: generated ids keep clear of them, whatever order entities come in. */
  reserve(id: string): void {
    this.reserved.add(id);
  }

  /** The wanted id when it is free, else a fresh one (with a note when a restored id was taken). */
  claimId(wanted: string | undefined, prefix: string, place: Place): string {
    if (wanted && !this.ids.has(wanted)) {
      this.ids.add(wanted);
      return wanted;
    }
    if (wanted) {
      this.notes.warn(
        'id-duplicate',
        `The id "${wanted}" appears twice in the input; the second gets a new id.`,
        place,
      );
    }
    let id = newId(prefix);
    while (this.ids.has(id) || this.reserved.has(id)) id = newId(prefix);
    this.ids.add(id);
    return id;
  }

  podName(wanted: string, place: Place): string {
    return this.claimName(this.podNames, wanted, 'pod', 'pod', place);
  }

  /** Services and externals share one name space: both become DNS names in the cluster. */
  serviceName(wanted: string, place: Place, what = 'service'): string {
    return this.claimName(this.serviceNames, wanted, 'service', what, place);
  }

  /** A valid DNS-1123 label, unique in `taken`; a note says why whenever it differs from `wanted`. */
  claimName(taken: Set<string>, wanted: string, fallback: string, what: string, place: Place): string {
    const label = toDnsLabel(wanted, fallback);
    if (label !== wanted) {
      this.notes.info(
        'name-changed',
        `The ${what} name "${clip(wanted)}" is not a DNS-1123 label; it becomes "${label}".`,
        place,
      );
    }
    // uniqueName copies the set it is given: ask it only when the name is taken.
    const unique = taken.has(label) ? uniqueName(label, taken) : label;
    if (unique !== label) {
      this.notes.warn(
        'name-duplicate',
        `A ${what} named "${label}" already exists; this one becomes "${unique}".`,
        place,
      );
    }
    taken.add(unique);
    return unique;
  }

  placeOf(id: string): Place | undefined {
    return (
      this.entityPlaces.get(id) ?? this.podOrigins.get(id)?.place ?? this.containerOrigins.get(id)?.place
    );
  }
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
