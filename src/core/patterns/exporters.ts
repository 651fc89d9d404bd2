import type { Container, EnvVar, Port } from '../model/types';

/** A Prometheus exporter that can adapt one kind of app, and how it reaches the app on localhost. */
export interface Exporter {
  /** What it adapts, for messages: "Redis". */
  subject: string;
  image: string;
  version: string;
  port: number;
  docsUrl: string;
  sourceUrl: string;
  /** The app port it reads, by contract protocol or, without contracts, by port name. */
  protocols: readonly string[];
  names: readonly string[];
  /** How it finds the app: environment and arguments, given the app's port. */
  wiring(target: Port): { env: EnvVar[]; args?: string[] };
  /** The exporter's own health path, when it has one; otherwise its metrics port is probed. */
  healthPath?: string;
  notes?: string[];
}

const secret = (name: string, description: string): EnvVar => ({
  name,
  description,
  required: true,
  secret: true,
});

/** Exporters the Prometheus project and its community maintain, matched in this order. */
export const EXPORTERS: readonly (Exporter & { matches: RegExp })[] = [
  {
    subject: 'Redis',
    matches: /redis|valkey|keydb/,
    image: 'oliver006/redis_exporter:v1.66.0',
    version: '1.66.0',
    port: 9121,
    docsUrl: 'https://github.com/oliver006/redis_exporter/blob/v1.66.0/README.md',
    sourceUrl: 'https://github.com/oliver006/redis_exporter',
    protocols: ['redis'],
    names: ['redis'],
    healthPath: '/health',
    wiring: (p) => ({
      env: [
        {
          name: 'REDIS_ADDR',
          value: `redis://127.0.0.1:${p.port}`,
          description: 'The Redis to read: the app on localhost.',
          required: true,
        },
        secret('REDIS_PASSWORD', 'The password of the Redis it reads, if it has one.'),
      ],
    }),
  },
  {
    subject: 'MySQL',
    matches: /mysql|mariadb|percona/,
    image: 'prom/mysqld-exporter:v0.16.0',
    version: '0.16.0',
    port: 9104,
    docsUrl: 'https://github.com/prometheus/mysqld_exporter/blob/v0.16.0/README.md',
    sourceUrl: 'https://github.com/prometheus/mysqld_exporter',
    protocols: ['mysql'],
    names: ['mysql'],
    wiring: (p) => ({
      env: [secret('MYSQLD_EXPORTER_PASSWORD', 'Password of the "exporter" database user.')],
      args: [`--mysqld.address=127.0.0.1:${p.port}`, '--mysqld.username=exporter'],
    }),
    notes: ['Create a MySQL user "exporter" with PROCESS, REPLICATION CLIENT and SELECT grants.'],
  },
  {
    subject: 'PostgreSQL',
    matches: /postgres|postgis|timescale/,
    image: 'quay.io/prometheuscommunity/postgres-exporter:v0.16.0',
    version: '0.16.0',
    port: 9187,
    docsUrl: 'https://github.com/prometheus-community/postgres_exporter/blob/v0.16.0/README.md',
    sourceUrl: 'https://github.com/prometheus-community/postgres_exporter',
    protocols: ['postgres'],
    names: ['postgres', 'postgresql', 'pg'],
    wiring: (p) => ({
      env: [
        {
          name: 'DATA_SOURCE_URI',
          value: `127.0.0.1:${p.port}/postgres?sslmode=disable`,
          description: 'The database to read: the app on localhost.',
          required: true,
        },
        { name: 'DATA_SOURCE_USER', value: 'exporter', description: 'The monitoring user.', required: true },
        secret('DATA_SOURCE_PASS', 'Its password.'),
      ],
    }),
    notes: ['Create a PostgreSQL user "exporter" with the pg_monitor role.'],
  },
  {
    subject: 'memcached',
    matches: /memcache/,
    image: 'quay.io/prometheus/memcached-exporter:v0.15.0',
    version: '0.15.0',
    port: 9150,
    docsUrl: 'https://github.com/prometheus/memcached_exporter/blob/v0.15.0/README.md',
    sourceUrl: 'https://github.com/prometheus/memcached_exporter',
    protocols: ['memcached'],
    names: ['memcache', 'memcached'],
    wiring: (p) => ({ env: [], args: [`--memcached.address=127.0.0.1:${p.port}`] }),
  },
  {
    subject: 'nginx',
    matches: /nginx/,
    image: 'nginx/nginx-prometheus-exporter:1.4.0',
    version: '1.4.0',
    port: 9113,
    docsUrl: 'https://github.com/nginx/nginx-prometheus-exporter/blob/v1.4.0/README.md',
    sourceUrl: 'https://github.com/nginx/nginx-prometheus-exporter',
    protocols: ['http'],
    names: ['http', 'web'],
    wiring: (p) => ({ env: [], args: [`--nginx.scrape-uri=http://127.0.0.1:${p.port}/stub_status`] }),
    notes: ['Enable nginx\u2019s stub_status at /stub_status on that port.'],
  },
];

/**
 * Any HTTP app without metrics of its own: the blackbox exporter probes it over localhost and reports
 * whether and how fast it answers, which is the least every app should tell its monitoring.
 */
export const BLACKBOX: Exporter = {
  subject: 'HTTP availability',
  image: 'quay.io/prometheus/blackbox-exporter:v0.25.0',
  version: '0.25.0',
  port: 9115,
  docsUrl: 'https://github.com/prometheus/blackbox_exporter/blob/v0.25.0/README.md',
  sourceUrl: 'https://github.com/prometheus/blackbox_exporter',
  protocols: ['http', 'https', 'grpc'],
  names: ['http', 'web', 'https', 'grpc'],
  healthPath: '/-/healthy',
  wiring: () => ({ env: [] }),
  notes: [
    'Scrape it at /probe?target=127.0.0.1:<port>&module=http_2xx; it reports whether the app answers, not its internals.',
  ],
};

/** The exporter for an app: by the contract its ports speak, else by its image; else the blackbox one. */
export function exporterFor(app: Container): { exporter: Exporter; target: Port } | undefined {
  for (const exporter of EXPORTERS) {
    const byContract = app.ports.find((p) => p.contract && exporter.protocols.includes(p.contract.protocol));
    // nginx speaks plain HTTP like every web app: only its image tells it apart.
    if (byContract && exporter.subject !== 'nginx') return { exporter, target: byContract };
  }
  const image = app.image.toLowerCase();
  for (const exporter of EXPORTERS) {
    if (!exporter.matches.test(image)) continue;
    const target =
      app.ports.find((p) => p.contract && exporter.protocols.includes(p.contract.protocol)) ??
      app.ports.find((p) => exporter.names.includes(p.name)) ??
      app.ports[0];
    if (target) return { exporter, target };
  }
  const http =
    app.ports.find((p) => p.contract && BLACKBOX.protocols.includes(p.contract.protocol)) ??
    app.ports.find((p) => BLACKBOX.names.includes(p.name));
  return http ? { exporter: BLACKBOX, target: http } : undefined;
}
