import type { TemplateMeta } from '../types';
import { gitSyncDesign } from './git-sync.design';

export const gitSync: TemplateMeta = {
  id: 'git-sync',
  title: 'Content from Git through a shared volume',
  family: 'sidecar',
  summary: 'A git-sync sidecar keeps a checkout current in a shared volume that nginx serves.',
  explanation: {
    pattern:
      'The sidecar and the app share an emptyDir volume instead of a network port: git-sync clones the repository into it and pulls every minute, switching a symbolic link atomically; nginx serves whatever the link points at. Neither container knows how the other works.',
    whenToUse:
      'Content changes far more often than the server that serves it: documentation, static sites, configuration or scripts that should follow a branch without rebuilding and rolling out an image.',
    tradeOffs:
      'Publishing becomes a push, with no build or rollout, but also with no gate beyond the repository’s own review. Each replica pulls on its own schedule, so for a moment replicas can serve different commits. The pod needs to reach the Git server, and credentials for a private repository.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 2, “The Sidecar Pattern”: a simple PaaS whose sidecar synchronises code from Git into a shared volume.',
  },
  design: gitSyncDesign,
};
