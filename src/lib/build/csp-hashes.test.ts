import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pruneCspHashes } from './csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const STYLE = 'body{color:red}';
const SCRIPT = 'document.documentElement.dataset.x="1"';
const OTHER = hash('a style of another page');

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('inlineHashes', () => {
  it('hashes inline styles and runnable inline scripts, not external scripts or JSON data', () => {
    const html =
      `<style>${STYLE}</style><script>${SCRIPT}</script><script type="module">${SCRIPT};</script>` +
      `<script src="/site.js" defer></script><script type="application/json" data-island-props>{"a":1}</script>`;
    expect(inlineHashes(html)).toEqual({ script: [hash(SCRIPT), hash(`${SCRIPT};`)], style: [hash(STYLE)] });
  });
});

describe('pruneCspHashes', () => {
  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const html = page(
      `default-src 'self'; script-src 'self' ${hash(SCRIPT)} ${OTHER}; style-src 'self' ${OTHER} ${hash(STYLE)}; style-src-attr 'unsafe-inline';`,
      `<style>${STYLE}</style><script>${SCRIPT}</script>`,
    );
    const pruned = pruneCspHashes(html);
    expect(policyOf(pruned.html)).toBe(
      `default-src 'self'; script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)}; style-src-attr 'unsafe-inline';`,
    );
    expect(pruned.removed).toBe(1);
    expect(pruned.missing).toEqual([]);
    expect(pruned.html).toContain(`<style>${STYLE}</style><script>${SCRIPT}</script>`);
  });

  it('names an inline script or style the policy would refuse', () => {
    const pruned = pruneCspHashes(
      page(`script-src 'self'; style-src 'self' 'unsafe-inline'`, `<style>${STYLE}</style><script>${SCRIPT}</script>`),
    );
    expect(pruned.missing).toEqual([`script ${hash(SCRIPT)}`]);
  });

  it('leaves a page without a policy meta tag as it is', () => {
    const html = `<html><script>${SCRIPT}</script></html>`;
    expect(pruneCspHashes(html)).toEqual({ html, removed: 0, missing: [] });
  });
});
