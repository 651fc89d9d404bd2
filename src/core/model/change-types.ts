import type {
  Connection,
  Container,
  Design,
  External,
  ExternalPort,
  LayoutEntry,
  Pod,
  Port,
  Service,
  ServicePort,
  Volume,
} from './types';

/**
 * Every edit of a design is one of these values. The canvas, the inspector, the editor and the CLI
 * emit them; `applyChange` is the only code that turns them into a new design, and it keeps every
 * reference consistent (renames cascade, deletions remove what pointed at the deleted thing).
 */
export type DesignChange =
  | {
      type: 'updateDesign';
      patch: Partial<Omit<Design, 'format' | 'pods' | 'services' | 'externals' | 'connections' | 'layout'>>;
    }
  | { type: 'addPod'; pod: Pod; layout?: LayoutEntry }
  | { type: 'updatePod'; id: string; patch: Partial<Omit<Pod, 'id' | 'containers' | 'volumes'>> }
  | { type: 'addContainer'; pod: string; container: Container; layout?: LayoutEntry }
  | { type: 'updateContainer'; id: string; patch: Partial<Omit<Container, 'id' | 'ports'>> }
  | { type: 'moveContainer'; id: string; toPod: string; layout?: LayoutEntry }
  | { type: 'addPort'; container: string; port: Port }
  /** Renaming a port renames it in the connections and service ports that target it. */
  | { type: 'updatePort'; container: string; port: string; patch: Partial<Port> }
  | { type: 'removePort'; container: string; port: string }
  | { type: 'addVolume'; pod: string; volume: Volume }
  /** Renaming a volume renames the mounts that use it. */
  | { type: 'updateVolume'; pod: string; volume: string; patch: Partial<Volume> }
  | { type: 'removeVolume'; pod: string; volume: string }
  | { type: 'addService'; service: Service; layout?: LayoutEntry }
  | { type: 'updateService'; id: string; patch: Partial<Omit<Service, 'id' | 'ports'>> }
  | { type: 'addServicePort'; service: string; port: ServicePort }
  | { type: 'updateServicePort'; service: string; port: string; patch: Partial<ServicePort> }
  | { type: 'removeServicePort'; service: string; port: string }
  | { type: 'addExternal'; external: External; layout?: LayoutEntry }
  | { type: 'updateExternal'; id: string; patch: Partial<Omit<External, 'id' | 'ports'>> }
  | { type: 'addExternalPort'; external: string; port: ExternalPort }
  | { type: 'updateExternalPort'; external: string; port: string; patch: Partial<ExternalPort> }
  | { type: 'removeExternalPort'; external: string; port: string }
  | { type: 'addConnection'; connection: Connection }
  | { type: 'updateConnection'; id: string; patch: Partial<Omit<Connection, 'id'>> }
  /** Removes pods, containers, services, externals or connections by id, with all that depends on them. */
  | { type: 'remove'; ids: string[] }
  /** View only, but saved: positions and sizes by entity id. */
  | { type: 'setLayout'; entries: Record<string, LayoutEntry> }
  /** Replaces the whole design (New, Open, import, template). */
  | { type: 'replace'; design: Design };

export type DesignChangeType = DesignChange['type'];
