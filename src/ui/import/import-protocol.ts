/** The messages between the page and the import worker. */
import type { ImportFile, ImportResult } from '../../core';

export interface ImportRequest {
  id: number;
  files: ImportFile[];
}

export type ImportResponse =
  { id: number; type: 'done'; result: ImportResult } | { id: number; type: 'failed'; message: string };
