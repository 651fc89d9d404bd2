import { withProxyConfig } from '../generated';
import type { TemplateMeta } from '../types';
import { shardedServiceBase } from './sharded-service.design';

export const shardedService: TemplateMeta = {
  id: 'sharded-service',
  title: 'Sharded service with a shared router',
  family: 'serving',
  summary:
    'Three memcached shards in a StatefulSet, reached through a replicated twemproxy router that hashes keys to shards.',
  explanation: {
    pattern:
      'Each shard holds only part of the data, and a router decides from the key which shard serves a request. Here the router is a service of its own: replicated twemproxy pods in front of three memcached shards, which run as a StatefulSet behind a headless Service so each shard keeps its name. The router’s server list is generated from the shards it connects to.',
    whenToUse:
      'The data or the load is more than one instance can hold and splits by key (caches, per-user state), and many different callers should share one sharding set-up.',
    tradeOffs:
      'Compared with an ambassador in every caller, one shared router is one place to configure and scale, at the cost of a network hop and another service that must itself be replicated. A hot key still lands on one shard, and changing the number of shards remaps some keys.',
    source: 'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 6, “Sharded Services”.',
  },
  design: () => withProxyConfig(shardedServiceBase(), 'c-router'),
};
