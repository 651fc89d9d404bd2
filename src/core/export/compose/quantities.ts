/**
 * Kubernetes resource quantities in Compose units: CPU as a decimal count of cores (`100m` -> `0.1`),
 * memory in Docker's binary units (`128Mi` -> `128m`) or in bytes when the quantity is decimal.
 */

const QUANTITY = /^(\d+(?:\.\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const BINARY: Record<string, string> = { Ki: 'k', Mi: 'm', Gi: 'g' };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

export function composeCpus(quantity: string): string | undefined {
  const match = QUANTITY.exec(quantity.trim());
  if (!match) return undefined;
  const [, number, unit] = match;
  if (unit === undefined) return number;
  if (unit !== 'm') return undefined;
  return String(Number(number) / 1000);
}

export function composeMemory(quantity: string): string | undefined {
  const match = QUANTITY.exec(quantity.trim());
  if (!match) return undefined;
  const [, number, unit] = match;
  if (unit === undefined) return `${Math.round(Number(number))}b`;
  if (BINARY[unit] && Number.isInteger(Number(number))) return `${number}${BINARY[unit]}`;
  const tib: Record<string, number> = {
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
  };
  const factor = DECIMAL[unit] ?? tib[unit];
  return factor ? `${Math.round(Number(number) * factor)}b` : undefined;
}
