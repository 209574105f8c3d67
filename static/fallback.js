/* Massage Map: a note at the top of the page when the interactive map cannot
 * run here, loaded by boot.js only then, never on a normal load. The page
 * itself stays: every area and massage type is a page of its own, so its
 * links work without the app. Plain ES5; no inline styles, which the page's
 * Content-Security-Policy would block.
 *   - file://: modules and wasm never load from disk, so it says what to do.
 *   - after a failure in the app: the page as it is, without the app's
 *     listeners, and a way to try again.
 */
(function () {
  'use strict';

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

  function note() {
    if (window.massageMapStopped) {
      return el('div', 'mm-notice', [el('p', '', [
        'Something went wrong in the interactive map. This page still works: its links open each area of the body. ',
        link(location.href, 'Reload the page'),
        ' to try the map again.'
      ])]);
    }
    // Published builds name their address (src/bin/prerender.rs, MASSAGE_MAP_BASE_URL).
    var home = document.querySelector('link[rel="canonical"]');
    return el('div', 'mm-notice mm-file-note', [
      el('p', '', [el('strong', '', ['This page was opened from a file, where browsers do not run the interactive map.'])]),
      el('p', '', [
        'Its pages and links still work. For the map itself, serve this folder over http: in it, run ',
        el('code', '', ['python3 -m http.server 8080']),
        ' and open http://127.0.0.1:8080/ (in the project, ',
        el('code', '', ['bash scripts/serve.sh']),
        ' builds and serves it). ',
        home ? 'Or use the hosted page: ' : 'Or use the page where it is published.',
        home ? link(home.href, home.href) : ''
      ])
    ]);
  }

  function show() {
    var app = document.getElementById('app');
    if (!app) return;
    var page = app;
    // After a failure the app's own listeners are still on #app: a copy of
    // the element leaves them behind, so nothing calls into the stopped app.
    if (window.massageMapStopped) {
      page = app.cloneNode(true);
      app.parentNode.replaceChild(page, app);
    }
    page.insertBefore(note(), page.firstChild);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
