/**
 * Bench section: Lighthouse (mobile preset, local Chromium) for one Chinese and one Tibetan page,
 * against the built site on `npm run serve` (port 0: a free one).
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath, type BenchContext } from './section.ts';

export async function lighthouseSampleSection({ dist }: BenchContext): Promise<string[]> {
  const server = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--host', '127.0.0.1', '--dir', dist]);
  const port = await new Promise<number>((resolve) =>
    server.stdout.on('data', (chunk: Buffer) => {
      const match = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    }),
  );
  const chrome = await chromeLauncher.launch({
    ...(chromiumPath ? { chromePath: chromiumPath } : {}),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const rows: string[] = [];
  try {
    for (const path of ['/zh/law/28/', '/bo/guides/winter-stoves/']) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      rows.push(
        `Lighthouse ${path}: ${Object.values(categories)
          .map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`)
          .join(', ')}.`,
      );
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  return rows;
}
