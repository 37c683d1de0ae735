/**
 * `npm run serve [-- --port 4321 --dir dist]`: a plain static server for the built site, the same
 * job any static host does (directory index, 404.html, no rewrites). Also for a van or school laptop
 * with no internet: phones on the same Wi-Fi open http://<laptop address>:4321/.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const root = resolve(arg('dir', 'dist'));
const port = Number(arg('port', process.env['PORT'] ?? '4321'));
const host = arg('host', '0.0.0.0');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function resolvePath(urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // A directory without its trailing slash redirects, as static hosts do.
  if (
    !path.endsWith('/') &&
    !extname(path) &&
    existsSync(join(root, path)) &&
    statSync(join(root, path)).isDirectory()
  ) {
    response.writeHead(301, { location: `${path}/` }).end();
    return;
  }
  const file = resolvePath(path);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  response.writeHead(status, {
    'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
    // HTML and the service worker are revalidated; everything else is cached by the service worker anyway.
    'cache-control': /\.(html|js|json|webmanifest)$/.test(body) ? 'no-cache' : 'public, max-age=3600',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(body).pipe(response);
}).listen(port, host, () => console.log(`serve: ${root} on http://localhost:${port}/`));
