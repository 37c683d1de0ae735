import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import {
  ADMIN_CSS,
  TIBETAN_FONT_WEIGHTS,
  UI_LANGUAGE_SCRIPT,
  adminCsp,
  adminPage,
  gitOrigins,
} from '../lib/cms/admin-page.ts';
import { wholeTibetanFontFile, wholeTibetanFontPath } from '../lib/font/whole-font.ts';
import { backendFromEnv, buildCmsConfig } from '../lib/cms/cms-config.ts';

/** The bundle's entry, at /admin/cms/cms.js. */
const SCRIPT = 'cms/cms.js';
const cmsPackage = () => createRequire(import.meta.url).resolve('@sveltia/cms');
const cmsVersion = () =>
  (JSON.parse(readFileSync(join(dirname(cmsPackage()), '..', 'package.json'), 'utf8')) as { version: string }).version;

const FONT_CDN = 'https://cdn.jsdelivr.net/fontsource/fonts/';
const FONT_CDN_URL =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+?)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Bundles the CMS's npm build (fonts, interface translations, highlighting inside) into a folder,
 * once per CMS version: later builds copy it (about 12 s saved on this project's machines).
 */
async function cmsBundle(root: string): Promise<{ dir: string; cached: boolean }> {
  const dir = join(root, 'node_modules', '.cache', `sveltia-cms-${cmsVersion()}`);
  if (existsSync(join(dir, 'cms.js'))) return { dir, cached: true };
  const assets = join(dirname(cmsPackage()), 'assets');
  const fontsOut = join(dir, 'fonts');
  await build({
    configFile: false,
    plugins: [
      {
        // The UI kit's stylesheet names its fonts on a CDN; the same files ship in the package.
        name: 'sveltia-fonts-from-this-site',
        transform(code, id) {
          if (!id.includes('@sveltia/cms') || !code.includes(FONT_CDN)) return null;
          return code.replace(
            FONT_CDN_URL,
            (_url, family: string, subset: string) => `/admin/cms/fonts/${family}-${subset}.woff2`,
          );
        },
        generateBundle(_options, bundle) {
          const leaks = Object.values(bundle).filter(
            (chunk) => chunk.type === 'chunk' && chunk.code.includes(FONT_CDN),
          );
          if (leaks.length)
            throw new Error(`cms-admin: ${leaks.map((c) => c.fileName).join(', ')} still load fonts from ${FONT_CDN}`);
        },
      },
    ],
    logLevel: 'warn',
    root,
    base: '/admin/cms/',
    publicDir: false,
    build: {
      outDir: dir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: { input: join(root, 'src/admin/cms.ts'), output: { entryFileNames: 'cms.js' } },
    },
  });
  mkdirSync(fontsOut, { recursive: true });
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.woff2')))
    cpSync(join(assets, name), join(fontsOut, name.replace(/-[A-Za-z0-9_]{8}\.woff2$/, '.woff2')));
  return { dir, cached: false };
}

const sizeOf = (dir: string): { files: number; bytes: number } =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (total, entry) => ({
        files: total.files + 1,
        bytes: total.bytes + statSync(join(entry.parentPath, entry.name)).size,
      }),
      { files: 0, bytes: 0 },
    );

/** The admin files: page, generated configuration, the CMS bundle from node_modules. */
function adminFiles() {
  const backend = backendFromEnv(process.env);
  const { config, missingLabels } = buildCmsConfig(backend);
  if (missingLabels.length)
    throw new Error(
      `cms-admin: ${missingLabels.length} schema fields have no Chinese label for the editor: ${missingLabels.join(', ')}. ` +
        'Fix: add each field name to FIELD_LABELS in src/lib/cms/field-labels.ts',
    );
  return {
    backend,
    collections: config.collections.length,
    files: {
      'index.html': adminPage({ csp: adminCsp(gitOrigins(backend)), script: SCRIPT }),
      'config.yml': `# Generated from src/schemas/ by src/integrations/cms-admin.ts at build time. Do not edit.\n${stringify(config)}`,
      'ui-language.js': UI_LANGUAGE_SCRIPT,
      'admin.css': ADMIN_CSS,
    } as Record<string, string>,
  };
}

/**
 * Serves the editor (Sveltia CMS, installed from npm) at `/admin/`: after the build it writes
 * `dist/admin/` with the page, the configuration generated from the zod schemas and the CMS bundle;
 * in `astro dev` it serves the same files. Fails the build when a schema field has no Chinese label.
 */
export function cmsAdmin(): AstroIntegration {
  let root = '';
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { backend, collections, files } = adminFiles();
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
        const fonts = join(out, 'fonts');
        mkdirSync(fonts, { recursive: true });
        for (const weight of TIBETAN_FONT_WEIGHTS)
          cpSync(wholeTibetanFontPath(weight), join(fonts, wholeTibetanFontFile(weight)));
        const bundle = await cmsBundle(root);
        cpSync(bundle.dir, join(out, 'cms'), { recursive: true });
        const { files: count, bytes } = sizeOf(join(out, 'cms'));
        const entryKb = (statSync(join(out, SCRIPT)).size / 1024).toFixed(0);
        logger.info(
          `/admin/: ${collections} collections in config.yml (from src/schemas/); Sveltia CMS ${cmsVersion()} ${bundle.cached ? 'copied from cache' : 'bundled'}, entry ${entryKb} KB, ${count} files ${(bytes / 1048576).toFixed(1)} MB (loaded on demand); backend ${backend.name} ${backend.repo}@${backend.branch}${backend.baseUrl ? ` on ${backend.baseUrl}` : ''}`,
        );
      },
      'astro:server:setup': ({ server }) => {
        // In `astro dev` the page and configuration come from here; the CMS bundle from a previous build.
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith('/admin/') || path.startsWith('/admin/review')) return next();
          const { files } = adminFiles();
          const name = path.slice('/admin/'.length) || 'index.html';
          const types: Record<string, string> = {
            html: 'text/html',
            yml: 'application/yaml',
            js: 'text/javascript',
            css: 'text/css',
          };
          const cached = join(
            root,
            'node_modules',
            '.cache',
            `sveltia-cms-${cmsVersion()}`,
            name.replace(/^cms\//, ''),
          );
          const body =
            files[name] ?? (name.startsWith('cms/') && existsSync(cached) ? readFileSync(cached) : undefined);
          if (body === undefined) return next();
          res.setHeader('content-type', `${types[name.split('.').pop()!] ?? 'text/plain'}; charset=utf-8`);
          res.end(body);
        });
      },
    },
  };
}
