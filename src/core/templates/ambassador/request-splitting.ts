import { withProxyConfig } from '../generated';
import type { TemplateMeta } from '../types';
import { requestSplittingBase } from './request-splitting.design';

export const requestSplitting: TemplateMeta = {
  id: 'request-splitting',
  title: 'Request splitting: 10% to a new version',
  family: 'ambassador',
  summary:
    'An nginx ambassador sends 90% of catalog requests to the current version and 10% to the new one, by connection weights.',
  explanation: {
    pattern:
      'The storefront calls its catalog on localhost; an nginx ambassador in the same pod splits those requests between the current catalog and an experimental one. The split is the weight on each of the ambassador’s connections (90 and 10), and the nginx upstream weights are written from them, so moving a weight on the canvas rewrites the configuration.',
    whenToUse:
      'A new version should meet a slice of real traffic (a canary release, an A/B experiment) without changing the caller or the backends, and with a way back that is one weight away.',
    tradeOffs:
      'Requests are split one by one in each calling pod, so the same user can meet both versions (no stickiness without more configuration), and every caller needs the ambassador. Both versions must honour the contract the caller expects; the contract checks compare each backend’s version with the caller’s range.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 3, “Ambassadors”: using an ambassador to do experimentation or request splitting.',
  },
  design: () => withProxyConfig(requestSplittingBase(), 'c-splitter'),
};
