import { HTML_LANG } from '../../i18n/locales.ts';
import type { LanguageOrder } from '../../lib/screen/parse-screen-options.ts';
import type { ScreenSlide } from '../../lib/screen/screen-data.ts';
import { Bilingual, languagesIn } from './Bilingual.tsx';
import type { ScreenLabels } from './labels.ts';
import { Icon } from '../Icon.tsx';
import { QrCode } from './QrCode.tsx';
import { useFitText } from './use-fit-text.ts';

interface Props {
  slide: ScreenSlide;
  order: LanguageOrder;
  showQr: boolean;
  labels: ScreenLabels;
  /** The public address (SITE_URL at build time), if any. */
  siteUrl: string | undefined;
}

/** One key message, big, in both languages, with its picture and (optionally) QR codes to read more. */
export function SlideView({ slide, order, showQr, labels, siteUrl }: Props) {
  const qr = showQr ? slide.link : undefined;
  const box = useFitText<HTMLDivElement>([slide, order, qr]);
  return (
    <div ref={box} class={`screen-slide message-slide${qr ? ' has-qr' : ''}`}>
      <div class="slide-icon">
        <Icon icon={slide.icon} />
      </div>
      <div class="slide-text">
        <Bilingual text={slide.message} order={order} class="slide-message" />
      </div>
      {qr && (
        <div class="slide-qr">
          {languagesIn(order).map((locale) => (
            <figure key={locale} class="qr" lang={HTML_LANG[locale]}>
              <QrCode path={qr[locale]} siteUrl={siteUrl} label={labels.qrFor[locale]} />
              <figcaption data-fit="">{labels.endonym[locale]}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </div>
  );
}
