/**
 * The site's own icons, one set for the static pages (`src/components/Icon.astro`) and the islands
 * (`src/islands/Icon.tsx`). Not emoji: phones draw emoji differently or not at all (a box where the
 * picture should be), and a stroked SVG takes the text's colour and size in both scripts.
 *
 * Most come from Lucide (ISC licence, `lucide` on npm, imported at build time: nothing is fetched);
 * the stove, the gas cylinder and the butter lamp are drawn here, in Lucide's grid and stroke, because
 * Lucide has none that a herder would recognise. Each icon is one path `d`, so a page or an island
 * draws it with a single `<path>` (`iconPath`).
 *
 * Every constant here is a plain literal, so an island that imports `tickIcon` carries that icon's
 * data and no other; `icon-set.ts` lists them all by name for content and the static pages.
 */
import {
  Bandage,
  Baby,
  Check,
  CircleCheckBig,
  CircleQuestionMark,
  DoorOpen,
  Download,
  Droplet,
  Factory,
  FireExtinguisher,
  Flame,
  GraduationCap,
  House,
  Houses,
  Landmark,
  List,
  Maximize,
  MapPin,
  Menu,
  Motorbike,
  MountainSnow,
  Pause,
  Phone,
  Play,
  Plug,
  Printer,
  Scale,
  School,
  Smartphone,
  SkipBack,
  SkipForward,
  Sparkles,
  Square,
  SquareCheckBig,
  Store,
  Tent,
  Timer,
  TriangleAlert,
  Undo2,
  Wheat,
  Wind,
  X,
} from 'lucide';
import type { IconNode } from './icon-path.ts';

/** One icon: its name (the `data-icon` of the drawn SVG) and its shapes on the 24×24 grid. */
export interface IconShape {
  readonly name: string;
  readonly node: IconNode;
}

/** An iron stove on legs with its chimney pipe, as in winter houses and tents. */
const STOVE: IconNode = [
  ['path', { d: 'M2 11h16' }],
  ['path', { d: 'M3 11v7a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-7' }],
  ['path', { d: 'M5 19v2M15 19v2' }],
  ['path', { d: 'M7 15h6' }],
  ['path', { d: 'M13 11V3h3v8' }],
];
/** A liquefied-gas cylinder with its collar and valve. */
const GAS_CYLINDER: IconNode = [
  ['rect', { x: 6, y: 7, width: 12, height: 14, rx: 4 }],
  ['path', { d: 'M9 7V4h6v3' }],
  ['path', { d: 'M12 4V2' }],
  ['path', { d: 'M6 14h12' }],
];
/** A butter lamp: a flame over a bowl on a stem. */
const BUTTER_LAMP: IconNode = [
  ['path', { d: 'M12 2c-1.3 1.7-2 2.8-2 4a2 2 0 0 0 4 0c0-1.2-.7-2.3-2-4z' }],
  ['path', { d: 'M5 11h14c0 2.8-3.1 5-7 5s-7-2.2-7-5z' }],
  ['path', { d: 'M12 16v5' }],
  ['path', { d: 'M8 21h8' }],
];

export const flameIcon = { name: 'flame', node: Flame } as const satisfies IconShape;
export const stoveIcon = { name: 'stove', node: STOVE } as const satisfies IconShape;
export const plugIcon = { name: 'plug', node: Plug } as const satisfies IconShape;
export const ebikeIcon = { name: 'ebike', node: Motorbike } as const satisfies IconShape;
export const gasIcon = { name: 'gas', node: GAS_CYLINDER } as const satisfies IconShape;
export const lampIcon = { name: 'lamp', node: BUTTER_LAMP } as const satisfies IconShape;
export const tentIcon = { name: 'tent', node: Tent } as const satisfies IconShape;
export const grassIcon = { name: 'grass', node: Wheat } as const satisfies IconShape;
export const fireworkIcon = { name: 'firework', node: Sparkles } as const satisfies IconShape;
export const houseIcon = { name: 'house', node: House } as const satisfies IconShape;
export const shopIcon = { name: 'shop', node: Store } as const satisfies IconShape;
export const exitIcon = { name: 'exit', node: DoorOpen } as const satisfies IconShape;
export const extinguisherIcon = { name: 'extinguisher', node: FireExtinguisher } as const satisfies IconShape;
export const phoneIcon = { name: 'phone', node: Phone } as const satisfies IconShape;
export const bandageIcon = { name: 'bandage', node: Bandage } as const satisfies IconShape;
export const childIcon = { name: 'child', node: Baby } as const satisfies IconShape;
export const schoolIcon = { name: 'school', node: School } as const satisfies IconShape;
export const officeIcon = { name: 'office', node: Landmark } as const satisfies IconShape;
export const factoryIcon = { name: 'factory', node: Factory } as const satisfies IconShape;
export const communityIcon = { name: 'community', node: Houses } as const satisfies IconShape;
export const scenicIcon = { name: 'scenic', node: MountainSnow } as const satisfies IconShape;
export const checkIcon = { name: 'check', node: SquareCheckBig } as const satisfies IconShape;
export const smokeIcon = { name: 'smoke', node: Wind } as const satisfies IconShape;
export const waterIcon = { name: 'water', node: Droplet } as const satisfies IconShape;
export const lawIcon = { name: 'law', node: Scale } as const satisfies IconShape;
export const quizIcon = { name: 'quiz', node: GraduationCap } as const satisfies IconShape;
export const saveIcon = { name: 'save', node: Download } as const satisfies IconShape;
export const installIcon = { name: 'install', node: Smartphone } as const satisfies IconShape;
export const pinIcon = { name: 'pin', node: MapPin } as const satisfies IconShape;
export const printIcon = { name: 'print', node: Printer } as const satisfies IconShape;
export const tickIcon = { name: 'tick', node: Check } as const satisfies IconShape;
export const crossIcon = { name: 'cross', node: X } as const satisfies IconShape;
export const answerIcon = { name: 'answer', node: CircleCheckBig } as const satisfies IconShape;
export const questionIcon = { name: 'question', node: CircleQuestionMark } as const satisfies IconShape;
export const timerIcon = { name: 'timer', node: Timer } as const satisfies IconShape;
export const playIcon = { name: 'play', node: Play } as const satisfies IconShape;
export const pauseIcon = { name: 'pause', node: Pause } as const satisfies IconShape;
export const warningIcon = { name: 'warning', node: TriangleAlert } as const satisfies IconShape;
export const undoIcon = { name: 'undo', node: Undo2 } as const satisfies IconShape;
export const menuIcon = { name: 'menu', node: Menu } as const satisfies IconShape;
export const previousIcon = { name: 'previous', node: SkipBack } as const satisfies IconShape;
export const nextIcon = { name: 'next', node: SkipForward } as const satisfies IconShape;
export const blankIcon = { name: 'blank', node: Square } as const satisfies IconShape;
export const fullscreenIcon = { name: 'fullscreen', node: Maximize } as const satisfies IconShape;
export const listIcon = { name: 'list', node: List } as const satisfies IconShape;

/** The SVG attributes every icon is drawn with (Lucide's stroke), shared by both components. */
export const ICON_SVG = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/**
 * The <svg> attributes of one icon, for Icon.astro and the islands' Icon.tsx alike: the drawing
 * style, a 1.25em square box, and either hidden (decorative, beside words) or an image named `label`.
 */
export const iconAttributes = (name: string, label: string | undefined) => ({
  'data-icon': name,
  ...ICON_SVG,
  width: '1.25em',
  height: '1.25em',
  'aria-hidden': label ? undefined : ('true' as const),
  role: label ? ('img' as const) : undefined,
  'aria-label': label,
  focusable: 'false' as const,
});
