import { correction, generate } from 'lean-qr/nano';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { qrBase } from '../../lib/screen/qr-base.ts';

interface Props {
  /** The page to open, as a path (`/bo/guides/tents/`). */
  path: string;
  /** The public address (SITE_URL at build time), if any. */
  siteUrl: string | undefined;
  label: string;
}

const BLACK = [0, 0, 0, 255] as const;
const WHITE = [255, 255, 255, 255] as const;

/**
 * A QR code drawn on the device (lean-qr, about 2 KB): one pixel per module, scaled up sharp by CSS.
 * Made from the address the screen was opened at, so it works on a LAN with no internet.
 */
export function QrCode({ path, siteUrl, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Only in the browser: the address is the one this screen was opened at (the build cannot know it).
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const url = new URL(path, qrBase(location.origin, siteUrl)).href;
    generate(url, { minCorrectionLevel: correction.M }).toCanvas(element, { on: BLACK, off: WHITE, pad: 2 });
    element.dataset['url'] = url;
  }, [path, siteUrl]);
  return <canvas ref={canvas} class="qr-code" role="img" aria-label={label} />;
}
