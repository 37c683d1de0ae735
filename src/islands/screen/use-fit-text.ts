import { useLayoutEffect, useRef } from 'preact/hooks';
import { fitScale } from '../../lib/screen/fit-scale.ts';

/** Whether anything in the slide spills out of it, including a line too wide for its own box. */
export function overflowing(box: HTMLElement): boolean {
  if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) return true;
  return [...box.querySelectorAll<HTMLElement>('[data-fit]')].some((text) => text.scrollWidth > text.clientWidth + 1);
}

/**
 * Scales a slide's text (the CSS variable --fit) down until it fits the screen, and again whenever
 * the slide's box changes size (window resized, a note or a second line in the bar came or went) or
 * the Tibetan font arrives (its stacks are taller than the fallback's). `min` is the floor
 * and `overflows` the test (the classroom sets both: its sizes have a readable minimum of their own). The box's size comes from the
 * screen's grid, not from the text, so refitting never feeds back into the observer.
 */
export function useFitText<T extends HTMLElement>(
  deps: unknown[],
  { min = 0.2, overflows = overflowing }: { min?: number; overflows?: (box: HTMLElement) => boolean } = {},
) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Each fit lays the slide out up to 8 times, and Tibetan layout is slow on a TV's CPU: fit again
    // only when the box changed size or a font arrived since the last fit (the first observer call,
    // and fonts.ready after the fonts are in, change nothing).
    let fontsArrived = 0;
    let fittedFor = '';
    const fit = () => {
      const situation = `${box.clientWidth}×${box.clientHeight}:${fontsArrived}`;
      if (situation === fittedFor) return;
      fittedFor = situation;
      const scale = fitScale(
        (candidate) => {
          box.style.setProperty('--fit', String(candidate));
          return !overflows(box);
        },
        { min },
      );
      box.style.setProperty('--fit', String(scale));
    };
    let frame = 0;
    const refit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    const fontArrived = () => {
      fontsArrived++;
      refit();
    };
    fit();
    const observer = new ResizeObserver(refit);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', fontArrived);
    void document.fonts.ready.then(refit);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fontArrived);
    };
  }, deps);
  return ref;
}
