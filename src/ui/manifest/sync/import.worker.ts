/**
 * Reads edited manifest text in a worker: at 200 pods an import takes most of a second, which typing
 * in the editor (and the canvas beside it) should never wait for.
 */
import { importManifests } from '../../../core';
import type { ImportRequest, ImportResponse } from './import-backend';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, file, name } = event.data;
  const response: ImportResponse = { id, result: importManifests([file], { name, positions: true }) };
  self.postMessage(response);
};
