/**
 * The findings of the design in the store, checked off the main thread. Once changes pause, the
 * checks worker is asked for the newest design only (one request at a time; designs that came and went
 * meanwhile are skipped), and each answer replaces the findings. The canvas and the editor show a change
 * first and its findings a moment later, instead of every change waiting for the checks.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { runRules, type Design, type Diagnostic } from '../../../core';
import type { PodwrightStore } from '../../../store';
import { encodeDesign } from '../../workers/design-delta';
import { startWorkerClient, type WorkerClient } from '../../workers/worker-client';
import { rememberChecks, type Checked } from '../checked';
import { applyFindingsDelta, diffFindings } from './findings-delta';
import { NOT_CHECKED, type ChecksRequest, type ChecksResponse } from './protocol';
// Vite's `?worker` modules default-export a Worker constructor (typed by vite/client).
// oxlint-disable-next-line import/default
import ChecksWorker from './checks.worker?worker';

export interface Findings extends Checked {
  /** The design these are the findings of; undefined before the first answer. */
  design: Design | undefined;
}

/** How long the design must rest before it is checked. */
const CHECK_AFTER_MS = 40;

const EMPTY: Findings = { design: undefined, all: [], byTarget: new Map<string, Diagnostic[]>() };

class FindingsWatch {
  readonly findings: StoreApi<Findings> = createStore<Findings>(() => EMPTY);
  private client: WorkerClient<ChecksRequest> | undefined;
  private wanted: Design;
  private inFlight: ChecksRequest | undefined;
  private lastId = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The design last posted to the worker: the next one goes as a delta from it. */
  private posted: Design | undefined;
  /** The findings last checked in the page, when no worker runs: its answers are deltas from them. */
  private checkedInline: Diagnostic[] = [];

  constructor(app: PodwrightStore) {
    this.wanted = app.getState().design;
    app.subscribe((state, before) => {
      if (state.design === before.design) return;
      this.wanted = state.design;
      // A moment's wait: a burst of changes (typing a name) is checked once, and the checks do not take
      // a core from the export of the same change, which the editor is waiting for.
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.pump(), CHECK_AFTER_MS);
    });
    this.pump();
  }

  private pump(): void {
    if (this.inFlight || this.wanted === this.findings.getState().design) return;
    this.client ??= startWorkerClient<ChecksRequest, ChecksResponse>({
      job: 'checking designs',
      start: () => new ChecksWorker({ name: 'podwright-checks' }),
      encode: (request) => {
        const delta = encodeDesign(request.design, this.posted, NOT_CHECKED);
        this.posted = request.design;
        return { id: request.id, delta };
      },
      runInline: (request, reply) => {
        const diagnostics = runRules(request.design);
        const findings = diffFindings(this.checkedInline, diagnostics);
        this.checkedInline = diagnostics;
        reply({ id: request.id, findings });
      },
      receive: (response) => this.receive(response),
    });
    this.inFlight = { id: ++this.lastId, design: this.wanted };
    this.client.send(this.inFlight);
  }

  private receive(response: ChecksResponse): void {
    const request = this.inFlight;
    if (!request || request.id !== response.id) return;
    this.inFlight = undefined;
    const all = applyFindingsDelta(this.findings.getState().all, response.findings);
    const checked = rememberChecks(request.design, all);
    this.findings.setState({ design: request.design, ...checked });
    this.pump();
  }
}

const watches = new WeakMap<PodwrightStore, FindingsWatch>();

/** The findings of `app`'s design, kept up to date from the first call on. */
export function findingsOf(app: PodwrightStore): StoreApi<Findings> {
  let watch = watches.get(app);
  if (!watch) {
    watch = new FindingsWatch(app);
    watches.set(app, watch);
  }
  return watch.findings;
}
