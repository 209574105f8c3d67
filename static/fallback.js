/* Massage Map: what #app shows when the interactive map cannot start, or
 * stops after a failure. Loaded by boot.js only then, never on a normal load. Plain ES5; no inline styles,
 * which the page's Content-Security-Policy would block.
 *   - file://: modules and wasm never load from disk, so it says what to do.
 *   - otherwise: the text version (fallback.html, built from the app's own
 *     components) replaces the loading text, or a link to it when even that
 *     cannot be fetched (say, a sandboxed frame without a CORS header).
 */
(function () {
  'use strict';
  var app = document.getElementById('app');
  var TEXT_VERSION = 'fallback.html';
  if (!app) return;

  // After a failure the app's own listeners are still on #app: a fresh copy
  // of the element leaves them behind, so nothing calls into the stopped app.
  function show(node) {
    var fresh = app.cloneNode(false);
    if (window.massageMapStopped) fresh.appendChild(stoppedNote());
    fresh.appendChild(node);
    app.parentNode.replaceChild(fresh, app);
    app = fresh;
  }

  function stoppedNote() {
    var again = link(location.href, 'Reload the page');
    return el('div', 'mm-notice', [el('p', '', [
      'Something went wrong in the interactive map, so here is the text version instead. ',
      again,
      ' to try the map again.'
    ])]);
  }

  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    for (var i = 0; i < children.length; i++) {
      var child = children[i];
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function link(href, text) {
    var a = el('a', '', [text]);
    a.href = href;
    return a;
  }

  if (location.protocol === 'file:') {
    // Published builds name their address (scripts/post-build.mjs, MASSAGE_MAP_BASE_URL).
    var home = document.querySelector('link[rel="canonical"]');
    show(el('div', 'mm-loading', [
      el('p', '', [el('strong', '', ['This page was opened from a file, and browsers do not run the body map from files.'])]),
      el('p', '', [
        'Serve this folder over http instead: in it, run ',
        el('code', '', ['python3 -m http.server 8080']),
        ' and open http://127.0.0.1:8080/ (in the project, ',
        el('code', '', ['bash scripts/serve.sh']),
        ' builds and serves it). ',
        home ? 'Or use the hosted page: ' : 'Or use the page where it is published.',
        home ? link(home.href, home.href) : ''
      ]),
      el('p', '', ['Meanwhile, the ', link(TEXT_VERSION, 'text version'), ' works from a file.'])
    ]));
    return;
  }

  function offerLink() {
    show(el('p', 'mm-loading', [
      'The interactive body map cannot start in this browser. ',
      link(TEXT_VERSION, 'Read the text version'),
      ': every area of the body, what may help, and when to see a doctor first.'
    ]));
  }

  if (!window.fetch || !window.DOMParser) return offerLink();
  fetch(TEXT_VERSION)
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    })
    .then(function (html) {
      // Our own same-origin markup; DOMParser runs no script in it.
      var content = new DOMParser().parseFromString(html, 'text/html').getElementById('mm-text-version');
      if (!content) throw new Error('no #mm-text-version');
      show(document.importNode(content, true));
      // A link to one area (?region=neck) opens at that area.
      var region = /[?&]region=([a-z-]+)(&|$)/.exec(location.search);
      var target = region && document.getElementById('mm-area-' + region[1]);
      if (target && target.scrollIntoView) target.scrollIntoView();
    })
    .catch(offerLink);
})();
