import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Seeded property tests run hundreds of sequences; on a 2-core machine under load 5 s is too tight.
    testTimeout: 60_000,
  },
});
