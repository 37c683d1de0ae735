/* Fire-safety site service worker. See README.md beside this file. */
const BUILD = '__BUILD__';
const SHELL = `shell-${BUILD}`;
const SAVED = `saved-${BUILD}`;
const PAGES = `pages-${BUILD}`;
const SAVED_INFO = '/__saved__.json';
// A page this version does not hold waits this long for the network: on 2G a slow answer is the
// normal case. Only a network that fails (or stays silent this long) gives the offline page.
const NETWORK_PATIENCE_MS = 60_000;
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
 * before this version may take over. Unchanged files are moved, not copied, so an update needs room
 * for the changed files only, not for a second full copy; changed ones are downloaded. The old version
 * still finds a moved file (fromCaches looks in every saved cache after its own). A failure fails the
 * install and the old version keeps working; the next attempt skips what is already here.
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
    if (await saved.match(file.url)) continue;
    const unchanged = oldRevisions[file.url] === file.rev ? await old.match(file.url) : undefined;
    const response = unchanged || (await fetch(file.url, { cache: 'reload' }));
    if (!response.ok) throw new Error(`could not update saved file ${file.url}: ${response.status}`);
    await saved.put(file.url, response);
    if (unchanged) await old.delete(file.url);
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

/**
 * Pages: this version's own copy when it holds one (saved, shell or visited). Within one version a
 * page never changes (any change makes a new version and a new worker), so the page, its scripts and
 * the search index come from the same deployment, and a slow network costs nothing. Other pages: the
 * network, however slow; the offline page only when the network fails.
 */
async function page(request, url) {
  const held = await fromCaches(stripQuery(url));
  if (held) return held;
  try {
    const response = await withTimeout(fetch(request), NETWORK_PATIENCE_MS);
    // While a newer worker is installing or waiting, the server already has the next deployment:
    // its pages must not join this version's caches.
    if (response.ok && !updatePending()) {
      const copy = response.clone();
      caches.open(PAGES).then((cache) => cache.put(stripQuery(url), copy));
    }
    return response;
  } catch {
    const lang = url.pathname.startsWith('/bo/') ? 'bo' : 'zh';
    return (await fromCaches(`/${lang}/offline/`)) || new Response('offline', { status: 503 });
  }
}

const updatePending = () => !!(self.registration.installing || self.registration.waiting);

/**
 * Everything else: from the caches first (hashed or versioned files), else the network. A request that
 * asks to revalidate (`cache: 'no-cache'` or `'reload'`: the offline page reading the manifest and
 * saving files) goes to the network, so a save never takes this version's copies for the next
 * version's files; the caches answer it only when the network fails.
 */
async function asset(request) {
  if (request.cache === 'no-cache' || request.cache === 'reload') {
    try {
      return await fetch(request);
    } catch (error) {
      const cached = await fromCaches(request.url);
      if (cached) return cached;
      throw error;
    }
  }
  const cached = await fromCaches(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !updatePending()) {
    const copy = response.clone();
    caches.open(PAGES).then((cache) => cache.put(request, copy));
  }
  return response;
}

/** This version's caches first, then files a newer version, installing, moved out of our saved set. */
async function fromCaches(url) {
  for (const name of [SHELL, SAVED, PAGES]) {
    const hit = await (await caches.open(name)).match(url);
    if (hit) return hit;
  }
  for (const name of await caches.keys()) {
    if (!name.startsWith('saved-') || name === SAVED) continue;
    const hit = await (await caches.open(name)).match(url);
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
