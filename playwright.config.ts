import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser';

const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env['PW_JSON_OUTPUT']
    ? [['list'], ['json', { outputFile: process.env['PW_JSON_OUTPUT'] }]]
    : 'list',
  // Serves dist/ on TEST_PORT, or a free port, and tells the workers where (TEST_BASE_URL).
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    // Transitions are instant unless a spec is about them (rapid input, the visualizer, the
    // development hydration check opt back in): most checks assert where a step or a link
    // lands, and drawing every eased frame in software WebGL was about a third of their time.
    reducedMotion: 'reduce',
    ...(process.env['TEST_BASE_URL'] ? { baseURL: process.env['TEST_BASE_URL'] } : {}),
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
