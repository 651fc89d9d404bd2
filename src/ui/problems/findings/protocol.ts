import type { Design } from '../../../core';
import type { DesignDelta } from '../../workers/design-delta';
import type { FindingsDelta } from './findings-delta';

export interface ChecksRequest {
  id: number;
  design: Design;
}

/** What goes to the worker: the design as a delta from the last one sent. */
export interface ChecksMessage {
  id: number;
  delta: DesignDelta;
}

/** The findings, as a delta from the last list answered (findings-delta.ts). */
export interface ChecksResponse {
  id: number;
  findings: FindingsDelta;
}

/** Everything the rules read goes to the worker: rule settings and the baseline too, only not the layout. */
export const NOT_CHECKED: ReadonlySet<string> = new Set(['layout']);
