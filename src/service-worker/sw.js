/* Fire-safety site service worker. See README.md beside this file. */
const BUILD = '__BUILD__';
const SHELL = `shell-${BUILD}`;
const SAVED = `saved-${BUILD}`;
const PAGES = `pages-${BUILD}`;
const SAVED_INFO = '/__saved__.json';
const NETWORK_TIMEOUT_MS = 3000;
const PRECACHE = self.__WB_MANIFEST;

const urlOf = (entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.location.origin).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await shell.addAll(PRECACHE.map((entry) => new Request(urlOf(entry), { cache: 'reload' })));
      await carrySavedContentForward();
      // The first install takes over at once; an update (an older worker is active) waits for the
      // reader to accept it, so a page never runs with a mix of old and new files.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL, SAVED, PAGES]);
      for (const name of await caches.keys())
        if (!keep.has(name) && /^(shell|saved|pages)-/.test(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
  if (event.data === 'GET_BUILD') event.source?.postMessage({ type: 'BUILD', build: BUILD });
});

/**
 * If the reader had saved the site with an older version, save the same languages for this version
 * before this version may take over: unchanged files are copied, changed ones downloaded.
 * A failure fails the install, and the old version keeps working untouched.
 */
async function carrySavedContentForward() {
  const oldName = (await caches.keys()).find((name) => name.startsWith('saved-') && name !== SAVED);
  if (!oldName) return;
  const old = await caches.open(oldName);
  const infoResponse = await old.match(SAVED_INFO);
  if (!infoResponse) return;
  const info = await infoResponse.json();
  const manifest = await (await fetch('/offline-manifest.json', { cache: 'reload' })).json();
  const saved = await caches.open(SAVED);
  const oldRevisions = info.revisions || {};
  for (const file of filesFor(manifest, info.languages)) {
    const cached = oldRevisions[file.url] === file.rev ? await old.match(file.url) : undefined;
    const response = cached || (await fetch(file.url, { cache: 'reload' }));
    if (!response.ok) throw new Error(`could not update saved file ${file.url}: ${response.status}`);
    await saved.put(file.url, response);
  }
  const revisions = Object.fromEntries(filesFor(manifest, info.languages).map((f) => [f.url, f.rev]));
  await saved.put(SAVED_INFO, jsonResponse({ ...info, version: manifest.version, revisions }));
}

function filesFor(manifest, languages) {
  const urls = new Map();
  for (const group of ['shared', ...languages])
    for (const file of manifest.groups[group] || []) urls.set(file.url, file);
  return [...urls.values()];
}

const jsonResponse = (data) => new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else event.respondWith(asset(request));
});

/** Pages: the network if it answers within 3 s, else any cached copy, else the offline page. */
async function page(request, url) {
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    if (response.ok) {
      const copy = response.clone();
      caches.open(PAGES).then((cache) => cache.put(stripQuery(url), copy));
    }
    return response;
  } catch {
    const cached = await fromCaches(stripQuery(url));
    if (cached) return cached;
    const lang = url.pathname.startsWith('/bo/') ? 'bo' : 'zh';
    return (await fromCaches(`/${lang}/offline/`)) || new Response('offline', { status: 503 });
  }
}

/** Everything else: from the caches first (hashed or versioned files), else the network. */
async function asset(request) {
  const cached = await fromCaches(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(PAGES).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function fromCaches(url) {
  for (const name of [SHELL, SAVED, PAGES]) {
    const cache = await caches.open(name);
    const hit = await cache.match(url);
    if (hit) return hit;
  }
  return undefined;
}

/** Pages are stored without their query (?q=…, ?mode=…): the page itself reads the query. */
const stripQuery = (url) => url.origin + url.pathname;

const withTimeout = (promise, ms) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
