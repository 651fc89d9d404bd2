/**
 * Runs the core import off the main thread: a 9 MB manifest takes seconds to parse, and the page must
 * stay responsive meanwhile. The answer is the import's own result, plain data.
 */
import { importManifests } from '../../core/import';
import type { ImportRequest, ImportResponse } from './import-protocol';

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { id, files } = event.data ?? {};
  if (typeof id !== 'number' || !Array.isArray(files)) return;
  let response: ImportResponse;
  try {
    response = { id, type: 'done', result: importManifests(files) };
  } catch (error) {
    response = { id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
