import { ENDONYM } from '@/i18n/locales.ts';
import type { Translate } from '@/i18n/t.ts';
import type { UiKey } from '@/i18n/ui/zh.ts';
import type { ScreenLabels } from '@/islands/screen/labels.ts';
import type { Bilingual } from '@/i18n/locales.ts';
import type {} from '@/lib/screen/screen-data.ts';
import { phrasesFor } from '@/lib/format/phrases.ts';

/**
 * The player's labels in both languages at once (the screen shows both). Called by the screen pages
 * at build time; the dictionaries themselves never reach the browser.
 */
export function screenLabels(zh: Translate, bo: Translate): ScreenLabels {
  const pair = (key: UiKey): Bilingual => ({ zh: zh(key), bo: bo(key) });
  return {
    fire: pair('emergency.fire'),
    paused: pair('screen.paused'),
    draft: pair('screen.draft'),
    quiz: pair('screen.quiz'),
    multiple: pair('screen.multiple'),
    answer: pair('screen.answer'),
    countdown: pair('screen.countdown'),
    badParam: pair('screen.badParam'),
    controls: pair('screen.controls'),
    previous: pair('screen.keyPrevious'),
    next: pair('screen.keyNext'),
    pause: pair('screen.pause'),
    resume: pair('screen.resume'),
    fullscreen: pair('screen.keyFullscreen'),
    blank: pair('screen.keyBlank'),
    list: pair('screen.list'),
    endonym: { zh: ENDONYM.zh, bo: ENDONYM.bo },
    // 二维码：中文 / QR ཨང་རྟགས། བོད་ཡིག (a shad after a Tibetan label, not ' · ').
    qrFor: {
      zh: `${phrasesFor('zh').label(zh('screen.qr'))}${ENDONYM.zh}`,
      bo: `${phrasesFor('bo').label(bo('screen.qr'))} ${ENDONYM.bo}`,
    },
  };
}

/** The two options a true/false question shows on screen. */
export const trueFalseLabels = (zh: Translate, bo: Translate): { true: Bilingual; false: Bilingual } => ({
  true: { zh: zh('screen.true'), bo: bo('screen.true') },
  false: { zh: zh('screen.false'), bo: bo('screen.false') },
});
