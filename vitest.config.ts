import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['cms/src/**/*.test.ts', 'site/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'plugins/*/src/**/*.test.ts', 'plugins/*/dev/**/*.test.ts', 'tests/**/*.test.ts', 'seed/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/.next/**'],
    globalSetup: ['tests/setup/database.ts'],
    // Booting Payload and building the portal take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
})
