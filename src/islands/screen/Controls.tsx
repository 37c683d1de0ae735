import type { LanguageOrder } from '../../lib/screen/parse-screen-options.ts';
import type { PresenterCommand } from '../../lib/presenter/presenter-keys.ts';
import {
  blankIcon,
  fullscreenIcon,
  listIcon,
  nextIcon,
  pauseIcon,
  playIcon,
  previousIcon,
  type IconShape,
} from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import { joined } from './Bilingual.tsx';
import type { ScreenLabels } from './labels.ts';

interface Props {
  order: LanguageOrder;
  labels: ScreenLabels;
  paused: boolean;
  onCommand: (command: PresenterCommand) => void;
  listHref: string;
}

/** On-screen buttons for a mouse or a touch screen; they fade out with the cursor when nobody moves it. */
export function Controls({ order, labels, paused, onCommand, listHref }: Props) {
  const button = (command: PresenterCommand, icon: IconShape, label: string) => (
    <button type="button" aria-label={label} title={label} onClick={() => onCommand(command)}>
      <Icon icon={icon} />
    </button>
  );
  const list = joined(labels.list, order);
  return (
    <div class="screen-controls" role="toolbar" aria-label={joined(labels.controls, order)}>
      {button('previous', previousIcon, joined(labels.previous, order))}
      {button('toggle-pause', paused ? playIcon : pauseIcon, joined(paused ? labels.resume : labels.pause, order))}
      {button('next', nextIcon, joined(labels.next, order))}
      {button('toggle-blank', blankIcon, joined(labels.blank, order))}
      {button('fullscreen', fullscreenIcon, joined(labels.fullscreen, order))}
      <a href={listHref} aria-label={list} title={list}>
        <Icon icon={listIcon} />
      </a>
    </div>
  );
}
