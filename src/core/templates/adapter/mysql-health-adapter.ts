import type { TemplateMeta } from '../types';
import { mysqlHealthAdapterDesign } from './mysql-health-adapter.design';

export const mysqlHealthAdapter: TemplateMeta = {
  id: 'mysql-health-adapter',
  title: 'Rich health checks for MySQL',
  family: 'adapter',
  summary: 'A small adapter runs a real query against MySQL over localhost and answers GET /healthz.',
  explanation: {
    pattern:
      'MySQL has no HTTP health endpoint, and a port that accepts connections says little about a database that can answer queries. A small adapter in the MySQL pod runs SELECT 1 over localhost on every GET /healthz and answers 200 or 503, the interface load balancers and monitors already understand.',
    whenToUse:
      'A readiness decision or an outside monitor needs more than a TCP check, in a form generic tools can call, for software whose own health signals are richer but unusual.',
    tradeOffs:
      'The check needs a database user of its own, and a busy database answers the health queries too. A check that is too strict takes a healthy database out of service; one that is too loose tells nothing. The adapter is tiny and the same for every MySQL.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 4, “Adapters”: adding rich health monitoring for MySQL.',
  },
  design: mysqlHealthAdapterDesign,
};
