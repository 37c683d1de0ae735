import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * e2e runs against the production build (`npm run build` first), served by `astro preview`.
 * Uses the system Chromium when there is one (CI and this project's machines cannot download
 * Playwright's browser), else Playwright's own, so tests also run on an ordinary laptop.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// A port of this run's own (E2E_PORT, default 4329), and never a server that was already listening:
// on a shared machine that could be another checkout's build.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        ...(asRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 800 } } }],
  webServer: {
    command: `node scripts/serve.ts --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
