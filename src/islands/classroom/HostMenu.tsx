import { useEffect, useRef } from 'preact/hooks';
import type { Competition } from '../../lib/quiz/classroom.ts';
import type { MenuItem } from '../../lib/quiz/classroom-menu.ts';
import { crossIcon, timerIcon, tickIcon, undoIcon, type IconShape } from '../../lib/icons.ts';
import { Icon } from '../Icon.tsx';
import type { ClassroomLabels } from './types.ts';

interface Props {
  items: MenuItem[];
  current: number;
  competition: Competition;
  sound: boolean;
  labels: ClassroomLabels;
  onChoose: (item: MenuItem) => void;
  onClose: () => void;
}

export function menuLabel(item: MenuItem, competition: Competition, sound: boolean, labels: ClassroomLabels) {
  switch (item.kind) {
    case 'right':
      return labels.right;
    case 'wrong':
      return labels.wrong;
    case 'team':
      return `${item.team + 1} ${competition.teams[item.team]?.name ?? ''}`;
    case 'round':
      return labels[item.round];
    case 'wager':
      return `${labels.wager} ${item.points}`;
    case 'timer':
      return labels.startTimer;
    case 'undo':
      return labels.undo;
    case 'languages':
      return labels.languages;
    case 'sound':
      return `${labels.sound} · ${sound ? labels.on : labels.off}`;
    case 'results':
      return labels.results;
  }
}

/** The picture beside a menu item whose words alone are long to read from the host's place. */
const MENU_ICONS: Partial<Record<MenuItem['kind'], IconShape>> = {
  right: tickIcon,
  wrong: crossIcon,
  timer: timerIcon,
  undo: undoIcon,
};

/** Everything the letter keys do, for a remote with four buttons; a mouse can click it too. */
export default function HostMenu({ items, current, competition, sound, labels, onChoose, onClose }: Props) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelectorAll('button')[current]?.focus();
  }, [current, items.length]);
  const selected = (item: MenuItem) =>
    (item.kind === 'round' && item.round === competition.round) ||
    (item.kind === 'wager' && item.points === competition.wager) ||
    (item.kind === 'team' && item.team === competition.activeTeam);
  return (
    <div class="host-menu" role="dialog" aria-label={labels.menu}>
      <p class="host-menu-help">{labels.menuHelp}</p>
      <div class="host-menu-items" ref={list}>
        {items.map((item, index) => (
          <button
            key={`${item.kind}-${index}`}
            type="button"
            class={`button${index === current ? ' is-current' : ''}${selected(item) ? ' primary' : ''}`}
            aria-pressed={item.kind === 'sound' ? sound : selected(item) || undefined}
            onClick={() => onChoose(item)}
          >
            {MENU_ICONS[item.kind] && <Icon icon={MENU_ICONS[item.kind]!} />}
            {menuLabel(item, competition, sound, labels)}
          </button>
        ))}
        <button type="button" class="button" onClick={onClose}>
          <Icon icon={crossIcon} /> Esc
        </button>
      </div>
    </div>
  );
}
