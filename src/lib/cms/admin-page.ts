import { wholeTibetanFontFile } from '../font/whole-font.ts';

/**
 * The editor's page, `/admin/index.html`. Not an Astro page: the CMS is a single-page app that
 * sets inline styles and starts blob: workers, which the site's strict per-page CSP forbids, so
 * the page carries its own policy, still allowing no origin but this site and the git host.
 */
export function adminCsp(gitOrigins: string[]): string {
  const git = gitOrigins.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Svelte sets styles at run time.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${git}`.trim(),
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src 'self' blob: data: ${git}`.trim(),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The origins the editor may talk to: the configured git host's web and API addresses. */
export function gitOrigins(backend: { name: string; baseUrl?: string | undefined }): string[] {
  if (backend.baseUrl) return [new URL(backend.baseUrl).origin];
  return backend.name === 'github' ? ['https://api.github.com', 'https://github.com'] : [];
}

export function adminPage(options: { csp: string; script: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="Content-Security-Policy" content="${options.csp}" />
    <meta name="referrer" content="same-origin" />
    <title>内容编辑 · 消防安全宣传教育</title>
    <link href="/admin/config.yml" type="application/yaml" rel="cms-config-url" />
    <link rel="stylesheet" href="/admin/admin.css" />
    <script src="/admin/ui-language.js"></script>
  </head>
  <body>
    <noscript>内容编辑器需要 JavaScript。也可以直接编辑 content/ 文件夹里的文件（见 README“不写代码也能编辑”）。</noscript>
    <script src="/admin/${options.script}" type="module"></script>
  </body>
</html>
`;
}

/**
 * Runs before the CMS: the interface speaks Chinese on an office laptop set to English too, unless
 * the editor chose another language in the CMS's own settings.
 */
export const UI_LANGUAGE_SCRIPT = `try {
  var key = 'sveltia-cms.prefs';
  var prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(key, JSON.stringify(Object.assign(prefs, { locale: 'zh-CN' })));
} catch (error) {}
`;

/** Tibetan weights the editor ships (the site's own font is a subset of the letters it uses). */
export const TIBETAN_FONT_WEIGHTS = [400, 700] as const;

/**
 * The editor's interface font has no Tibetan, and an office laptop may have none either: the full
 * Noto Serif Tibetan (OFL) comes along, so a translator sees letters, never boxes.
 */
export const ADMIN_CSS =
  TIBETAN_FONT_WEIGHTS.map(
    (weight) =>
      `@font-face { font-family: 'Noto Serif Tibetan'; font-style: normal; font-weight: ${weight}; font-display: swap; src: url(/admin/fonts/${wholeTibetanFontFile(weight)}) format('woff2'); unicode-range: U+0F00-0FFF; }`,
  ).join('\n') +
  `
:root:root {
  --sui-font-family-default: 'Source Sans 3', 'Noto Serif Tibetan', system-ui, sans-serif !important;
}
`;
