import { useEffect, useState } from 'react';

/** True when a drag carries files from the operating system (not the palette's own drags). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Takes files dropped anywhere on the window (all of them: several manifests can be imported at once).
 * Only drags of files are taken: the palette's drags carry their own MIME type and pass through
 * untouched. Returns whether a file is being dragged over the window, so the UI can say what a drop
 * will do.
 */
export function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
      // dragleave fires for every child crossed; a short quiet period is a sturdier "left".
      clearTimeout(hide);
      hide = setTimeout(() => setDragging(false), 200);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      clearTimeout(hide);
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      clearTimeout(hide);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return dragging;
}
