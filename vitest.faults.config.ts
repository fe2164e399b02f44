// The fault run (npm run test:faults): separate from `npm test` because it starts its own redis-server and
// worker processes and takes minutes. See test/faults/pipeline.fault.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.ts'],
    testTimeout: 420_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
