import { describe, expect, it } from 'vitest';
import { scriptEntries, sizesOf, staticImports } from './page-weight.ts';

describe('page weight', () => {
  it('finds the scripts a page loads by itself', () => {
    const html =
      '<script src="/site.js" defer></script><script type="application/json" data-island-props>{}</script><script type="module" src="/_astro/quiz.js"></script><script src="https://cdn.example/x.js"></script>';
    expect(scriptEntries(html)).toEqual(['/site.js', '/_astro/quiz.js']);
  });

  it('follows static imports but not dynamic ones', () => {
    const code =
      'import{h as e}from"./preact.js";import"./side.js";export{x}from"./re.js";const s=await import("./signals.js");';
    expect(staticImports(code, '/_astro/Quiz.js')).toEqual(['/_astro/preact.js', '/_astro/side.js', '/_astro/re.js']);
  });

  it('compresses repetitive text well', () => {
    const sizes = sizesOf('消防安全'.repeat(500));
    expect(sizes.raw).toBe(6000);
    expect(sizes.brotli).toBeLessThan(100);
    expect(sizes.gzip).toBeLessThan(200);
  });
});
