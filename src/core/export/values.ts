/**
 * Small conversions of design text into values that the target formats accept.
 */

/** The tag of an image reference (`nginx:1.27-alpine` -> `1.27-alpine`), ignoring any digest. */
export function imageTag(image: string): string | undefined {
  const withoutDigest = image.split('@', 1)[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  if (lastColon <= lastSlash) return undefined;
  const tag = withoutDigest.slice(lastColon + 1);
  return tag.length > 0 ? tag : undefined;
}

/**
 * A Kubernetes label value made from any text: at most 63 characters of `[A-Za-z0-9._-]`, starting
 * and ending with a letter or digit. Undefined when nothing is left.
 */
export function labelValue(text: string): string | undefined {
  const value = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return value.length > 0 ? value : undefined;
}

/** A name joined from parts and cut to a DNS-1123 label's 63 characters, never ending with `-`. */
export function joinName(...parts: string[]): string {
  return parts.join('-').slice(0, 63).replace(/-+$/, '');
}

/** A ConfigMap or Secret key made from a file path (`conf.d/app.conf` -> `conf.d_app.conf`). */
export function dataKey(path: string): string {
  const key = path.replace(/^\/+/, '').replace(/[^-._a-zA-Z0-9]+/g, '_');
  return key.length > 0 && key !== '.' && key !== '..' ? key : 'file';
}

/** True for an IPv4 or IPv6 literal (which an ExternalName Service may not name). */
export function isIpAddress(host: string): boolean {
  return /^(\d{1,3}\.){3}\d{1,3}$/.test(host) || (host.includes(':') && /^[0-9a-fA-F:.]+$/.test(host));
}

/** Sets `key` only when `value` is defined: builds objects without the temporaries of `...(x ? {} : {})`. */
export function put<T>(target: Record<string, T>, key: string, value: T | undefined): void {
  if (value !== undefined) target[key] = value;
}
