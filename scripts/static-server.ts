/**
 * The static server behind `npm run serve`: directory index, 404.html, brotli/gzip, the same security
 * headers as deploy/nginx.conf. It runs on a school or van laptop that every phone in the room uses, so
 * no request may stop it: a bad URL gets 400, a path outside the site 404, an internal error 500.
 */
import { createReadStream, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { NetworkInterfaceInfo } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompress, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import {
  BROTLI_OPTIONS,
  type Encoding,
  GZIP_OPTIONS,
  isCompressible,
  PRECOMPRESSED_SUFFIX,
} from '../src/lib/deploy/compression.ts';

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

/**
 * What deploy/nginx.conf and public/_headers send; a laptop serving a room is no less exposed. Every
 * response says `nosniff`; only pages (and errors and redirects) carry the policies that govern a
 * document: a script, a font or an icon has no frames, base URL or camera to restrict. Each repeat
 * costs about 190 bytes on HTTP/1.1, eight times on a page with an island.
 */
export const SECURITY_HEADERS: Record<string, string> = { 'x-content-type-options': 'nosniff' };
export const DOCUMENT_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(self)',
};
/** The security headers of a response with this content type (none: a redirect). */
export const securityHeadersFor = (type: string | undefined) =>
  type === undefined || /^text\/(html|plain)/.test(type) ? DOCUMENT_HEADERS : SECURITY_HEADERS;

/** The longest path we look up; real site paths are under 100 characters. */
const MAX_PATH = 2048;

/** Cache rule per kind of file, the same as deploy/nginx.conf. */
export function cacheControl(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * The validator of a file as served: its size and modification time, as nginx makes it (weak, since
 * the body may be compressed on the fly). A phone that holds the file asks again with If-None-Match
 * and gets a 304 of a few hundred bytes instead of the file: the service worker keeping the page a
 * reader just opened costs next to nothing.
 */
export const etagOf = (stats: Stats) => `W/"${Math.trunc(stats.mtimeMs).toString(16)}-${stats.size.toString(16)}"`;

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** The decoded path of a request target, or undefined when it cannot be decoded (`/%`, `/bo/%ZZ`). */
export function decodePath(target: string): string | undefined {
  const raw = target.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/') || raw.length > MAX_PATH) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  // A NUL or a backslash never names a file of the site; `..` segments would leave it.
  if (path.includes('\0') || path.includes('\\')) return undefined;
  return path;
}

/** The file under `root` a decoded path names, or undefined (missing, or outside `root`). */
export function fileFor(root: string, path: string): { file: string; stats: Stats } | 'redirect' | undefined {
  const file = resolve(root, '.' + path);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const stats = statOrUndefined(file);
  if (stats?.isDirectory()) {
    if (!path.endsWith('/')) return 'redirect';
    const index = join(file, 'index.html');
    const indexStats = statOrUndefined(index);
    return indexStats?.isFile() ? { file: index, stats: indexStats } : undefined;
  }
  return stats?.isFile() ? { file, stats } : undefined;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** brotli when the client takes it, else gzip, else nothing. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name!.toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compressed copies, kept while the file is unchanged: a room of phones asks for the same pages. */
const compressed = new Map<string, Buffer>();
const COMPRESSED_CACHE_MAX = 2000;

/**
 * The build's own compressed copy (`page.html.br`, src/integrations/precompress.ts), as nginx sends
 * it, when it is at least as new as the file; else the file compressed here the same way.
 */
async function compressedBody(file: string, stats: Stats, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding} ${stats.mtimeMs} ${stats.size} ${file}`;
  const hit = compressed.get(key);
  if (hit) return hit;
  const copy = file + PRECOMPRESSED_SUFFIX[encoding];
  const copyStats = statOrUndefined(copy);
  const body =
    copyStats?.isFile() && copyStats.mtimeMs >= stats.mtimeMs
      ? await readFile(copy)
      : encoding === 'br'
        ? await brotli(await readFile(file), BROTLI_OPTIONS)
        : await gzipAsync(await readFile(file), GZIP_OPTIONS);
  if (compressed.size >= COMPRESSED_CACHE_MAX) compressed.delete(compressed.keys().next().value!);
  compressed.set(key, body);
  return body;
}

function sendPlain(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const type = 'text/plain; charset=utf-8';
  response.writeHead(status, { ...securityHeadersFor(type), 'content-type': type }).end(text);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendPlain(response, 405, 'method not allowed\n');
  }
  const path = decodePath(request.url ?? '/');
  if (path === undefined) return sendPlain(response, 400, 'bad request\n');
  const found = fileFor(root, path);
  if (found === 'redirect') {
    // A directory without its trailing slash redirects, as static hosts do. The raw target is reused
    // (it decoded cleanly), so the Location header carries no decoded characters.
    const raw = request.url!.split(/[?#]/, 1)[0]!;
    response.writeHead(301, { ...securityHeadersFor(undefined), location: `${raw}/` }).end();
    return;
  }
  const notFound = found ? undefined : fileFor(root, '/404.html');
  const target = found ?? (notFound && notFound !== 'redirect' ? notFound : undefined);
  if (!target) return sendPlain(response, 404, 'not found\n');
  const status = found ? 200 : 404;
  const type = TYPES[extname(target.file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    ...securityHeadersFor(type),
    'content-type': type,
    'cache-control': found ? cacheControl(path) : 'no-cache',
  };
  if (isCompressible(target.file)) headers['vary'] = 'Accept-Encoding';
  if (found) {
    // The ETag alone revalidates; a Last-Modified beside it would only add bytes to every answer.
    headers['etag'] = etagOf(target.stats);
    if (matchesEtag(request.headers['if-none-match'], headers['etag'])) {
      delete headers['content-type'];
      response.writeHead(304, headers).end();
      return;
    }
  }
  const encoding = isCompressible(target.file) ? chooseEncoding(request.headers['accept-encoding']) : undefined;
  if (encoding) {
    const body = await compressedBody(target.file, target.stats, encoding);
    headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  headers['content-length'] = String(target.stats.size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(target.file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/** The request handler for `root`; every failure ends that one request, never the server. */
export function siteHandler(rootDir: string) {
  const root = resolve(rootDir);
  return (request: IncomingMessage, response: ServerResponse) => {
    handle(root, request, response).catch(() => sendPlain(response, 500, 'server error\n'));
  };
}

/** The server for `root`. */
export function createStaticServer(rootDir: string): Server {
  const server = createServer(siteHandler(rootDir));
  // A malformed request line or oversized headers: answer if the socket still can, then close it.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** The lines printed when the server listens: where the screen and the phones open the site. */
export function listeningMessage(
  root: string,
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
): string[] {
  const lines = [`serve: ${root} on http://${host.includes(':') ? `[${host}]` : host}:${port}/`];
  const everywhere = host === '0.0.0.0' || host === '::';
  if (!everywhere) return [...lines, `only this computer can open it (--host ${host})`];
  const lan = Object.values(interfaces)
    .flat()
    .filter((info): info is NetworkInterfaceInfo => !!info && !info.internal && info.family === 'IPv4')
    .map((info) => info.address);
  if (lan.length === 0)
    return [...lines, 'no network address found: connect this laptop to the Wi-Fi, then restart npm run serve'];
  return [
    ...lines,
    ...lan.map((address) => `open http://${address}:${port}/screen/ on the screen; phones on this Wi-Fi can scan it`),
  ];
}
