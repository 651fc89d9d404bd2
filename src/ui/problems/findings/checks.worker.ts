/**
 * The checks in a worker: at 200 pods they take over ten milliseconds, which a change on the canvas
 * should not wait for before the canvas and the editor show it.
 */
import { runRules, type Design, type Diagnostic } from '../../../core';
import { decodeDesign } from '../../workers/design-delta';
import { diffFindings } from './findings-delta';
import type { ChecksMessage, ChecksResponse } from './protocol';

/** The design of the last request, which the next delta is relative to. */
let previous: Design | undefined;
/** The findings last answered, which the next answer is relative to. */
let answered: Diagnostic[] = [];
self.onmessage = (event: MessageEvent<ChecksMessage>) => {
  const design = decodeDesign(event.data.delta, previous);
  previous = design;
  const diagnostics = runRules(design);
  const response: ChecksResponse = { id: event.data.id, findings: diffFindings(answered, diagnostics) };
  answered = diagnostics;
  self.postMessage(response);
};
