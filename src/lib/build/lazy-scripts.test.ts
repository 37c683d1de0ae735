import { describe, expect, it } from 'vitest';
import { lazyScriptsOf } from './lazy-scripts.ts';

describe('lazyScriptsOf', () => {
  it('names what a script may load later, with its static imports, minus what it loads up front', () => {
    const scripts = new Map([
      ['/_astro/quiz.js', 'import{a}from"./runtime.js";const e=()=>import("./exam.js");'],
      [
        '/_astro/exam.js',
        'import{a}from"./runtime.js";import{i}from"./Icon.js";const c=()=>import("./certificate.js");',
      ],
      ['/_astro/certificate.js', 'export const c=1;'],
      ['/_astro/Icon.js', 'import{a}from"./runtime.js";export const i=1;'],
      ['/_astro/runtime.js', 'export const a=1;'],
      ['/_astro/search.js', 'import{a}from"./runtime.js";'],
    ]);
    expect(lazyScriptsOf(scripts)).toEqual({
      '/_astro/exam.js': ['/_astro/certificate.js'],
      '/_astro/quiz.js': ['/_astro/Icon.js', '/_astro/certificate.js', '/_astro/exam.js'],
    });
  });

  it('is empty when no script loads anything later', () => {
    expect(
      lazyScriptsOf(
        new Map([
          ['/_astro/a.js', 'import"./b.js";'],
          ['/_astro/b.js', ''],
        ]),
      ),
    ).toEqual({});
  });
});
