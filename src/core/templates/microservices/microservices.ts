import type { TemplateMeta } from '../types';
import { microservicesDesign } from './microservices.design';

export const microservices: TemplateMeta = {
  id: 'microservices',
  title: 'A shop as microservices',
  family: 'microservices',
  summary:
    'Storefront, catalog, cart and orders, one team each, with their own stores and a contract on every connection.',
  explanation: {
    pattern:
      'The shop is cut along its bounded contexts: storefront, catalog, cart and orders are separate services, each owned by one team, released and scaled on its own, and reached only through its API. Catalog and orders keep their data in databases no other service touches; orders migrates its schema in an init container before it starts. Every connection names the contract and version range it needs, so a breaking change shows up as a failed check before it ships.',
    whenToUse:
      'Several teams must ship independently, or parts of the system have very different scaling, reliability or release needs.',
    tradeOffs:
      'Independence is paid for with network calls where there were function calls, partial failures to handle, contracts to version and keep, and debugging that crosses services. Start with few services, cut along real team and data boundaries, and split further only when a boundary hurts.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), part II, “Serving Patterns”: introduction to microservices.',
  },
  design: microservicesDesign,
};
