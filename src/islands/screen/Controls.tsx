import type { LanguageOrder } from '../../lib/screen/parse-screen-options.ts';
import type { PresenterCommand } from '../../lib/presenter/presenter-keys.ts';
import { joined } from './Bilingual.tsx';
import type { ScreenLabels } from './labels.ts';

interface Props {
  order: LanguageOrder;
  labels: ScreenLabels;
  paused: boolean;
  onCommand: (command: PresenterCommand) => void;
  listHref: string;
}

/** Drawn, not typed: media-key characters come out as colour emoji on some systems and as boxes on others. */
const GLYPHS = {
  previous: 'M6 5h2.5v14H6zM19 5v14L9 12z',
  next: 'M15.5 5H18v14h-2.5zM5 5v14l10-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  play: 'M7 4v16l13-8z',
  blank: 'M5 5h14v14H5z',
  fullscreen: 'M3 3h7v2.5H5.5V10H3zM14 3h7v7h-2.5V5.5H14zM21 14v7h-7v-2.5h4.5V14zM10 21H3v-7h2.5v4.5H10z',
  list: 'M3 5h18v2.5H3zM3 10.75h18v2.5H3zM3 16.5h18V19H3z',
};
const Glyph = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

/** On-screen buttons for a mouse or a touch screen; they fade out with the cursor when nobody moves it. */
export function Controls({ order, labels, paused, onCommand, listHref }: Props) {
  const button = (command: PresenterCommand, glyph: string, label: string) => (
    <button type="button" aria-label={label} title={label} onClick={() => onCommand(command)}>
      <Glyph d={glyph} />
    </button>
  );
  const list = joined(labels.list, order);
  return (
    <div class="screen-controls" role="toolbar" aria-label={joined(labels.controls, order)}>
      {button('previous', GLYPHS.previous, joined(labels.previous, order))}
      {button(
        'toggle-pause',
        paused ? GLYPHS.play : GLYPHS.pause,
        joined(paused ? labels.resume : labels.pause, order),
      )}
      {button('next', GLYPHS.next, joined(labels.next, order))}
      {button('toggle-blank', GLYPHS.blank, joined(labels.blank, order))}
      {button('fullscreen', GLYPHS.fullscreen, joined(labels.fullscreen, order))}
      <a href={listHref} aria-label={list} title={list}>
        <Glyph d={GLYPHS.list} />
      </a>
    </div>
  );
}
