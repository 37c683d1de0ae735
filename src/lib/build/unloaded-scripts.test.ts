import { describe, expect, it } from 'vitest';
import { dynamicImports, scriptsNoPageLoads, usesAstroIslands } from './unloaded-scripts.ts';

const scripts = new Map([
  ['/_astro/quiz.js', 'import{h}from"./runtime.js";const later=()=>import("./exam.js");'],
  ['/_astro/runtime.js', 'export const h=1;'],
  ['/_astro/exam.js', 'import{h}from"./runtime.js";'],
  ['/_astro/client.js', 'import{h}from"./runtime.js";const{signal}=await import("./signals.js");'],
  ['/_astro/signals.js', 'import{h}from"./runtime.js";'],
]);

describe('scriptsNoPageLoads', () => {
  it('keeps what a page names, imports or imports later, and lists the rest', () => {
    const page = '<script type="module" src="/_astro/quiz.js"></script>';
    expect(scriptsNoPageLoads([page], scripts)).toEqual(['/_astro/client.js', '/_astro/signals.js']);
  });

  it('lists nothing a page still loads', () => {
    const pages = [
      '<script type="module" src="/_astro/quiz.js"></script>',
      '<script src="/_astro/client.js"></script>',
    ];
    expect(scriptsNoPageLoads(pages, scripts)).toEqual([]);
  });
});

describe('dynamicImports', () => {
  it('finds literal import() paths only', () => {
    expect(dynamicImports('import("./a.js");import(name);import("/b.js")', '/_astro/x.js')).toEqual([
      '/_astro/a.js',
      '/b.js',
    ]);
  });

  it('reads the backticks the minifier writes, but not a template with a value in it', () => {
    expect(dynamicImports('import(`./QuizExam.RyM5RlKo.js`);import(`./${name}.js`)', '/_astro/x.js')).toEqual([
      '/_astro/QuizExam.RyM5RlKo.js',
    ]);
  });
});

describe('usesAstroIslands', () => {
  it("tells a page with Astro's island loader from one with our islands", () => {
    expect(usesAstroIslands('<astro-island uid="1" component-url="/_astro/Q.js"></astro-island>')).toBe(true);
    expect(usesAstroIslands('<div data-island="quiz" class="island"></div>')).toBe(false);
  });
});
