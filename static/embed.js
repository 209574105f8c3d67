/*! Massage Map embed.js: sizes Massage Map iframes to their content. */
// For the page that embeds the widget: <script src=".../embed.js" async></script>,
// before or after the iframes, once or more. The widget posts
// { type: 'massage-map:height', height } to its parent whenever its height
// changes; this sets the height of the iframe that sent it (200..30000 px).
// A frame as tall as its content never scrolls, so for a new answer it posts
// { type: 'massage-map:show', top, below }: this page scrolls when that point
// of the frame is above the screen, or (below) in the lower part of it.
// Works with cross-origin and sandboxed frames: it matches event.source, never
// the origin or the iframe's URL, and reads nothing else from the message.
(function () {
  'use strict';
  if (window.massageMapEmbed) return;
  window.massageMapEmbed = true;

  var MIN = 200;
  var MAX = 30000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !event.source) return;
    if (data.type === 'massage-map:height') {
      var height = data.height;
      var frame = typeof height === 'number' && isFinite(height) && frameOf(event.source);
      if (!frame) return;
      height = Math.round(Math.min(MAX, Math.max(MIN, height)));
      // The attribute for old themes, the CSSOM (allowed under any
      // style-src) over a stylesheet's height.
      frame.setAttribute('height', String(height));
      frame.style.height = height + 'px';
    } else if (data.type === 'massage-map:show') {
      var top = data.top;
      var shown = typeof top === 'number' && isFinite(top) && frameOf(event.source);
      if (!shown) return;
      var y = shown.getBoundingClientRect().top + top;
      if (y >= 0 && !(data.below === true && y >= innerHeight * 0.6)) return;
      var still = window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: y - 8, behavior: still ? 'auto' : 'smooth' });
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
