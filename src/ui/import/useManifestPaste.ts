import { useEffect } from 'react';
import { isTypingTarget } from '../shortcuts';
import { looksLikeManifest } from './input';

/**
 * Pasting a manifest on the window (not in a field or the editor) opens the import with it. Only text
 * that looks like a Kubernetes manifest or a Compose file is taken; any other paste goes on as before.
 */
export function useManifestPaste(onManifest: (text: string) => void): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTypingTarget(target as HTMLInputElement | null)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!looksLikeManifest(text)) return;
      event.preventDefault();
      onManifest(text);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onManifest]);
}
