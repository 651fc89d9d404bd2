import type { PatternFamily } from '../../core';

/** How the gallery titles each family of the book's patterns, with one line on what unites it. */
export const FAMILY_LABELS: Record<PatternFamily, { title: string; blurb: string }> = {
  sidecar: { title: 'Sidecar', blurb: 'A helper in the app’s pod that adds what the app lacks.' },
  ambassador: { title: 'Ambassador', blurb: 'A helper that brokers the app’s calls to the outside world.' },
  adapter: { title: 'Adapter', blurb: 'A helper that presents the app through a standard interface.' },
  microservices: {
    title: 'Microservices',
    blurb: 'Small services, each owning its data, behind stable APIs.',
  },
  serving: { title: 'Serving', blurb: 'Replicas, shards and scatter/gather for load and data size.' },
};
