import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    // Real sockets and timers (Redis, BullMQ, discord.js, Bolt): generous per-test time, no fake timers.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores: files run in parallel, each with its own Redis key prefix.
    pool: 'forks',
    maxWorkers: 2,
  },
});
