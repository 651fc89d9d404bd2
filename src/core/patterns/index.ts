/**
 * Applying the book's patterns to what is already drawn, each as one list of changes (one undo step),
 * and the proxy configuration that ambassadors get from their connections.
 */
export { PATTERN_ACTIONS, patternActionsFor, type PatternAction, type PatternActionId } from './actions';
export { putAmbassadorInFront } from './ambassador';
export { addGitSync } from './git-sync';
export { addHttpsSidecar } from './https-sidecar';
export { addLogAdapter } from './log-adapter';
export { addMetricsAdapter } from './metrics-adapter';
export type { PatternApplication } from './types';
export {
  PROXY_CONFIG_LOCATION,
  proxyConfigChanges,
  proxyFlavour,
  relativeWeights,
  renderProxyConfig,
  type ProxyConfig,
  type ProxyConfigResult,
  type ProxyConfigUpdate,
  type ProxyFlavour,
} from './proxy-config';
