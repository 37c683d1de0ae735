/**
 * The laptop server under hostile and heavy use. It is started as `npm run serve` starts it, on
 * loopback only (127.0.0.1, a free port), against a small site written for the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseEncoding, decodePath, listeningMessage } from './static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'serve-test-'));
const page = `<!doctype html><html lang="zh-CN"><title>消防</title><p>${'火灾预防 '.repeat(400)}</p></html>`;
const files: Record<string, string> = {
  'index.html': page,
  '404.html': '<!doctype html><title>404</title><p>没有这个页面</p>',
  'zh/index.html': page,
  'site.js': `console.log(${JSON.stringify('x'.repeat(3000))});`,
  '_astro/app.abc123.js': 'export const a = 1;',
  'search/index-zh.json': JSON.stringify({ terms: Array.from({ length: 300 }, (_, i) => `term${i}`) }),
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), content);
}
// A file outside the site that a traversal would reach.
writeFileSync(join(site, '..', 'serve-test-secret.txt'), 'secret');

afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(join(site, '..', 'serve-test-secret.txt'), { force: true });
});

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a server process and waits for the line that names its port. */
function start(command: string, args: string[]): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve({ child, port: Number(match[1]), output: () => output, exited });
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${output}`)));
  });
}

const serve = () => start(process.execPath, ['scripts/serve.ts', '--port', '0', '--host', '127.0.0.1', '--dir', site]);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends raw bytes (a request no HTTP client would build) and returns the first line of the answer. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.setTimeout(3000, () => socket.destroy());
  });
}

describe('npm run serve', () => {
  let server: Running;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  test('a malformed, huge or traversing URL gets an error answer and the server keeps serving', async () => {
    const hostile = [
      '/%',
      '/bo/%ZZ',
      '/%E0%A4%A',
      '/zh/%C0%AF',
      '/%00',
      '/..%2f..%2fserve-test-secret.txt',
      '/../serve-test-secret.txt',
      '/..\\serve-test-secret.txt',
      '/%2e%2e/serve-test-secret.txt',
      '/zh/..%5c..%5cserve-test-secret.txt',
      `/${'a'.repeat(5000)}`,
      `/zh/${'%ZZ'.repeat(1000)}`,
    ];
    for (const path of hostile) {
      const reply = await get(server.port, path);
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.status, path).toBeLessThan(500);
      expect(reply.body.toString(), path).not.toContain('secret');
    }
    // Headers larger than Node accepts, a request line that is not HTTP, a method we do not serve.
    expect(await raw(server.port, `GET /${'x'.repeat(100_000)} HTTP/1.1\r\nhost: a\r\n\r\n`)).toMatch(/^HTTP\/1\.1 4/);
    expect(await raw(server.port, '\u0000\u0001 nonsense\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(server.port, 'DELETE / HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 405/,
    );
    const after = await get(server.port, '/zh/');
    expect(after.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });

  test('fifty phones at once all get the whole page, compressed', async () => {
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        get(server.port, i % 2 ? '/zh/' : '/search/index-zh.json', { 'accept-encoding': 'gzip, deflate, br' }),
      ),
    );
    for (const [i, reply] of replies.entries()) {
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding']).toBe('br');
      const expected = i % 2 ? files['zh/index.html']! : files['search/index-zh.json']!;
      expect(brotliDecompressSync(reply.body).toString()).toBe(expected);
    }
  });

  test('brotli or gzip by Accept-Encoding, and far fewer bytes on the wire', async () => {
    const br = await get(server.port, '/zh/', { 'accept-encoding': 'gzip, br' });
    const gz = await get(server.port, '/zh/', { 'accept-encoding': 'gzip' });
    const none = await get(server.port, '/zh/');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect(none.body.toString()).toBe(page);
    expect(br.body.length).toBeLessThan(none.body.length / 10);
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(none.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test("the build's own compressed copies go out as they are, unless the file is newer", async () => {
    // A copy that differs from what the server would make: the build's quality-11 brotli, say.
    const built = brotliCompressSync(Buffer.from(files['site.js']!), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
    });
    writeFileSync(join(site, 'site.js.br'), built);
    const fromCopy = await get(server.port, '/site.js', { 'accept-encoding': 'br' });
    expect(fromCopy.body.equals(built)).toBe(true);
    // The file changed after the build compressed it: the stale copy must not go out.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(site, 'site.js'), later, later);
    const fresh = await get(server.port, '/site.js', { 'accept-encoding': 'br' });
    expect(fresh.body.equals(built)).toBe(false);
    expect(brotliDecompressSync(fresh.body).toString()).toBe(files['site.js']);
  });

  test('directory without a slash redirects, unknown paths get 404.html, headers like nginx', async () => {
    const redirect = await get(server.port, '/zh');
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/zh/');
    const missing = await get(server.port, '/zh/nothing-here/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('没有这个页面');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    const hashed = await get(server.port, '/_astro/app.abc123.js');
    expect(hashed.headers['cache-control']).toContain('immutable');
    // The document's policies go with pages, errors and redirects; a script gets nosniff only.
    for (const reply of [redirect, missing]) {
      expect(reply.headers['content-security-policy']).toBe(
        "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
      );
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(self)');
    }
    expect(hashed.headers['x-content-type-options']).toBe('nosniff');
    for (const name of ['content-security-policy', 'referrer-policy', 'permissions-policy', 'last-modified'])
      expect(hashed.headers[name], name).toBeUndefined();
    const named = await get(server.port, '/site.js');
    expect(named.headers['cache-control']).toBe('no-cache');
  });

  test('a phone that holds a file revalidates it with a 304 of a few hundred bytes, not the file again', async () => {
    const first = await get(server.port, '/zh/', { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get(server.port, '/zh/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    const other = await get(server.port, '/site.js', { 'if-none-match': etag });
    expect(other.status).toBe(200);
    expect(other.body.toString()).toBe(files['site.js']);
  });
});

describe('stopping', () => {
  const refused = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(false)));
      socket.on('error', () => resolve(true));
    });

  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    test(`${signal} closes the port and exits`, async () => {
      const server = await serve();
      expect((await get(server.port, '/')).status).toBe(200);
      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      expect(await refused(server.port)).toBe(true);
    });

  test('npm start (build, then serve) leaves no server behind when its shell is stopped', async () => {
    // The start script as npm runs it (sh -c, the arguments appended), with the build already done.
    const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string;
    const command = `${script.replace('npm run build', 'true')} --port 0 --host 127.0.0.1 --dir ${site}`;
    const server = await start('sh', ['-c', command]);
    server.child.kill('SIGTERM');
    await server.exited;
    // Whatever process held the port must have gone with the shell.
    await new Promise((r) => setTimeout(r, 500));
    expect(await refused(server.port)).toBe(true);
  }, 15_000);
});

test('the decoder refuses what cannot name a file', () => {
  expect(decodePath('/%')).toBeUndefined();
  expect(decodePath('/bo/%ZZ')).toBeUndefined();
  expect(decodePath('/a%00b')).toBeUndefined();
  expect(decodePath('/a\\b')).toBeUndefined();
  expect(decodePath('http://evil/')).toBeUndefined();
  expect(decodePath('/bo/law/28/?q=%')).toBe('/bo/law/28/');
  expect(decodePath('/zh/%E6%B6%88/')).toBe('/zh/消/');
});

test('encoding: brotli first, gzip next, q=0 refused', () => {
  expect(chooseEncoding('gzip, deflate, br')).toBe('br');
  expect(chooseEncoding('gzip')).toBe('gzip');
  expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
  expect(chooseEncoding(undefined)).toBeUndefined();
  expect(chooseEncoding('identity')).toBeUndefined();
});

test('it prints the addresses phones on the Wi-Fi open', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    wlan0: [
      { address: '192.168.1.23', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
  } as unknown as Parameters<typeof listeningMessage>[3];
  const lines = listeningMessage('/srv/dist', '0.0.0.0', 4321, interfaces);
  expect(lines).toContain('open http://192.168.1.23:4321/screen/ on the screen; phones on this Wi-Fi can scan it');
  expect(lines.join('\n')).not.toContain('127.0.0.1:4321/screen');
  expect(listeningMessage('/srv/dist', '0.0.0.0', 4321, { lo: interfaces['lo'] }).join('\n')).toContain(
    'no network address found',
  );
  expect(listeningMessage('/srv/dist', '127.0.0.1', 4321, interfaces).join('\n')).toContain('only this computer');
});
