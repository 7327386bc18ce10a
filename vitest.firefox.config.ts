import { defineConfig } from 'vitest/config';

/** Browser tests in Firefox (firefox-esr over WebDriver BiDi): one file at a time, like Chromium's. */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
