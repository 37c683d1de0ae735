/* Fire-safety site service worker. See README.md beside this file. */
const BUILD = '__BUILD__';
const SHELL = `shell-${BUILD}`;
const SAVED = `saved-${BUILD}`;
const PAGES = `pages-${BUILD}`;
const SAVED_INFO = '/__saved__.json';
// A page this version does not hold waits this long for the network: on 2G a slow answer is the
// normal case. Only a network that fails (or stays silent this long) gives the offline page.
const NETWORK_PATIENCE_MS = 60_000;
// Each language's shell (its offline page, what to do in a fire, and their scripts), written in at
// build time: { zh: [url, …], bo: [url, …] }. The first url is the language's offline page.
const SHELLS = self.__SHELLS;
// What a script loads only when asked (the quiz's exam), written in at build time:
// { "/_astro/entry.js": ["/_astro/later.js", …] }. Kept with a page that ran the script.
const LAZY = self.__LAZY;
// Saved files are stored gzip-compressed (about a quarter of the room) and marked so; see storedForm.
const STORED_ENCODING = 'x-stored-encoding';

const NEVER_KEPT = new Set(['/sw.js', '/offline-manifest.json']);

const languageOf = (path) => Object.keys(SHELLS).find((lang) => path.startsWith(`/${lang}/`));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      // Saved content first: a shell file the reader saved is kept there, once.
      await carrySavedContentForward();
      for (const lang of await readerLanguages()) await keepShell(shell, lang);
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
  if (event.data?.type === 'KEEP') event.waitUntil(keep(event.data));
});

/**
 * The languages whose shell this version keeps: those of the pages open now (the first visit's page
 * registered this worker), and, on an update, those the previous version kept. A Chinese reader's
 * phone never downloads the Tibetan shell, nor the other way round, until the reader opens it.
 */
async function readerLanguages() {
  const languages = new Set();
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const lang = languageOf(new URL(client.url).pathname);
    if (lang) languages.add(lang);
  }
  for (const name of await caches.keys()) {
    if (!name.startsWith('shell-') || name === SHELL) continue;
    const old = await caches.open(name);
    for (const lang of Object.keys(SHELLS)) if (await old.match(SHELLS[lang][0])) languages.add(lang);
  }
  return [...languages];
}

/**
 * Keeps a language's shell, except what this version holds already (a saved file is stored once).
 * Revalidates rather than downloads (`no-cache`): what the page just loaded (site.js, a script) is in
 * the browser's cache and costs a 304; the rest is fetched once.
 */
async function keepShell(shell, lang) {
  const saved = await caches.open(SAVED);
  const wanted = [];
  for (const url of SHELLS[lang]) if (!(await shell.match(url)) && !(await saved.match(url))) wanted.push(url);
  await shell.addAll(wanted.map((url) => new Request(url, { cache: 'no-cache' })));
}

/**
 * site.js, once a page has loaded: its language (keep that shell, if not yet kept) and, for the page
 * that came before this worker (the first visit), the page and every file it loaded (fonts, island
 * scripts, data), so that page opens again when the signal drops. Those files are in the browser's
 * cache: each costs a 304, not a second download. The scripts they load only when asked (LAZY) are
 * fetched too, so the quiz's exam opens offline. Best effort: a file that fails is fetched when next
 * needed.
 */
async function keep({ lang, page: path, files }) {
  if (updatePending()) return;
  if (SHELLS[lang]) await keepShell(await caches.open(SHELL), lang).catch(() => undefined);
  const wanted = [];
  if (typeof path === 'string') wanted.push(stripQuery(new URL(path, self.location.origin)));
  for (const file of Array.isArray(files) ? files : []) {
    const url = new URL(file, self.location.origin);
    // The save list always comes from the network: a kept copy would offer an old deployment's files.
    if (url.origin !== self.location.origin || NEVER_KEPT.has(url.pathname)) continue;
    wanted.push(url.href);
    // Not loaded yet, so not in the browser's cache: fetched once, here, after the page has loaded.
    for (const later of LAZY[url.pathname] || []) wanted.push(new URL(later, self.location.origin).href);
  }
  const pages = await caches.open(PAGES);
  for (const url of new Set(wanted)) {
    if (await held(url)) continue;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.ok && response.type === 'basic' && !updatePending()) await pages.put(url, response);
    } catch {
      // Offline again already: this file is fetched when next needed.
    }
  }
}

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
    // no-store: the saved cache is the one copy; the browser's cache keeps none.
    const response = unchanged || (await fetch(file.url, { cache: 'no-store' }));
    if (!response.ok) throw new Error(`could not update saved file ${file.url}: ${response.status}`);
    await saved.put(file.url, unchanged ? response : await storedForm(response));
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

/**
 * What a saved file is stored as: gzip-compressed where the browser can (CompressionStream), marked
 * with STORED_ENCODING; readable() gives it back as it was. The same as saved-cache.ts does.
 */
async function storedForm(response) {
  if (typeof CompressionStream === 'undefined') return response;
  const headers = new Headers(response.headers);
  headers.set(STORED_ENCODING, 'gzip');
  headers.delete('content-length');
  headers.delete('content-encoding');
  const body = await new Response(response.body.pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function readable(response) {
  if (response.headers.get(STORED_ENCODING) !== 'gzip') return response;
  const headers = new Headers(response.headers);
  headers.delete(STORED_ENCODING);
  headers.delete('content-length');
  headers.delete('content-encoding');
  const body = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
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
    // The reader's language's offline page (the first of its shell); the source language's elsewhere.
    const shell = SHELLS[languageOf(url.pathname) ?? Object.keys(SHELLS)[0]];
    return (await fromCaches(shell[0])) || new Response('offline', { status: 503 });
  }
}

const updatePending = () => !!(self.registration.installing || self.registration.waiting);

/**
 * Everything else: from the caches first (hashed or versioned files), else the network. A request that
 * asks the network (`cache: 'no-cache'`, `'reload'` or `'no-store'`: the offline page reading the
 * manifest and saving files) goes to the network, so a save never takes this version's copies for the
 * next version's files; the caches answer it only when the network fails. Such requests are not kept
 * here either: a save stores its files itself, once.
 */
async function asset(request) {
  if (request.cache === 'no-cache' || request.cache === 'reload' || request.cache === 'no-store') {
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

/** A held file as the page needs it (a saved one uncompressed), or undefined. */
async function fromCaches(url) {
  const hit = await held(url);
  return hit && readable(hit);
}

/** This version's caches first, then files a newer version, installing, moved out of our saved set. */
async function held(url) {
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
