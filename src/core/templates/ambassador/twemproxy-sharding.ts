import { withProxyConfig } from '../generated';
import type { TemplateMeta } from '../types';
import { twemproxyShardingBase } from './twemproxy-sharding.design';

export const twemproxySharding: TemplateMeta = {
  id: 'twemproxy-sharding',
  title: 'Sharded Redis through a twemproxy ambassador',
  family: 'ambassador',
  summary:
    'The app sees one Redis on localhost; a twemproxy ambassador hashes each key to one of three StatefulSet shards.',
  explanation: {
    pattern:
      'An ambassador brokers the app’s conversations with the world outside its pod. The catalog API talks to “one Redis” on localhost; twemproxy beside it hashes every key to one of three Redis shards. The shards are a StatefulSet behind a headless Service, so each has a stable name (redis-0.redis-shards) that the proxy’s server list, generated from the design, can rely on.',
    whenToUse:
      'Cached or stored data has outgrown one instance and splits cleanly by key, and you want to shard without teaching every client library the sharding function and the shard list.',
    tradeOffs:
      'Clients stay simple and the shard map lives in one file, but every app replica runs its own proxy, and all of them must agree on the same server list. Changing the number of shards moves keys (consistent hashing keeps it to about one in n). A shard that dies takes its part of the data with it unless it persists.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 3, “Ambassadors”: using an ambassador to shard a service.',
  },
  design: () => withProxyConfig(twemproxyShardingBase(), 'c-twemproxy'),
};
