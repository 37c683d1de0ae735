/**
 * Icon names usable in content (`icon:` fields), drawn as emoji: every phone has an emoji font,
 * they cost no bytes, and they read without words. The schema rejects any other name.
 */
export const ICONS = {
  flame: '🔥',
  stove: '♨️',
  plug: '🔌',
  ebike: '🛵',
  gas: '🛢️',
  lamp: '🪔',
  tent: '⛺',
  grass: '🌾',
  firework: '🎆',
  house: '🏠',
  shop: '🏪',
  exit: '🚪',
  extinguisher: '🧯',
  phone: '📞',
  bandage: '🩹',
  child: '🧒',
  school: '🏫',
  office: '🏛️',
  factory: '🏭',
  community: '🏘️',
  scenic: '🏔️',
  check: '✅',
  smoke: '💨',
  water: '💧',
} as const;
export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as [IconName, ...IconName[]];
