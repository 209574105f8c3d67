/* Massage Map: the classic script every page load runs, kept tiny.
 *
 * Classic on purpose: it runs where the app's module scripts do not (a page
 * opened from disk, a browser without modules, a sandboxed frame whose host
 * sends no CORS header). It does not load the app; the module bootstrap
 * (start-<hash>.js, written by scripts/post-build.mjs) does, and calls
 * window.massageMapFallback when WebAssembly is missing or fails. On any such
 * failure this loads fallback.js, which explains file:// or shows the text
 * version (fallback.html). A normal load fetches neither. Plain ES5.
 */
(function () {
  'use strict';
  var settled = false;

  window.massageMapFallback = function (reason) {
    if (settled) return;
    settled = true;
    if (reason && window.console) console.warn('Massage Map: the interactive map could not start (' + reason + ').');
    var script = document.createElement('script');
    script.src = 'fallback.js';
    document.body.appendChild(script);
  };

  // Modules and WebAssembly never load from file://; fallback.js says what to do.
  if (location.protocol === 'file:') return window.massageMapFallback('');

  // A module script that fails to load (blocked, 404, no CORS header in a
  // sandboxed frame) fires "error" on its element, seen here in the capture phase.
  addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT' && target.type === 'module') {
      window.massageMapFallback('could not load ' + target.src);
    }
  }, true);

  if (!('noModule' in document.createElement('script'))) {
    window.massageMapFallback('no JavaScript modules');
  } else if (typeof WebAssembly !== 'object') {
    window.massageMapFallback('no WebAssembly');
  }
})();
