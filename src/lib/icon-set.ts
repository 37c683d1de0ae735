/**
 * Every site icon by name: what content's `icon:` fields may name (the schema's list) and what the
 * static pages draw with `<Icon name="…">`. Build side only: islands import single icons from
 * `icons.ts`, so that their bundles carry just those.
 */
import {
  answerIcon,
  bandageIcon,
  checkIcon,
  childIcon,
  communityIcon,
  crossIcon,
  ebikeIcon,
  exitIcon,
  extinguisherIcon,
  factoryIcon,
  fireworkIcon,
  flameIcon,
  gasIcon,
  grassIcon,
  houseIcon,
  installIcon,
  lampIcon,
  lawIcon,
  menuIcon,
  officeIcon,
  pauseIcon,
  phoneIcon,
  pinIcon,
  playIcon,
  plugIcon,
  printIcon,
  questionIcon,
  quizIcon,
  saveIcon,
  scenicIcon,
  schoolIcon,
  shopIcon,
  smokeIcon,
  stoveIcon,
  tentIcon,
  tickIcon,
  timerIcon,
  undoIcon,
  warningIcon,
  waterIcon,
  type IconShape,
} from './icons.ts';
import { iconPath } from './icon-path.ts';

const ALL = [
  flameIcon,
  stoveIcon,
  plugIcon,
  ebikeIcon,
  gasIcon,
  lampIcon,
  tentIcon,
  grassIcon,
  fireworkIcon,
  houseIcon,
  shopIcon,
  exitIcon,
  extinguisherIcon,
  phoneIcon,
  bandageIcon,
  childIcon,
  schoolIcon,
  officeIcon,
  factoryIcon,
  communityIcon,
  scenicIcon,
  checkIcon,
  smokeIcon,
  waterIcon,
  lawIcon,
  quizIcon,
  saveIcon,
  installIcon,
  pinIcon,
  printIcon,
  tickIcon,
  crossIcon,
  answerIcon,
  questionIcon,
  timerIcon,
  playIcon,
  pauseIcon,
  warningIcon,
  undoIcon,
  menuIcon,
] as const;

export type IconName = (typeof ALL)[number]['name'];
/** Every icon by name: what content's `icon:` fields and the static pages name. */
export const ICONS = Object.fromEntries(ALL.map((icon) => [icon.name, icon])) as Record<IconName, IconShape>;
export const ICON_NAMES = ALL.map((icon) => icon.name) as [IconName, ...IconName[]];

/** The icon as one path element: the smallest form to hand an island in its props (screen slides). */
export const onePath = (icon: IconShape): IconShape => ({
  name: icon.name,
  node: [['path', { d: iconPath(icon.node) }]],
});
