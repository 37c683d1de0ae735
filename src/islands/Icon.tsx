import { iconPath } from '../lib/icon-path.ts';
import { iconAttributes, type IconShape } from '../lib/icons.ts';

interface Props {
  /** Imported from `src/lib/icons.ts` by name (`rightIcon`), so the bundle carries only the icons used. */
  icon: IconShape;
  /** The icon's meaning in the page's language, where no text beside it says so; else it is decorative. */
  label?: string;
  class?: string;
}

/** The islands' twin of `src/components/Icon.astro`: the same path data, attributes and box. */
export function Icon({ icon, label, class: className }: Props) {
  return (
    <svg class={className ? `icon ${className}` : 'icon'} {...iconAttributes(icon.name, label)}>
      <path d={iconPath(icon.node)} />
    </svg>
  );
}
