import { describe, expect, it } from 'vitest';
import { checkLinks, internalLinks } from './check-links.ts';

describe('link check', () => {
  it('collects site links and anchors, not phone numbers or other sites', () => {
    expect(
      internalLinks(
        '<a href="/zh/law/">x</a><a href="tel:119">119</a><a href="#top">t</a><a href="https://example.org/">e</a><a href="mailto:a@b">m</a>',
      ),
    ).toEqual(['/zh/law/', '#top']);
  });

  it('finds missing pages and missing anchors, and accepts good links', () => {
    const pages = new Map([
      [
        '/zh/law/',
        '<h2 id="chapter-1">一</h2><a href="/zh/law/1/">1</a><a href="/zh/law/#chapter-1">c</a><a href="/zh/law/#chapter-9">c9</a>',
      ],
      ['/zh/law/1/', '<a href="/zh/law/2/">2</a><a href="/site.js">js</a><a href="/zh/search/?q=火">q</a>'],
      ['/zh/search/', ''],
    ]);
    expect(checkLinks(pages, new Set(['/site.js']))).toEqual([
      { page: '/zh/law/', href: '/zh/law/#chapter-9', reason: 'missing-anchor' },
      { page: '/zh/law/1/', href: '/zh/law/2/', reason: 'missing-page' },
    ]);
  });
});
