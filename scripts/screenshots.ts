/**
 * `npm run screenshots [-- /path/ ...]`: opens pages of the built site (served by `npm run preview`)
 * in Chromium at phone, projector and LED sizes, and writes PNGs to screenshots/ to look at.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const sizes = (process.env['SIZES'] ?? 'phone').split(',');
const SIZE: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 800 },
  projector: { width: 1920, height: 1080 },
  led: { width: 768, height: 384 },
};
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-background-networking'],
});
mkdirSync('screenshots', { recursive: true });
for (const size of sizes) {
  const page = await browser.newPage({ viewport: SIZE[size]! });
  for (const path of paths.length ? paths : ['/', '/zh/', '/bo/']) {
    await page.goto(base + path);
    await page.evaluate(() => document.fonts.ready);
    const file = `screenshots/${size}${path.replace(/[/?=&]+/g, '_')}.png`;
    await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
