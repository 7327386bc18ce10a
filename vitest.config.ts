import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/security/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // Vitest leaves one core to itself by default: on a 2-core CI machine that is one worker for
    // 130 files, most of whose time is importing. Two workers halve the run.
    maxWorkers: 2,
  },
});
