import type { LanguageOrder } from '../../lib/screen/parse-screen-options.ts';
import { pauseIcon } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import { Bilingual } from './Bilingual.tsx';
import type { ScreenLabels } from './labels.ts';

interface Props {
  order: LanguageOrder;
  labels: ScreenLabels;
  /** 0…1 of the current item's time. */
  progress: number;
  /** "3 / 8" on a regular slide; undefined during a quiz round. */
  count: string | undefined;
  /** HH:MM, only once the page runs (a clock printed at build time would lie). */
  clock: string | undefined;
  paused: boolean;
  draft: boolean;
}

/** The bar under every slide: 119 (always), time left on this slide, where we are, and the clock. */
export function ScreenBar({ order, labels, progress, count, clock, paused, draft }: Props) {
  return (
    <footer class="screen-bar">
      <div class="screen-progress" aria-hidden="true">
        <span style={{ transform: `scaleX(${Math.round(progress * 1000) / 1000})` }} />
      </div>
      <p class="bar-emergency">
        <strong>119</strong> <Bilingual text={labels.fire} order={order} as="span" />
      </p>
      {draft && (
        <p class="bar-draft">
          <Bilingual text={labels.draft} order={order} as="span" />
        </p>
      )}
      {paused && (
        <p class="bar-paused" role="status">
          <Icon icon={pauseIcon} /> <Bilingual text={labels.paused} order={order} as="span" />
        </p>
      )}
      {count && <p class="bar-count">{count}</p>}
      {clock && (
        <p class="bar-clock">
          <time>{clock}</time>
        </p>
      )}
    </footer>
  );
}
