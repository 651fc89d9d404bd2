/**
 * One Kubernetes container as a design container: image, command, ports, env, mounts, probes,
 * resources, security context; our own annotations add what Kubernetes has no field for.
 */
import { envNameProblem, portNameProblem } from '../../model/names';
import type { Container, EnvVar, Mount, Pod, Port } from '../../model/types';
import type { Draft } from '../draft';
import { placeAt, type Place } from '../load/source';
import { toPortName } from '../names';
import { get, int, isRecord, list, scalarText, str, textList, unhandledKeys } from '../read';
import { readProbes, readResources, readSecurity } from './checks';
import { annotation, containerAnnotation, readEnvFacts, readPortFacts } from './ours';

export interface PodContext {
  draft: Draft;
  pod: Pod;
  podPlace: Place;
  annotations: Record<string, string>;
  ours: boolean;
  volumeNames: ReadonlySet<string>;
}

export interface ReadContainer {
  container: Container;
  /** The secret variables and the Secret key each is read from, for the naming note. */
  secretRefs: { env: string; secret: string; key: string }[];
}

const HANDLED = new Set([
  'name',
  'image',
  'command',
  'args',
  'ports',
  'env',
  'volumeMounts',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'resources',
  'securityContext',
  'restartPolicy',
  // Defaults that the API server fills in on every container; nothing is lost.
  'terminationMessagePath',
  'terminationMessagePolicy',
]);

export function readContainer(
  ctx: PodContext,
  raw: unknown,
  place: Place,
  nativeSidecar: boolean,
): ReadContainer | undefined {
  const { draft } = ctx;
  if (!isRecord(raw)) {
    draft.notes.warn('container-invalid', 'A container must be a mapping; skipped.', place);
    return undefined;
  }
  const rawName = scalarText(get(raw, 'name')) ?? '';
  const facet = (name: Parameters<typeof containerAnnotation>[0]) =>
    annotation(ctx.annotations, containerAnnotation(name, rawName));
  const id = draft.claimId(facet('id'), 'c', place);
  const image = scalarText(get(raw, 'image'));
  if (!image)
    draft.notes.warn('image-missing', `Container ${rawName || '(unnamed)'} has no image.`, place, id);
  const container: Container = {
    id,
    name: rawName,
    role: 'app',
    image: image ?? '',
    description: facet('description') ?? '',
    ports: [],
    env: [],
    mounts: [],
  };
  const origin = {
    place,
    roleKnown: false,
    nativeSidecar,
    connectionsKnown: false,
    hints: [] as { name?: string; value: string; place: Place }[],
  };
  draft.containerOrigins.set(id, origin);
  const docs = facet('docs');
  if (docs) container.docsUrl = docs;
  const source = facet('source');
  if (source) container.sourceUrl = source;
  const command = textList(get(raw, 'command'));
  if (command && command.length > 0) container.command = command;
  const args = textList(get(raw, 'args'));
  if (args && args.length > 0) container.args = args;
  for (const [key, words] of [
    ['command', command],
    ['args', args],
  ] as const) {
    words?.forEach((value, i) => origin.hints.push({ value, place: placeAt(place, key, i) }));
  }
  readPorts(ctx, container, get(raw, 'ports'), placeAt(place, 'ports'), facet('ports'));
  const secretRefs = readEnv(ctx, container, get(raw, 'env'), placeAt(place, 'env'), facet('env'));
  readMounts(ctx, container, get(raw, 'volumeMounts'), placeAt(place, 'volumeMounts'));
  const probes = readProbes(ctx, container, raw, place);
  if (probes) container.probes = probes;
  const resources = readResources(ctx, container, get(raw, 'resources'), placeAt(place, 'resources'));
  if (resources) container.resources = resources;
  const security = readSecurity(
    ctx,
    container,
    get(raw, 'securityContext'),
    placeAt(place, 'securityContext'),
  );
  if (security) container.securityContext = security;
  const unhandled = unhandledKeys(raw, HANDLED);
  if (unhandled.length > 0) {
    draft.notes.info(
      'container-fields-dropped',
      `Container ${rawName}: ${unhandled.join(', ')} ${unhandled.length === 1 ? 'is' : 'are'} not part of the design; not imported.`,
      { ...placeAt(place, unhandled[0]!), atKey: true },
      id,
    );
  }
  if (
    nativeSidecar === false &&
    get(raw, 'restartPolicy') !== undefined &&
    get(raw, 'restartPolicy') !== 'Always'
  ) {
    draft.notes.info(
      'restart-policy-dropped',
      `Container ${rawName}: restartPolicy ${String(get(raw, 'restartPolicy'))} is not imported.`,
      placeAt(place, 'restartPolicy'),
      id,
    );
  }
  return { container, secretRefs };
}

function readPorts(
  ctx: PodContext,
  container: Container,
  raw: unknown,
  place: Place,
  factsText: string | undefined,
): void {
  const facts = readPortFacts(factsText);
  if (facts === null)
    ctx.draft.notes.warn(
      'annotation-invalid',
      `The port facts of ${container.name} are not readable JSON; ignored.`,
      place,
      container.id,
    );
  list(raw).forEach((item, i) => {
    const at = placeAt(place, i);
    const number = int(get(item, 'containerPort'));
    if (number === undefined || number < 1 || number > 65535) {
      ctx.draft.notes.warn(
        'port-invalid',
        `Container ${container.name} has a port without a valid containerPort; skipped.`,
        at,
        container.id,
      );
      return;
    }
    const protocol = str(get(item, 'protocol')) ?? 'TCP';
    if (protocol !== 'TCP' && protocol !== 'UDP') {
      ctx.draft.notes.warn(
        'port-protocol',
        `Port ${number} of ${container.name} uses ${protocol}; the design knows TCP and UDP, so it becomes TCP.`,
        at,
        container.id,
      );
    }
    if (get(item, 'hostPort') !== undefined || get(item, 'hostIP') !== undefined) {
      ctx.draft.notes.info(
        'host-port-dropped',
        `Port ${number} of ${container.name} binds a host port; the design does not, so it is not imported.`,
        placeAt(at, 'hostPort'),
        container.id,
      );
    }
    const rawName = scalarText(get(item, 'name'));
    let name = '';
    if (rawName) {
      name = portNameProblem(rawName) === null ? rawName : (toPortName(rawName) ?? '');
      if (name !== rawName) {
        ctx.draft.notes.info(
          'port-name-changed',
          `Port name "${rawName}" of ${container.name} is not a valid IANA name; it becomes ${name ? `"${name}"` : 'a generated one'}.`,
          placeAt(at, 'name'),
          container.id,
        );
      }
    }
    const port: Port = { name, port: number, protocol: protocol === 'UDP' ? 'UDP' : 'TCP', scope: 'pod' };
    const fact = rawName && facts ? facts.get(rawName) : undefined;
    if (fact?.scope) port.scope = fact.scope;
    if (fact?.contract) port.contract = fact.contract;
    if (fact?.description) port.description = fact.description;
    container.ports.push(port);
  });
}

function readEnv(
  ctx: PodContext,
  container: Container,
  raw: unknown,
  place: Place,
  factsText: string | undefined,
): ReadContainer['secretRefs'] {
  const facts = readEnvFacts(factsText);
  if (facts === null)
    ctx.draft.notes.warn(
      'annotation-invalid',
      `The env facts of ${container.name} are not readable JSON; ignored.`,
      place,
      container.id,
    );
  const secretRefs: ReadContainer['secretRefs'] = [];
  const fromElsewhere: string[] = [];
  const origin = ctx.draft.containerOrigins.get(container.id);
  list(raw).forEach((item, i) => {
    const at = placeAt(place, i);
    const name = scalarText(get(item, 'name'));
    if (!name) {
      ctx.draft.notes.warn(
        'env-invalid',
        `Container ${container.name} has an environment variable without a name; skipped.`,
        at,
        container.id,
      );
      return;
    }
    if (envNameProblem(name))
      ctx.draft.notes.info(
        'env-name-invalid',
        `Container ${container.name}: ${envNameProblem(name)}`,
        at,
        container.id,
      );
    const env: EnvVar = { name };
    const value = scalarText(get(item, 'value'));
    const from = get(item, 'valueFrom');
    const secretRef = get(from, 'secretKeyRef');
    if (isRecord(secretRef)) {
      env.secret = true;
      if (get(secretRef, 'optional') === true) env.required = false;
      secretRefs.push({
        env: name,
        secret: str(get(secretRef, 'name')) ?? '',
        key: scalarText(get(secretRef, 'key')) ?? '',
      });
    } else if (isRecord(from)) {
      const source = Object.keys(from)[0] ?? 'valueFrom';
      const ref = get(from, source);
      const what = str(get(ref, 'name')) ?? str(get(ref, 'fieldPath')) ?? str(get(ref, 'resource')) ?? '';
      fromElsewhere.push(`${name} (${source}${what ? ` ${what}` : ''})`);
    } else if (value !== undefined) {
      env.value = value;
      origin?.hints.push({ name, value, place: placeAt(at, 'value') });
    }
    const fact = facts?.get(name);
    if (fact?.description) env.description = fact.description;
    if (fact?.required !== undefined) env.required = fact.required;
    container.env.push(env);
  });
  if (fromElsewhere.length > 0) {
    ctx.draft.notes.info(
      'env-from-dropped',
      `Container ${container.name} reads ${fromElsewhere.join(', ')} from the cluster; the design keeps the names without values.`,
      place,
      container.id,
    );
  }
  return secretRefs;
}

function readMounts(ctx: PodContext, container: Container, raw: unknown, place: Place): void {
  list(raw).forEach((item, i) => {
    const at = placeAt(place, i);
    const volume = scalarText(get(item, 'name'));
    const path = scalarText(get(item, 'mountPath'));
    if (!volume || !path) {
      ctx.draft.notes.warn(
        'mount-invalid',
        `Container ${container.name} has a volume mount without a name or path; skipped.`,
        at,
        container.id,
      );
      return;
    }
    if (!ctx.volumeNames.has(volume)) {
      ctx.draft.notes.warn(
        'mount-unresolved',
        `Container ${container.name} mounts "${volume}", which the pod does not declare; skipped.`,
        at,
        container.id,
      );
      return;
    }
    const subPath = scalarText(get(item, 'subPath')) ?? scalarText(get(item, 'subPathExpr'));
    if (subPath) {
      ctx.draft.notes.info(
        'mount-subpath',
        `Container ${container.name} mounts only "${subPath}" of ${volume} at ${path}; the design mounts the whole volume.`,
        placeAt(at, 'subPath'),
        container.id,
      );
    }
    const mount: Mount = { volume, path };
    if (get(item, 'readOnly') === true) mount.readOnly = true;
    container.mounts.push(mount);
  });
}
