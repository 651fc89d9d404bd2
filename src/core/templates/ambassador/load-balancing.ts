import { withProxyConfig } from '../generated';
import type { TemplateMeta } from '../types';
import { loadBalancingBase } from './load-balancing.design';

export const loadBalancingAmbassador: TemplateMeta = {
  id: 'load-balancing-ambassador',
  title: 'A load-balancing ambassador',
  family: 'ambassador',
  summary:
    'An envoy ambassador spreads the app’s calls over two ERP replicas outside the cluster, with retries and outlier detection.',
  explanation: {
    pattern:
      'The ambassador hides how many backends there are and where they live. The reports service calls one address on localhost; envoy in the same pod spreads the calls over both ERP replicas, retries a failed connection on the other one, and stops sending to a replica that keeps failing. Its configuration is written from the ambassador’s connections.',
    whenToUse:
      'Backends outside the cluster have no load balancer of their own (virtual machines, a partner’s replicas), or calls must be balanced one request at a time rather than one connection at a time (long-lived HTTP/2 or gRPC connections).',
    tradeOffs:
      'There is no central load balancer to run or pay for, but each pod balances on its own view of the backends, so load is only roughly even, and the backend list lives in every ambassador’s configuration. An unreachable backend is found by failed requests, not ahead of them.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 3, “Ambassadors”: using an ambassador for service brokering.',
  },
  design: () => withProxyConfig(loadBalancingBase(), 'c-erp-lb'),
};
