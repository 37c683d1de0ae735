/**
 * A server for the built site whose network the test controls: slow (every answer waits), down
 * (connections are cut, as when the phone loses the signal) or switched to another build. It runs in
 * the test process on a free loopback port, so each test gets its own origin and service worker.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteHandler } from '../../scripts/static-server.ts';
import { revisionOf } from '../../src/lib/offline/offline-manifest.ts';

export interface FaultServer {
  url: string;
  /** Every answer waits this long before it starts (0: none); `only` limits it to matching paths. */
  delay(ms: number, only?: RegExp): void;
  /** Cut every connection (a lost network) or serve again. */
  down(isDown: boolean): void;
  /** Serve another build from now on. */
  serve(dir: string): void;
  close(): Promise<void>;
}

export async function startFaultServer(dir = 'dist'): Promise<FaultServer> {
  let handler = siteHandler(dir);
  let wait = 0;
  let waitOnly: RegExp | undefined;
  let isDown = false;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (isDown) {
      request.socket.destroy();
      return;
    }
    const ms = !waitOnly || waitOnly.test(request.url ?? '') ? wait : 0;
    if (ms) setTimeout(() => handler(request, response), ms);
    else handler(request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delay: (ms, only) => ((wait = ms), (waitOnly = only)),
    down: (value) => {
      isDown = value;
      if (value) server.closeAllConnections();
    },
    serve: (next) => (handler = siteHandler(next)),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * A copy of dist/ that looks like the next deployment: a new service worker version, and the given
 * files changed (each gets a marker the test can look for), with offline-manifest.json to match;
 * `workerPrefix` runs before the new service worker (a simulated fault).
 */
export function nextBuild(
  target: string,
  build: string,
  workerPrefix: string,
  changed: Record<string, (text: string) => string>,
) {
  rmSync(target, { recursive: true, force: true });
  cpSync('dist', target, { recursive: true });
  const sw = readFileSync(`${target}/sw.js`, 'utf8');
  const oldBuild = /const BUILD = '([^']+)'/.exec(sw)![1]!;
  writeFileSync(`${target}/sw.js`, workerPrefix + sw.replaceAll(oldBuild, build));
  const manifest = JSON.parse(readFileSync(`${target}/offline-manifest.json`, 'utf8'));
  manifest.version = build;
  for (const [url, change] of Object.entries(changed)) {
    const file = `${target}${url.endsWith('/') ? `${url}index.html` : url}`;
    const text = change(readFileSync(file, 'utf8'));
    writeFileSync(file, text);
    for (const group of Object.values(manifest.groups) as { url: string; rev: string; bytes: number }[][])
      for (const entry of group)
        if (entry.url === url) {
          entry.rev = revisionOf(text);
          entry.bytes = Buffer.byteLength(text);
        }
  }
  writeFileSync(`${target}/offline-manifest.json`, JSON.stringify(manifest));
  return oldBuild;
}
