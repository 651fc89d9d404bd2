/**
 * Writes text to the clipboard; false where the browser refuses (no permission, no focus, an insecure
 * origin, an embedded page), so the caller can say so and leave the text selectable instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
