// The only script on content pages: remembers the reader's language and adds copy buttons.
// Everything works without it.
(function () {
  var path = location.pathname;
  var store;
  try { store = window.localStorage; } catch (e) { store = null; }
  var match = /^\/(zh|bo)\//.exec(path);
  if (store) {
    if (match) store.setItem('site.lang', match[1]);
    else if (path === '/' && location.search.indexOf('choose') < 0) {
      var saved = store.getItem('site.lang');
      if (saved === 'zh' || saved === 'bo') location.replace('/' + saved + '/');
    }
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button || !navigator.clipboard) return;
    navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
      var done = button.getAttribute('data-copied');
      if (done) button.setAttribute('aria-label', done);
      button.classList.add('copied');
    });
  });
  document.querySelectorAll('[data-copy][hidden]').forEach(function (b) { if (navigator.clipboard) b.hidden = false; });
})();
