import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * A real outdated translation: a COPY of content/ where the Chinese of one guide gains a step,
 * built into its own folder. The Tibetan page then says the Chinese changed, in both languages,
 * and `translation-status` lists it. The real content is never touched.
 */
const slug = 'winter-stoves';
let dir = '';
let server: Server;
let base = '';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = mkdtempSync(join(tmpdir(), 'outdated-'));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  const zh = join(content, `guides/zh/${slug}.md`);
  writeFileSync(zh, readFileSync(zh, 'utf8').replace(/\n*$/, '\n\n炉子旁边放一桶沙或一个灭火器。\n'));
  execFileSync('node_modules/.bin/astro', ['build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const root = join(dir, 'dist');
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.woff2': 'font/woff2',
  };
  server = createServer((req, res) => {
    let path = join(root, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the Tibetan page of a guide whose Chinese changed says so in both languages and links to the Chinese', async ({
  page,
}) => {
  await page.goto(`${base}/bo/guides/${slug}/`);
  const note = page.locator('[data-translation="outdated"]');
  await expect(note).toBeVisible();
  await expect(note.locator('[lang="bo"]').first()).toHaveText('རྒྱ་ཡིག་གསར་བཅོས་བྱས་ཟིན');
  await expect(note.locator('[lang="zh-CN"]').first()).toHaveText('中文已更新');
  await note.getByRole('link').click();
  await expect(page).toHaveURL(`${base}/zh/guides/${slug}/`);
  await expect(page.getByText('炉子旁边放一桶沙或一个灭火器。')).toBeVisible();
});

test('other Tibetan pages of that copy say nothing of the kind', async ({ page }) => {
  await page.goto(`${base}/bo/guides/calling-119/`);
  await expect(page.locator('[data-translation="outdated"]')).toHaveCount(0);
});

test('translation-status lists it as outdated', () => {
  const report = execFileSync(
    'node_modules/.bin/node',
    ['scripts/translation-status.ts', '--content', join(dir, 'content')],
    {
      encoding: 'utf8',
    },
  );
  expect(report).toMatch(new RegExp(`outdated 中文已更新:\\n {4}guides/bo/${slug}\\.md`));
  expect(report).toMatch(/translation-status: \d+ Tibetan texts, 1 outdated/);
});
