/**
 * Starts the download of a blob under a name, as a click on a link would. The link is in the document
 * while it is clicked (some browsers ignore a click on a detached link), and the blob's URL is revoked
 * once the download has had time to take its own reference.
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
