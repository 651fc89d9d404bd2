/**
 * Applying the book's patterns to what is already drawn, each as one list of changes (one undo step),
 * and the proxy configuration that ambassadors get from their connections.
 */
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
