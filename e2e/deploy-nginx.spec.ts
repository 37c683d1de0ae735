/**
 * deploy/nginx.conf, run by the real nginx (Debian's /usr/sbin/nginx, which .ci/run installs) against
 * this build: content types, security headers on every response, cache rules per kind of file, and
 * public/_headers saying the same. nginx gets its own prefix, temp dirs and a free loopback port, and
 * is stopped after.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/deploy/headers-file.ts';

const NGINX = '/usr/sbin/nginx';
const dist = resolve('dist');
const prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
let nginx: ChildProcess | undefined;
let port = 0;

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<Reply>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () =>
        done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  port = await freePort();
  const site = readFileSync('deploy/nginx.conf', 'utf8');
  // The two lines a deployment changes: where it listens and where the files are.
  const local = site
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/fire-site;/, `root ${dist};`);
  expect(local, 'deploy/nginx.conf keeps `listen 80;` and `root /srv/fire-site;`').toContain(`root ${dist};`);
  expect(local).toContain(`listen 127.0.0.1:${port};`);
  mkdirSync(join(prefix, 'fire-site'));
  writeFileSync(join(prefix, 'fire-site', 'nginx.conf'), local);
  copyFileSync('deploy/security-headers.conf', join(prefix, 'fire-site', 'security-headers.conf'));
  copyFileSync('/etc/nginx/mime.types', join(prefix, 'mime.types'));
  // The http block Debian's own /etc/nginx/nginx.conf has, reduced to what the test needs, and the
  // module Debian's libnginx-mod-http-brotli-static enables (by a path relative to Debian's prefix).
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  sendfile on;
  include mime.types;
  default_type application/octet-stream;
  include fire-site/nginx.conf;
}
`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let errors = '';
  nginx.stderr!.on('data', (chunk) => (errors += chunk));
  await expect
    .poll(async () => (await get('/').catch(() => undefined))?.status, {
      message: `nginx did not start: ${errors}`,
      timeout: 10_000,
    })
    .toBeDefined();
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx!.once('exit', done));
    nginx.kill('SIGQUIT');
    await exited;
  }
  rmSync(prefix, { recursive: true, force: true });
});

const first = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(dist, dir)).find((n) => pattern.test(n));
  expect(name, `a ${pattern} in dist/${dir}`).toBeDefined();
  return `/${dir}/${name}`;
};

/** Each kind of file the site has, with the type and cache rule it must be served with. */
const kinds = () => [
  { path: '/', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  { path: '/zh/', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  { path: '/bo/law/28/', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  { path: '/404.html', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  { path: '/sw.js', type: 'application/javascript; charset=utf-8', cache: 'no-cache' },
  { path: '/offline-manifest.json', type: 'application/json; charset=utf-8', cache: 'no-cache' },
  { path: '/site.js', type: 'application/javascript; charset=utf-8', cache: 'no-cache' },
  { path: '/search/index-zh.json', type: 'application/json; charset=utf-8', cache: 'no-cache' },
  { path: first('fonts', /\.woff2$/), type: 'font/woff2', cache: 'no-cache' },
  {
    path: first('_astro', /\.js$/),
    type: 'application/javascript; charset=utf-8',
    cache: 'public, max-age=31536000, immutable',
  },
  { path: '/manifest-bo.webmanifest', type: 'application/manifest+json; charset=utf-8', cache: 'no-cache' },
  { path: '/favicon.svg', type: 'image/svg+xml; charset=utf-8', cache: 'no-cache' },
  { path: first('icons', /\.png$/), type: 'image/png', cache: 'no-cache' },
];

/** On every response. */
const EVERY = {
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=31536000',
};
/** On pages, errors and redirects only: the policies of a document mean nothing on a script or a font. */
const DOCUMENT = {
  'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(self)',
};
/** What a response of this kind must say, and must not: `undefined` is "not sent". */
const securityOf = (type: string) =>
  type.startsWith('text/html')
    ? { ...EVERY, ...DOCUMENT }
    : { ...EVERY, ...Object.fromEntries(Object.keys(DOCUMENT).map((name) => [name, undefined])) };

test('every kind of file goes out with its own type and cache rule, and the security headers', async () => {
  for (const kind of kinds()) {
    const reply = await get(kind.path);
    expect(reply.status, kind.path).toBe(200);
    expect(reply.headers['content-type'], kind.path).toBe(kind.type);
    expect(reply.headers['cache-control'], kind.path).toBe(kind.cache);
    for (const [name, value] of Object.entries(securityOf(kind.type)))
      expect(reply.headers[name], `${kind.path} ${name}`).toBe(value);
    expect(String(reply.headers['permissions-policy']), kind.path).not.toContain('interest-cohort');
  }
});

test('errors and redirects carry the security headers too', async () => {
  const missing = await get('/zh/no-such-page/');
  expect(missing.status).toBe(404);
  expect(missing.body.toString()).toContain('<html');
  expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
  const redirect = await get('/zh');
  expect(redirect.status).toBe(301);
  // nginx itself refuses an undecodable URL before any location (so without headers: there is no page).
  expect((await get('/bo/%ZZ')).status).toBe(400);
  for (const reply of [missing, redirect])
    for (const [name, value] of Object.entries({ ...EVERY, ...DOCUMENT }))
      expect(reply.headers[name], `${reply.status} ${name}`).toBe(value);
});

test('text goes out as the build compressed it: brotli to a phone that takes it, else gzip', async () => {
  for (const path of ['/bo/law/28/', '/site.js', '/search/index-bo.json']) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const gzipped = await get(path, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding'], path).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(readFileSync(file)), path).toBe(true);
    // What Chromium asks for: the build's brotli copy, byte for byte (brotli_static), not gzip made on the fly.
    const brotli = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding'], path).toBe('br');
    expect(brotli.body.equals(readFileSync(`${file}.br`)), path).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(readFileSync(file)), path).toBe(true);
  }
});

test('public/_headers gives each kind of file the same headers as nginx', async () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  for (const kind of kinds()) {
    const headers = headersFor(rules, kind.path);
    for (const [name, value] of Object.entries(securityOf(kind.type)))
      expect(headers[name], `${kind.path} ${name}`).toEqual(value === undefined ? undefined : [value]);
    // Hosts without a rule send HTML as revalidate-always themselves; a file with a rule must get exactly one.
    const cache = headers['cache-control'];
    if (kind.type.startsWith('text/html')) expect(cache, kind.path).toBeUndefined();
    else if (!/\.(svg|png|webmanifest)$/.test(kind.path)) expect(cache, kind.path).toEqual([kind.cache]);
  }
});
