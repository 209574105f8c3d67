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

  // The locale's words (data/locale/*.toml, keys fallback_*), written in by the build.
  var TEXT = /* locale */ {};

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

  // `text` with each {name} replaced by values[name] (a string or a node), as nodes.
  function filled(text, values) {
    return text.split(/\{([a-z0-9_]+)\}/).map(function (part, i) {
      return i % 2 ? values[part] : part;
    });
  }

  function note() {
    if (window.massageMapStopped) {
      return el('div', 'mm-notice', [el('p', '', filled(TEXT.fallback_stopped, {
        reload: link(location.href, TEXT.fallback_reload)
      }))]);
    }
    // Published builds name their address (src/bin/prerender.rs, MASSAGE_MAP_BASE_URL).
    var home = document.querySelector('link[rel="canonical"]');
    var serve = filled(TEXT.fallback_file_serve, {
      command: el('code', '', ['python3 -m http.server 8080']),
      address: 'http://127.0.0.1:8080/',
      script: el('code', '', ['bash scripts/serve.sh'])
    });
    var elsewhere = home
      ? filled(TEXT.fallback_file_hosted, { address: link(home.href, home.href) })
      : [TEXT.fallback_file_published];
    return el('div', 'mm-notice mm-file-note', [
      el('p', '', [el('strong', '', [TEXT.fallback_file_title])]),
      el('p', '', serve.concat(elsewhere))
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
