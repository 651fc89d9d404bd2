import type { TemplateMeta } from '../types';
import { prometheusExporterDesign } from './prometheus-exporter.design';

export const prometheusExporter: TemplateMeta = {
  id: 'prometheus-exporter',
  title: 'Prometheus metrics through an exporter',
  family: 'adapter',
  summary: 'A redis_exporter adapter reads Redis over localhost and serves its state as Prometheus metrics.',
  explanation: {
    pattern:
      'Redis reports its state through its own INFO command, not in the Prometheus format. The redis_exporter adapter runs in the Redis pod, reads INFO over localhost at every scrape and answers /metrics in the exposition format; Prometheus scrapes the adapter and never needs to know it is talking to Redis.',
    whenToUse:
      'Software you do not control exposes its state its own way (a command, a status page, a table), and the monitoring system expects one interface from everything it watches.',
    tradeOffs:
      'One more container per pod and one more image to keep current, and metrics are only as fresh as the last scrape. In exchange the app’s image is untouched and the same exporter serves every Redis you run.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 4, “Adapters”: monitoring with an adapter that speaks Prometheus.',
  },
  design: prometheusExporterDesign,
};
