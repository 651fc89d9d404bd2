import { tryApplyChanges } from '../model/changes';
import type { Design } from '../model/types';
import { proxyConfigChanges } from '../patterns/proxy-config';

/**
 * Writes a proxy's configuration file from the design, as a template is built: the file in the
 * template is then exactly what the generator makes, and stays so when the weights change later.
 * A template that cannot be configured is a bug in the library, so this throws (the tests call it).
 */
export function withProxyConfig(design: Design, containerId: string): Design {
  const update = proxyConfigChanges(design, containerId);
  if (!update.ok) throw new Error(`template proxy ${containerId}: ${update.reason}`);
  const applied = tryApplyChanges(design, update.changes);
  if (!applied.ok) throw new Error(`template proxy ${containerId}: ${applied.error.message}`);
  return applied.design;
}
