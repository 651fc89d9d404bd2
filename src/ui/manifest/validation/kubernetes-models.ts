/**
 * The kubernetes-models classes of the kinds Podwright writes, each imported on first use so the
 * compiled validators (about 9 MB for every kind) stay out of every chunk but the ones needed.
 * A kind that is not listed here is simply not checked.
 */

/** A kubernetes-models class: construct it with the object, `validate()` throws on schema errors. */
export type ModelClass = new (data: never) => { validate(): void };

type Loader = () => Promise<ModelClass>;

const LOADERS: Record<string, Loader> = {
  'v1/Namespace': () => import('kubernetes-models/v1/Namespace').then((m) => m.Namespace),
  'v1/Pod': () => import('kubernetes-models/v1/Pod').then((m) => m.Pod),
  'v1/Service': () => import('kubernetes-models/v1/Service').then((m) => m.Service),
  'v1/ConfigMap': () => import('kubernetes-models/v1/ConfigMap').then((m) => m.ConfigMap),
  'v1/Secret': () => import('kubernetes-models/v1/Secret').then((m) => m.Secret),
  'v1/PersistentVolumeClaim': () =>
    import('kubernetes-models/v1/PersistentVolumeClaim').then((m) => m.PersistentVolumeClaim),
  'apps/v1/Deployment': () => import('kubernetes-models/apps/v1/Deployment').then((m) => m.Deployment),
  'apps/v1/StatefulSet': () => import('kubernetes-models/apps/v1/StatefulSet').then((m) => m.StatefulSet),
  'apps/v1/DaemonSet': () => import('kubernetes-models/apps/v1/DaemonSet').then((m) => m.DaemonSet),
  'batch/v1/Job': () => import('kubernetes-models/batch/v1/Job').then((m) => m.Job),
  'batch/v1/CronJob': () => import('kubernetes-models/batch/v1/CronJob').then((m) => m.CronJob),
  'policy/v1/PodDisruptionBudget': () =>
    import('kubernetes-models/policy/v1/PodDisruptionBudget').then((m) => m.PodDisruptionBudget),
  'networking.k8s.io/v1/NetworkPolicy': () =>
    import('kubernetes-models/networking.k8s.io/v1/NetworkPolicy').then((m) => m.NetworkPolicy),
  'discovery.k8s.io/v1/EndpointSlice': () =>
    import('kubernetes-models/discovery.k8s.io/v1/EndpointSlice').then((m) => m.EndpointSlice),
};

const loaded = new Map<string, Promise<ModelClass>>();

/** The model class for an apiVersion and kind, or undefined for a kind Podwright does not check. */
export function loadModelClass(apiVersion: unknown, kind: unknown): Promise<ModelClass> | undefined {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const key = `${apiVersion}/${kind}`;
  const load = Object.hasOwn(LOADERS, key) ? LOADERS[key] : undefined;
  if (!load) return undefined;
  let pending = loaded.get(key);
  if (!pending) loaded.set(key, (pending = load()));
  return pending;
}
