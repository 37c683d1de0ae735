import type { Page } from '@playwright/test';
import { ISLAND_ATTRIBUTE, ISLAND_READY_ATTRIBUTE } from '../../src/islands/island-attributes.ts';

/**
 * Layout shift on a slow first visit, shared by e2e/layout-shift.spec.ts (the budget, a test) and
 * scripts/bench/layout-shift.ts (the figures beside it). One page of every type, in both languages.
 */
export interface LayoutShiftPage {
  type: string;
  path: string;
  viewport?: { width: number; height: number };
}

const PER_LANGUAGE: [string, string | ((lang: 'zh' | 'bo') => string)][] = [
  ['home', '/'],
  ['law article', '/law/28/'],
  ['law index', '/law/'],
  ['hub', '/campaign/households/'],
  ['guide', '/guides/winter-stoves/'],
  ['checklist', '/checklists/household/'],
  ['quiz set', '/quiz/households/'],
  ['classroom', '/classroom/'],
  ['search', (lang) => `/search/?q=${encodeURIComponent(lang === 'zh' ? '电瓶车充电' : 'མེ་སྐྱོན')}`],
  ['glossary', '/glossary/'],
  ['offline', '/offline/'],
];
// The big-screen player is one bilingual page; the crew chooses which language comes first.
const PROJECTOR = { width: 1024, height: 768 };

export const LAYOUT_SHIFT_PAGES: LayoutShiftPage[] = [
  ...(['zh', 'bo'] as const).flatMap((lang) =>
    PER_LANGUAGE.map(([type, path]) => ({
      type,
      path: `/${lang}${typeof path === 'string' ? path : path(lang)}`,
    })),
  ),
  { type: 'screen player', path: '/screen/general/', viewport: PROJECTOR },
  { type: 'screen player', path: '/screen/general/?order=zh-bo', viewport: PROJECTOR },
];

/**
 * A 2G-ish link for `Network.emulateNetworkConditions`: 400 ms round trips, 50 KB/s down. Fonts are
 * also held back `fontDelayMs` at the start of their request, so they arrive after the first frame.
 */
export const SLOW_LINK = {
  offline: false,
  latency: 400,
  downloadThroughput: 50 * 1024,
  uploadThroughput: 25 * 1024,
  fontDelayMs: 500,
};

interface Shift {
  value: number;
  at: number;
  moved: string[];
}

/**
 * Opens `path` with a layout-shift observer installed before any script runs, waits until the page
 * has settled (network quiet, fonts loaded, every island hydrated, two frames drawn) and returns the
 * sum of the shifts not caused by input (the CLS of this load), with what moved in each.
 */
export async function settledLayoutShift(page: Page, path: string): Promise<{ total: number; shifts: Shift[] }> {
  await page.addInitScript(() => {
    const shifts: { value: number; at: number; moved: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    const describe = (node: Node | null | undefined) => {
      if (!node) return '?';
      const el = node instanceof Element ? node : node.parentElement;
      if (!el) return '#text';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return `${el.tagName.toLowerCase()}${cls} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        startTime: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: Number(entry.value.toFixed(4)),
          at: Math.round(entry.startTime),
          moved: (entry.sources ?? []).map((source) => describe(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'load', timeout: 45_000 });
  await page.waitForLoadState('networkidle', { timeout: 45_000 });
  await page.waitForFunction(
    ({ island, ready }) => document.fonts.status === 'loaded' && !document.querySelector(`[${island}]:not([${ready}])`),
    { island: ISLAND_ATTRIBUTE, ready: ISLAND_READY_ATTRIBUTE },
    { timeout: 20_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(), 300))),
      ),
  );
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  return { total: Number(shifts.reduce((sum, shift) => sum + shift.value, 0).toFixed(4)), shifts };
}
