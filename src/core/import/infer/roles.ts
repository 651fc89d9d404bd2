/**
 * Roles of the containers whose role the input does not state. The pod's main container stays the
 * app; every other long-running container is a helper, and which helper follows the traffic:
 * - the app calls it over localhost and it calls outside the pod: an ambassador;
 * - it reads the app (localhost or a shared volume) and serves a standard interface: an adapter;
 * - it shares a volume or localhost with the app: a sidecar.
 * A well-known image or name settles what the traffic leaves open. Every guess is marked
 * `roleInferred` and explained in a note.
 */
import type { Container, Design, Pod, Role } from '../../model/types';
import type { Draft } from '../draft';
import { helperHint, isStandardInterfacePort } from './helper-images';

interface Traffic {
  appCallsIt: boolean;
  itCallsApp: boolean;
  itCallsOutside: boolean;
  sharesVolume: boolean;
  servesStandard: boolean;
  /** A Service of the design targets one of its ports: it stands in front of the app. */
  inFront: boolean;
}

export function inferRoles(draft: Draft): void {
  const design = draft.design;
  for (const pod of design.pods) {
    const apps = pod.containers.filter((c) => c.role === 'app');
    for (const container of pod.containers) {
      const origin = draft.containerOrigins.get(container.id);
      if (!origin || origin.roleKnown || container.role === 'app' || container.role === 'init') continue;
      const traffic = trafficOf(design, pod, container, apps);
      const { role, why } = decide(container, traffic, apps.length > 0);
      container.role = role;
      container.roleInferred = true;
      draft.notes.info(
        'role-inferred',
        `${container.name} in ${pod.name} is taken for ${article(role)} ${role}: ${why}.`,
        origin.place,
        container.id,
      );
    }
  }
}

function article(role: Role): string {
  return role === 'ambassador' || role === 'adapter' || role === 'app' || role === 'init' ? 'an' : 'a';
}

function decide(container: Container, t: Traffic, hasApp: boolean): { role: Role; why: string } {
  const hint = helperHint(container.image, container.name);
  if (hint && (hint.hint === 'ambassador' || hint.hint === 'adapter') && hint.what.startsWith('named')) {
    return { role: hint.hint, why: hint.what };
  }
  if (t.appCallsIt && t.itCallsOutside)
    return { role: 'ambassador', why: 'the app calls it over localhost and it calls outside the pod' };
  if ((t.itCallsApp || t.sharesVolume) && t.servesStandard) {
    return {
      role: 'adapter',
      why: `it reads the app (${t.itCallsApp ? 'over localhost' : 'through a shared volume'}) and serves a standard interface`,
    };
  }
  if (hint) {
    if (hint.hint === 'proxy') {
      if (t.appCallsIt) return { role: 'ambassador', why: `${hint.what} that the app calls` };
      return { role: 'sidecar', why: `${hint.what}${t.inFront ? ' in front of the app' : ''}` };
    }
    return { role: hint.hint, why: `its image or name is that of ${hint.what}` };
  }
  if (t.appCallsIt) return { role: 'sidecar', why: 'the app calls it over localhost' };
  if (t.sharesVolume) return { role: 'sidecar', why: 'it shares a volume with the app' };
  if (t.itCallsApp) return { role: 'sidecar', why: 'it calls the app over localhost' };
  return { role: 'sidecar', why: hasApp ? 'it runs beside the app in its pod' : 'it runs in the pod' };
}

function trafficOf(design: Design, pod: Pod, helper: Container, apps: readonly Container[]): Traffic {
  const appIds = new Set(apps.map((a) => a.id));
  const podIds = new Set(pod.containers.map((c) => c.id));
  const appVolumes = new Set(apps.flatMap((a) => a.mounts.map((m) => m.volume)));
  const helperPorts = new Set(helper.ports.map((p) => p.name));
  return {
    appCallsIt: design.connections.some((e) => appIds.has(e.from) && e.to.id === helper.id),
    itCallsApp: design.connections.some((e) => e.from === helper.id && appIds.has(e.to.id)),
    itCallsOutside: design.connections.some((e) => e.from === helper.id && !podIds.has(e.to.id)),
    sharesVolume: helper.mounts.some((m) => appVolumes.has(m.volume)),
    servesStandard: helper.ports.some(isStandardInterfacePort),
    inFront: design.services.some(
      (s) => s.pod === pod.id && s.ports.some((p) => helperPorts.has(p.targetPort)),
    ),
  };
}
