/*! Massage Map embed.js: sizes Massage Map iframes to their content. */
// For the page that embeds the widget: <script src=".../embed.js" async></script>,
// before or after the iframes, once or more. The widget posts
// { type: 'massage-map:height', height } to its parent whenever its height
// changes; this sets the height of the iframe that sent it (200..30000 px).
// Works with cross-origin and sandboxed frames: it matches event.source, never
// the origin or the iframe's URL, and reads nothing else from the message.
(function () {
  'use strict';
  if (window.massageMapEmbed) return;
  window.massageMapEmbed = true;

  var MIN = 200;
  var MAX = 30000;

  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'massage-map:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || !event.source) return;
    height = Math.round(Math.min(MAX, Math.max(MIN, height)));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        // The attribute for old themes, the CSSOM (allowed under any
        // style-src) over a stylesheet's height.
        frames[i].setAttribute('height', String(height));
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });

  // A widget that loaded first has already told its height: ask again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    try {
      frames[i].contentWindow.postMessage({ type: 'massage-map:ready' }, '*');
    } catch (e) {}
  }
})();
