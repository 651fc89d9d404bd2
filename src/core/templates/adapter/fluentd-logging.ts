import type { TemplateMeta } from '../types';
import { fluentdLoggingDesign } from './fluentd-logging.design';

export const fluentdLogging: TemplateMeta = {
  id: 'fluentd-logging',
  title: 'Log normalisation with fluentd',
  family: 'adapter',
  summary:
    'A fluentd adapter tails the app’s own log format from a shared volume and ships structured JSON to Elasticsearch.',
  explanation: {
    pattern:
      'An adapter makes an app look like every other app to the platform around it. The order service writes lines in its own format to files; fluentd in the same pod tails them from a shared volume, parses each line into JSON with level, time and message, and sends it to the central Elasticsearch, where Kibana searches it like any other service’s logs.',
    whenToUse:
      'Apps, often old or third-party, log in formats the log pipeline cannot parse, and you cannot change how they log.',
    tradeOffs:
      'An agent per pod costs memory and CPU, and repeats work a node-level agent could share; in exchange, the parsing rules live beside the one app that needs them and move with it. Records buffered in the pod are lost if the pod goes before they are shipped.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 4, “Adapters”: normalising logs with fluentd.',
  },
  design: fluentdLoggingDesign,
};
