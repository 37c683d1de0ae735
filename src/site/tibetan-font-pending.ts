import { createHash } from 'node:crypto';

/**
 * The head script of pages whose text is Tibetan (SiteHead). Their line breaks depend on the font:
 * laid out in a fallback, the page would move as soon as the font came. So, on a visit that has not
 * got the font yet, the text under the header waits unseen (`.tibetan-font-pending`, global.css)
 * until the font has come, for at most 5 s (the 32 KB font takes about 2 s at 15 KB/s; then it shows with whatever the
 * phone has). Most phones have no Tibetan font: text drawn in fallback boxes cannot be read anyway. Without JavaScript nothing is hidden. Inline, so it runs before the first frame.
 */
export const TIBETAN_FONT_PENDING_SCRIPT = `(function () {
  var fonts = document.fonts;
  var root = document.documentElement;
  var face = '1em "Noto Serif Tibetan"';
  if (!fonts) return;
  root.classList.add('tibetan-font-pending');
  // Shown two frames later: the frame in between lays the text out in its font, still unseen.
  var show = function () {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        root.classList.remove('tibetan-font-pending');
      });
    });
  };
  // The page's @font-face rules come after this script: ask for the font once they are parsed. A font
  // already in the cache answers at once.
  document.addEventListener('DOMContentLoaded', function () {
    fonts.load(face, '\\u0f40').then(show, show);
  });
  setTimeout(show, 5000);
})();`;

/** Its CSP hash: astro.config.mjs allows exactly this script. */
export const tibetanFontPendingHash = (): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(TIBETAN_FONT_PENDING_SCRIPT).digest('base64')}`;
