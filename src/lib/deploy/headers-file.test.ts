import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';

describe('_headers file', () => {
  const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/sw.js
  Cache-Control: no-cache
`);

  it('gives a path every rule that matches it', () => {
    expect(headersFor(rules, '/_astro/app.abc.js')).toEqual({
      'x-content-type-options': ['nosniff'],
      'cache-control': ['public, max-age=31536000, immutable'],
    });
    expect(headersFor(rules, '/zh/')).toEqual({ 'x-content-type-options': ['nosniff'] });
  });

  it('matches literally apart from the star', () => {
    expect(headersFor(rules, '/swXjs')['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/sw.js')['cache-control']).toEqual(['no-cache']);
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/outside a rule/);
  });
});
