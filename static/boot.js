/* Massage Map: the classic script every page runs in its <head>, before
 * anything is drawn; kept tiny. Plain ES5.
 *
 * 0. A link from before every area had its page (?region=knees&view=back)
 *    goes on to that page, with its other parameters, through the table the
 *    prerendered intro carries (#mm-old-links, written by src/route.rs).
 * 1. The host page's settings from the URL go onto <html>: theme=light|dark,
 *    size=compact, embed=1, and accent=<hex>, adjusted per colour scheme to
 *    keep text contrast. Unknown values are ignored without a notice: a
 *    blogger's typo must never put an error in their post.
 * 2. In a frame, the page's height goes to the host whenever it changes (and
 *    repeatedly in the first seconds, see below), in the three forms hosts
 *    listen for: ours (embed.js), WordPress's (with its #?secret=) and AMP's.
 *    In WordPress's sandboxed frame, a click on the full map's link goes to
 *    WordPress's script, which opens it in the reader's tab.
 * 3. Before the app runs, a tap on a link to another page of the site opens
 *    that page in place (fetched; the prerendered #app swapped in, at the
 *    page's address), which the app takes over when it runs. Where that
 *    cannot be (file://, a sandboxed frame, the app failed), it is a page
 *    load, and on one column the page it opens brings its answer into view.
 * 4. When the app cannot run. The page is complete without it (every link is
 *    a page), so this only hides the controls that need the app, and loads
 *    fallback.js to say why: from file://, or when the app stopped after a
 *    failure (the module start-<hash>.js, written by scripts/build.mjs, calls
 *    window.massageMapFallback then). A normal load fetches nothing more.
 */
(function () {
  'use strict';
  var root = document.documentElement;

  // 1. Settings. The first of a repeated parameter wins, as in the app (src/route.rs).
  var query = {};
  var pairs = location.search.slice(1).split('&');
  for (var i = 0; i < pairs.length; i++) {
    var at = pairs[i].indexOf('=');
    var key = pairs[i].slice(0, at);
    if (at > 0 && !Object.prototype.hasOwnProperty.call(query, key)) query[key] = pairs[i].slice(at + 1);
  }
  // An id as the app reads it: decoded, without surrounding spaces, in any case.
  function id(value) {
    try { value = decodeURIComponent(value); } catch (e) { /* kept as written: it matches nothing */ }
    return value.trim().toLowerCase();
  }

  // 0. Old links, before the page is drawn. An unknown value stays: the app
  //    says politely that part of the link matched nothing.
  var table = document.getElementById('mm-old-links');
  if (table && (query.region || query.view || query.massage)) {
    var known = {};
    try { known = JSON.parse(table.textContent); } catch (e) { /* no table, no redirect */ }
    var files = known.files || {};
    var view = query.view ? id(query.view) : '';
    var kind = query.region ? 'region' : query.massage ? 'massage' : '';
    var name = kind && id(query[kind]);
    var file;
    if (view === '' || view === 'front' || view === 'back') {
      if (!kind) file = files['view ' + view];
      // A known id: the table's file, else the rule of route::old_link_default.
      else if ((known[kind] || []).indexOf(name) >= 0) {
        file = files[kind + ' ' + name + (view && ' ' + view)] ||
          (kind === 'massage' ? 'massage-' : '') + name + (view === 'back' ? '-back' : '') + '.html';
      }
    }
    if (file) {
      // The region's page keeps a massage type as its lens; a massage type's page is the lens.
      var kept = pairs.filter(function (pair) {
        var key = pair.split('=')[0];
        return pair && key !== 'region' && key !== 'view' && !(key === 'massage' && !query.region);
      });
      location.replace(file + (kept.length ? '?' + kept.join('&') : '') + location.hash);
      return;
    }
  }
  // Read as the app reads every value: decoded, trimmed, in any case (`theme=Dark`).
  function setting(name) {
    return Object.prototype.hasOwnProperty.call(query, name) ? id(query[name]) : '';
  }
  var theme = setting('theme');
  var embed = setting('embed');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (setting('size') === 'compact') root.setAttribute('data-size', 'compact');
  if (embed === '1' || embed === 'true') root.setAttribute('data-embed', '');

  // Links to the site's own pages keep the host's parameters (theme, embed…):
  // before the app runs, and where it cannot, a tap is a page load.
  var foreign = pairs.filter(function (pair) {
    return pair && ['region', 'view', 'massage', 'benefit'].indexOf(pair.split('=')[0]) < 0;
  });
  var PAGE = /^[\w-]+\.html(\?|$)/;
  function withForeign(href) {
    return foreign.length ? href + (href.indexOf('?') < 0 ? '?' : '&') + foreign.join('&') : href;
  }
  function keepParameters(scope) {
    var links = scope.querySelectorAll('a[href]');
    for (var i = 0; foreign.length && i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (PAGE.test(href)) links[i].setAttribute('href', withForeign(href));
    }
  }
  // Not on a page opened in place before then: that one has them already.
  var swapped = false;
  addEventListener('DOMContentLoaded', function () {
    var app = document.getElementById('app');
    if (app && !swapped) keepParameters(app);
  });

  // `0a56a5`, `#0a56a5` (written %230a56a5 in a URL) or the short `05a`: [r, g, b].
  function parseHex(value) {
    var digits = /^(?:%23|#)?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value || '');
    if (!digits) return null;
    var hex = digits[1].length === 3 ? digits[1].replace(/./g, '$&$&') : digits[1];
    return [0, 2, 4].map(function (at) { return parseInt(hex.substr(at, 2), 16); });
  }

  // WCAG relative luminance and contrast ratio.
  function luminance(rgb) {
    var weights = [0.2126, 0.7152, 0.0722];
    return rgb.reduce(function (sum, channel, at) {
      var c = channel / 255;
      return sum + weights[at] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }, 0);
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // `colour` itself when it reads well on `surface` (4.5:1, the contrast of
  // text); otherwise the same hue mixed towards black (on light) or white (on
  // dark) just enough that it does.
  function readableOn(colour, surface) {
    var towards = luminance(surface) > 0.5 ? 0 : 255;
    for (var step = 0; step <= 20; step++) {
      var mixed = colour.map(function (c) { return Math.round(c + (towards - c) * step / 20); });
      if (contrast(mixed, surface) >= 4.5) return mixed;
    }
    return [towards, towards, towards];
  }
  function css(rgb) {
    return '#' + rgb.map(function (c) { return (c < 16 ? '0' : '') + c.toString(16); }).join('');
  }

  var accent = parseHex(query.accent);
  if (accent) {
    // The surfaces of styles/app.css (--surface), light and dark.
    root.style.setProperty('--accent-light', css(readableOn(accent, [255, 255, 255])));
    root.style.setProperty('--accent-dark', css(readableOn(accent, [0x18, 0x20, 0x29])));
  }

  // A click that follows a link in this tab: the main button, no modifier
  // (those open a new tab or window, which the browser should do).
  function plainClick(event) {
    return event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
  }

  // 2. The height, for a host page. A hidden cross-origin frame (WordPress
  //    clips its frame to 1 px until the first height arrives) runs no
  //    rendering steps: no ResizeObserver, no animation frame. And WordPress's
  //    one `ready` comes at its DOMContentLoaded, mostly before this page
  //    exists. So the height also goes now, at DOMContentLoaded and load, and
  //    every 250 ms for 5 s (sent again even if unchanged: the host's script
  //    may not have been listening yet); getBoundingClientRect() lays the page
  //    out even when rendering is throttled. Later changes: ResizeObserver.
  if (window.parent !== window) {
    var secret = /secret=([A-Za-z0-9]{1,32})(?:&|$)/.exec(location.hash);
    var last = 0;
    var post = function (force) {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      parent.postMessage({ type: 'massage-map:height', height: height }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
      if (secret) parent.postMessage({ message: 'height', value: height, secret: secret[1] }, '*');
    };
    var changed = function () { post(false); };
    var ticks = 0;
    var timer = setInterval(function () {
      post(true);
      if (++ticks === 20) clearInterval(timer);
    }, 250);
    post(true);
    // A sandboxed frame opens no links: WordPress's script opens the full map's for us.
    if (secret && window.origin === 'null') {
      root.setAttribute('data-host-opens-links', '');
      addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.mm-embed-bar a[href]');
        if (!link || !plainClick(event)) return;
        event.preventDefault();
        parent.postMessage({ message: 'link', value: link.href, secret: secret[1] }, '*');
      });
    }
    addEventListener('DOMContentLoaded', changed);
    addEventListener('load', changed);
    if (window.ResizeObserver) new ResizeObserver(changed).observe(root);
    // WordPress, and embed.js when it loads after this page, ask again.
    addEventListener('message', function (event) {
      var data = event.data || {};
      if ((data.message === 'ready' && typeof data.secret === 'string') || data.type === 'massage-map:ready') post(true);
    });
  }

  // 3. Before the app runs, a tap on an area (the figure, the list, a link in
  //    the answer) is a page load. On one column the new page's answer is
  //    below its figure, out of sight, so the tap asks for it with #answer
  //    (no element has that id: the browser does not jump) and the new page
  //    brings it up as the app does for its own taps (browser::reveal); the
  //    address loses the #answer. Other links (the views, the lens), reloads,
  //    back and forward keep the browser's own scrolling.
  if (location.hash === '#answer') {
    try { history.replaceState(history.state, '', location.href.split('#')[0]); } catch (e) { /* file:// */ }
    if (window.parent === window) addEventListener('DOMContentLoaded', function () { reveal(true); });
  }
  // A link of the app to another of its pages, in this tab: its href, or null.
  function pageLink(event) {
    var link = event.target.closest && event.target.closest('#app a[href]');
    if (!link || root.getAttribute('data-app') === 'ready' || event.defaultPrevented || !plainClick(event) ||
      link.getAttribute('target')) return null;
    var href = link.getAttribute('href');
    if (!PAGE.test(href)) return null;
    // Before DOMContentLoaded the links do not have the host's parameters yet.
    return { link: link, href: document.readyState === 'loading' ? withForeign(href) : href };
  }
  // An answer's link: it brings the answer into view (the others keep the scrolling).
  function answers(link) {
    return !!link.closest('[data-region], #mm-region-list, #mm-panel');
  }
  // A mouse button goes down a moment before its click: the page is asked for then. Not a
  // finger, which may be starting to scroll.
  addEventListener('pointerdown', function (event) {
    var page = event.pointerType === 'mouse' && pageLink(event);
    if (page && opensInPlace()) fetchPage(new URL(page.href, location.href).href);
  });
  addEventListener('click', function (event) {
    var page = pageLink(event);
    if (!page) return;
    if (opensInPlace()) {
      event.preventDefault();
      openInPlace(new URL(page.href, location.href).href, page.link, true);
    } else if (answers(page.link)) {
      event.preventDefault();
      // A frame has no scrolling of its own; it keeps its hash (WordPress's #?secret=).
      location.assign(page.href + (window.parent === window ? '#answer' : location.hash));
    }
  });

  // 3a. And where it can, before the app runs, a page of the site opens in
  //     place: fetched, and its prerendered #app put in for this one, at its
  //     address, so a tap costs one request, not a page load. It is the same
  //     page the link opens, and the app later takes it over. Not when the
  //     app could not start (then the links stay plain links), nor in a
  //     sandboxed frame (origin "null": a fetch would need CORS), nor once the
  //     app's module is taking over (start-<hash>.js sets
  //     massageMapStarting once nothing is opening: massageMapOpening()).
  var fetched = {};
  var opening = null;
  // The address of the page on show, without its hash: Back to a hash on it changes nothing.
  var shown = location.href.split('#')[0];
  function opensInPlace() {
    return !!(window.fetch && window.DOMParser && window.URL && history.pushState) && window.origin !== 'null' &&
      !window.massageMapStarting && !root.hasAttribute('data-no-app') && root.getAttribute('data-app') !== 'ready';
  }
  function fetchPage(url) {
    if (!fetched[url]) {
      fetched[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      });
      // A failed fetch is tried again (as a page load) by the tap that needs it.
      fetched[url].catch(function () { delete fetched[url]; });
    }
    return fetched[url];
  }
  window.massageMapOpening = function () { return opening && opening.done; };
  function openInPlace(url, link, push) {
    if (opening && opening.url === url) return;
    var ticket = opening = { url: url };
    var framed = window.parent !== window;
    // Until it is there, the page shows that it is coming (styles/app.css).
    root.setAttribute('data-opening', '');
    // Not waiting for this page to finish parsing: the parser goes on filling the #app taken
    // out, which is never laid out, so a tap during a slow load costs no more than one after it.
    ticket.done = fetchPage(url).then(function (text) {
      if (opening !== ticket) return;
      var next = new DOMParser().parseFromString(text, 'text/html');
      var app = next.getElementById('app');
      var here = document.getElementById('app');
      if (!app || !here || !opensInPlace()) throw new Error('not a page of this site');
      keepParameters(app);
      // The live region stays the same node, so its new words are heard.
      var live = document.getElementById('mm-announce');
      var said = app.querySelector('#mm-announce');
      var words = said ? said.textContent : '';
      if (live && said) said.parentNode.replaceChild(live, said);
      var focused = document.activeElement && here.contains(document.activeElement) ? document.activeElement.id : '';
      // In a frame, as the app does: no entry in the host's history, and the frame keeps its hash.
      var address = url + (framed ? location.hash : '');
      if (push) history[framed ? 'replaceState' : 'pushState'](null, '', address);
      here.parentNode.replaceChild(document.adoptNode(app), here);
      swapped = true;
      shown = url;
      document.title = next.title;
      if (live) live.textContent = words;
      // Focus as the app moves it: a figure's area or a view keeps it; from the list or the
      // answer, the answer's heading takes it.
      var figure = !!(link && link.closest('.mm-figure'));
      var target = link && answers(link) && !figure ? 'mm-panel-title' : focused;
      var focus = target && document.getElementById(target);
      if (focus) focus.focus({ preventScroll: true });
      if (link && answers(link)) reveal(figure);
    })['catch'](function () {
      // Then as a page load, as without this: a link followed, or Back's entry loaded.
      if (opening !== ticket) return;
      if (!push) return location.reload();
      location.assign(url + (framed ? location.hash : link && answers(link) ? '#answer' : ''));
    }).then(function () {
      if (opening !== ticket) return;
      opening = null;
      root.removeAttribute('data-opening');
    });
  }
  // Back and forward between pages opened in place, until the app has its own.
  addEventListener('popstate', function () {
    var url = location.href.split('#')[0];
    if (url !== shown && opensInPlace()) openInPlace(url, null, false);
  });

  // browser::reveal of the app: the answer's top into view when it is above
  // the screen or, after a tap on the figure on one column, low on it or
  // below; in a frame embed.js is asked to scroll its page.
  function reveal(below) {
    var panel = document.getElementById('mm-panel');
    if (!panel) return;
    var top = panel.getBoundingClientRect().top;
    var oneColumn = matchMedia('(max-width: 59.99rem)').matches;
    if (window.parent !== window) {
      parent.postMessage({ type: 'massage-map:show', top: top, below: below && oneColumn }, '*');
      if (root.scrollHeight <= innerHeight + 1) return;
    }
    if (top < 0 || (below && oneColumn && top >= innerHeight * 0.6)) panel.scrollIntoView({ block: 'start' });
  }

  // 4. When the app cannot run.
  var settled = false;
  window.massageMapFallback = function (reason) {
    if (settled) return;
    settled = true;
    var what = window.massageMapStopped ? 'stopped' : 'could not start';
    if (reason && window.console) console.warn('Massage Map: the interactive map ' + what + ' (' + reason + ').');
    root.setAttribute('data-no-app', '');
    if (location.protocol !== 'file:' && !window.massageMapStopped) return;
    var script = document.createElement('script');
    script.src = 'fallback.js';
    document.head.appendChild(script);
  };

  // Modules and WebAssembly never load from file://; fallback.js says so.
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
