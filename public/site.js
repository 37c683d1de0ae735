// The only script on content pages: remembers the reader's language, adds copy buttons, and runs the
// service worker with its update prompt. Everything works without it.
(function () {
  var path = location.pathname;
  var store;
  try {
    store = window.localStorage;
  } catch (_blocked) {
    store = null;
  }
  var match = /^\/(zh|bo)\//.exec(path);
  // Storage full or blocked must not stop the rest of this script (the switcher's query, the service
  // worker): the only loss is that / does not open the reader's language next time.
  try {
    if (store && match) store.setItem('site.lang', match[1]);
    else if (store && path === '/' && location.search.indexOf('choose') < 0) {
      var saved = store.getItem('site.lang');
      if (saved === 'zh' || saved === 'bo') location.replace('/' + saved + '/');
    }
  } catch (_e) {
    /* nothing to tell the reader: the choice of language is one tap away on / */
  }

  // Built without a public address (SITE_URL), pages print paths: complete them with the address this
  // page was opened at, the one that works from here (the public site, or a laptop's Wi-Fi address).
  document.querySelectorAll('[data-own-url]').forEach(function (el) {
    var path = el.getAttribute('data-own-url');
    var url = new URL(path, location.href).href;
    var copy = el.getAttribute('data-copy');
    if (copy !== null) el.setAttribute('data-copy', copy.replace(path, url));
    else if (el.textContent === path) el.textContent = url;
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button || !navigator.clipboard) return;
    navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
      button.classList.add('copied');
    });
  });
  // Problem reports (DraftNotice): the sentence the reader selected goes into the ready text, and
  // the copy button, SMS and e-mail always carry what the textarea says.
  var picked = '';
  document.addEventListener('selectionchange', function () {
    var text = String(getSelection()).trim();
    if (text && !(document.activeElement && document.activeElement.matches('[data-report-text]')))
      picked = text.slice(0, 300);
  });
  function syncReport(box) {
    var text = box.querySelector('[data-report-text]').value;
    var copy = box.querySelector('[data-copy]');
    if (copy) copy.setAttribute('data-copy', text);
    box.querySelectorAll('[data-report-link]').forEach(function (a) {
      a.href = a.href.replace(/body=.*$/, 'body=' + encodeURIComponent(text));
    });
  }
  document.addEventListener(
    'toggle',
    function (event) {
      var box = event.target;
      if (!box.matches || !box.matches('[data-report]') || !box.open || !picked) return;
      var area = box.querySelector('[data-report-text]');
      area.value = area.value.replace(/（[^）]*）/, picked);
      syncReport(box);
    },
    true,
  );
  document.addEventListener('input', function (event) {
    var box = event.target.closest && event.target.closest('[data-report]');
    if (box) syncReport(box);
  });
  // The same page in the other language keeps its query (a search, a quiz paper code).
  if (location.search)
    document.querySelectorAll('a.switcher').forEach(function (a) {
      a.search = location.search;
    });
  document.querySelectorAll('[data-copy][hidden]').forEach(function (b) {
    if (navigator.clipboard) b.hidden = false;
  });

  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').then(
    function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        if (worker)
          worker.addEventListener('statechange', function () {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
          });
      });
    },
    function () {
      /* no service worker (private mode, some in-app browsers): the site works online */
    },
  );

  // Tell the worker this page's language (it keeps that language's shell only) and, on the page that
  // came before any worker (a first visit), the page and the files it loaded, once they are all here:
  // the worker keeps them from the browser's cache, so this page opens again without a signal.
  var firstPage = !navigator.serviceWorker.controller;
  addEventListener('load', function () {
    Promise.all([navigator.serviceWorker.ready, document.fonts ? document.fonts.ready : null]).then(function (ready) {
      var files = firstPage
        ? performance.getEntriesByType('resource').map(function (entry) {
            return entry.name;
          })
        : [];
      if (ready[0].active)
        ready[0].active.postMessage({
          type: 'KEEP',
          lang: match ? match[1] : null,
          page: firstPage ? path : null,
          files: files,
        });
    });
  });

  // The first service worker taking control is not an update: no reload then.
  var hadController = !!navigator.serviceWorker.controller;
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!hadController) {
      hadController = true;
      return;
    }
    if (reloading) return;
    reloading = true;
    location.reload();
  });

  // A new version is ready; it takes over only when the reader says so, all at once.
  function offerUpdate(worker) {
    if (document.getElementById('update-banner')) return;
    var banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    banner.innerHTML =
      '<p><span lang="bo">དྲ་ཚིགས་ཀྱི་པར་གཞི་གསར་པ་ཡོད།</span> <span lang="zh-CN">网站有新版本。</span></p>' +
      '<button type="button" class="button primary"><span lang="bo">གསར་བརྗེ</span> · <span lang="zh-CN">更新</span></button>';
    banner.querySelector('button').addEventListener('click', function () {
      worker.postMessage('SKIP_WAITING');
    });
    document.body.appendChild(banner);
  }
})();
