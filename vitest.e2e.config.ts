import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in a real Chromium. One file at a time; browsers are heavy. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
