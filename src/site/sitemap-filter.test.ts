import { expect, it } from 'vitest';
import { inSitemap } from './sitemap-filter.ts';

it.each([
  ['https://fire.example.cn/zh/guides/tents/', true],
  ['https://fire.example.cn/bo/', true],
  ['https://fire.example.cn/admin/', false],
  ['https://fire.example.cn/admin/review/', false],
  ['https://fire.example.cn/zh/admin-notes/', true],
])('%s in the sitemap: %s', (page, expected) => expect(inSitemap(page)).toBe(expected));
