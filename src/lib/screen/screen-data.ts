import type { Bilingual } from '../../i18n/locales.ts';
import type { IconShape } from '../icons.ts';
/** The data a screen page hands to its player island: plain, serialisable, both languages side by side. */

export interface ScreenSlide {
  message: Bilingual;
  /** Its picture from src/lib/icons.ts (name and path: the island gets only the icons its slides use). */
  icon: IconShape;
  seconds: number;
  /** The Tibetan has not been reviewed by a native speaker yet (the screen says so, small). */
  draft: boolean;
  /**
   * The matching page in each language, as a path (`/bo/guides/tents/`): the player draws its QR
   * codes on the device from the address it was opened at (see qr-base.ts), never from the URL.
   */
  link?: Bilingual;
}

export interface ScreenOption extends Bilingual {
  correct: boolean;
}

/** A quiz question as a quiz round shows it; true/false questions come as two options. */
export interface ScreenQuestion {
  id: string;
  prompt: Bilingual;
  options: ScreenOption[];
  /** More than one option may be right (the round says so). */
  multiple: boolean;
  explanation: Bilingual;
  draft: boolean;
}
