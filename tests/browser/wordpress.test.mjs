// WordPress oEmbed, end to end, with WordPress's own wp-embed.min.js (Debian's wordpress
// package, extracted by scripts/setup.sh; its path comes in $MM_WP_EMBED).
//
// A post page on one origin (localhost) holds the exact markup WordPress 6.1 prints for an
// oEmbed provider it does not know: the blockquote, then the iframe clipped to 1 px with
// sandbox="allow-scripts", data-secret and #?secret=. The widget is served from another
// origin (127.0.0.1) under a sub-path. wp-embed.js shows the iframe only when a height
// message with the right secret arrives, and a clipped cross-origin frame runs no rendering
// steps (no ResizeObserver, no requestAnimationFrame), so this proves that the widget's first
// height message needs neither. Every test also fails on a console error, CSP violation,
// request to another host or cookie (harness.mjs).
//
//   MM_WP_EMBED=/path/to/wp-embed.min.js node --test tests/browser/wordpress.test.mjs
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomInt } from 'node:crypto';
import { launchChromium } from './chromium.mjs';
import { start } from './server.mjs';
import { harness } from './harness.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ROOT = resolve(REPO, process.env.DIST || 'dist');
const BASE = '/blog/tools/massage-map/';
const LOADS = 10;
// From the frame's load event to the frame shown and sized by wp-embed.js.
const WITHIN_MS = 2000;

/** WordPress's data-secret: 10 letters and digits (wp_generate_password(10, false)). */
function secret() {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from({ length: 10 }, () => chars[randomInt(chars.length)]).join('');
}

/**
 * A post as WordPress 6.1 prints it (the_content of an embed block whose provider is
 * unknown, then wp-embed.min.js from wp_footer), in a content column like a block theme's.
 */
function post(src, key) {
  const title = 'Massage Map: which kinds of massage suit where it hurts';
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
<title>Where it hurts &#8211; A blog</title>
<style>body { margin: 0; font-family: sans-serif; } .entry-content { max-width: 650px; margin: 0 auto; padding: 0 20px; }</style>
</head>
<body class="post-template-default single single-post">
<div class="wp-site-blocks">
<main class="wp-block-group">
<h1 class="wp-block-post-title">Where it hurts</h1>
<div class="entry-content wp-block-post-content">
<p>Try the map below.</p>


<figure class="wp-block-embed is-type-rich is-provider-massage-map wp-block-embed-massage-map"><div class="wp-block-embed__wrapper">
<blockquote class="wp-embedded-content" data-secret="${key}"><a href="${src}">${title}</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="${title}" src="${src}?embed=1#?secret=${key}" data-secret="${key}" width="100%" height="720" frameborder="0"></iframe>
</div></figure>



<p>That was the map.</p>
</div>
</main>
</div>
<script src="wp-embed.min.js" id="wp-embed-js"></script>
</body>
</html>
`;
}

let browser, widget, host, hostDir;
const keys = Array.from({ length: LOADS }, secret);

before(async () => {
  const wpEmbed = process.env.MM_WP_EMBED;
  if (!wpEmbed) {
    throw new Error('MM_WP_EMBED is not set: it names WordPress\'s wp-includes/js/wp-embed.min.js, which scripts/setup.sh extracts from Debian\'s wordpress package (scripts/test.sh exports it)');
  }
  const script = await readFile(wpEmbed, 'utf8').catch((e) => {
    throw new Error(`MM_WP_EMBED=${wpEmbed} cannot be read (${e.code}): run scripts/setup.sh, which extracts it from Debian's wordpress package`);
  });
  assert.match(script, /receiveEmbedMessage/, `${wpEmbed} is not WordPress's wp-embed.min.js`);
  await readFile(join(ROOT, 'index.html')).catch(() => {
    throw new Error(`no build in ${ROOT}: run DIST=${process.env.DIST || 'dist'} bash scripts/serve.sh --build-only`);
  });
  widget = await start({ root: ROOT, base: BASE, host: '127.0.0.1' });
  hostDir = await mkdtemp(join(tmpdir(), 'mm-wordpress-'));
  await copyFile(wpEmbed, join(hostDir, 'wp-embed.min.js'));
  for (const [i, key] of keys.entries()) await writeFile(join(hostDir, `post-${i}.html`), post(widget.url, key));
  host = await start({ root: hostDir, host: 'localhost' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await widget?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

const check = harness(() => ({ browser, widget }));
const origins = () => [new URL(host.url).origin];

/**
 * Runs in the post page before its own scripts: records, in page time, when the iframe's load
 * event fired, when wp-embed.js removed its clip style, every height it set, and every
 * WordPress height message the page received.
 */
function watch() {
  if (window !== window.top) return;
  const mm = (window.mm = { load: null, shown: null, heights: [], messages: [] });
  document.addEventListener('load', (e) => {
    if (e.target.tagName === 'IFRAME' && mm.load === null) mm.load = performance.now();
  }, true);
  addEventListener('message', (e) => {
    if (e.data && e.data.message === 'height') mm.messages.push(e.data.value);
  });
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.tagName !== 'IFRAME') continue;
      if (r.attributeName === 'style' && !r.target.hasAttribute('style') && mm.shown === null) mm.shown = performance.now();
      if (r.attributeName === 'height') mm.heights.push({ at: performance.now(), height: r.target.getAttribute('height') });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style', 'height'] });
}

const clamp = (height) => String(Math.min(1000, Math.max(200, height)));

/**
 * Loads post `i` and reports how its iframe fared within WITHIN_MS of the frame's load event:
 * when wp-embed.js removed the clip (`shownAfter`), first set a height (`sizedAfter`), and set
 * the height that fits the running app (`fitAfter`), in ms after the load event (negative:
 * before it), or null when it did not happen in time.
 */
async function load(page, i) {
  await page.goto(`${host.url}post-${i}.html`);
  await page.waitForFunction(() => window.mm.load !== null, null, { polling: 50 });
  const frame = await (await page.waitForSelector('iframe.wp-embedded-content', { state: 'attached' })).contentFrame();
  // The prerendered page is there at once; the app takes it over (and in a frame, turns to
  // its compact chrome), and the height that fits is the running app's.
  await frame.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // Until shown and fitted, or WITHIN_MS after the frame's load event.
  await page.waitForFunction(([fit, ms]) => {
    const { load, shown, heights } = window.mm;
    return (shown !== null && heights.some((h) => h.height === fit)) || performance.now() - load > ms;
  }, [clamp(content), WITHIN_MS], { polling: 50 });
  return page.evaluate(([fit, ms]) => {
    const frame = document.querySelector('iframe.wp-embedded-content');
    const quote = document.querySelector('blockquote.wp-embedded-content');
    const { load, shown, heights } = window.mm;
    const after = (at) => (at === undefined || at === null || at - load > ms ? null : Math.round(at - load));
    return {
      shownAfter: after(shown),
      sizedAfter: after(heights.find((h) => /^\d+$/.test(h.height) && +h.height >= 200 && +h.height <= 1000)?.at),
      fitAfter: after(heights.find((h) => h.height === fit)?.at),
      height: frame.getAttribute('height'),
      fit,
      style: frame.getAttribute('style'),
      box: Math.round(frame.getBoundingClientRect().height),
      quoteHidden: quote.style.display === 'none',
    };
  }, [clamp(content), WITHIN_MS]);
}

check(`in a WordPress post, wp-embed.js shows and sizes the widget within ${WITHIN_MS / 1000} s of the frame's load, in ${LOADS} of ${LOADS} loads`, async ({ page }) => {
  await page.addInitScript(watch);
  const results = [];
  for (let i = 0; i < LOADS; i++) results.push(await load(page, i));
  const ok = (r) => r.shownAfter !== null && r.sizedAfter !== null && r.fitAfter !== null
    && r.style === null && r.height === r.fit && r.box === +r.height && r.quoteHidden;
  const failed = results.map((r, i) => [i + 1, r]).filter(([, r]) => !ok(r));
  const report = results.map((r, i) => `  load ${i + 1}: ${ok(r) ? 'shown' : 'HIDDEN'} ${JSON.stringify(r)}`).join('\n');
  assert.equal(failed.length, 0, `${LOADS - failed.length} of ${LOADS} loads shown and sized in time; stayed hidden or unsized: loads ${failed.map(([n]) => n).join(', ')}\n${report}`);
}, { origins });

check('in a WordPress post, the frame\'s height follows its content later, and the first seconds\' repeats stop', async ({ page }) => {
  await page.addInitScript(watch);
  const result = await load(page, 0);
  assert.ok(result.shownAfter !== null && result.fitAfter !== null, `the frame is shown and sized: ${JSON.stringify(result)}`);
  const frame = await (await page.waitForSelector('iframe.wp-embedded-content')).contentFrame();
  assert.equal(await frame.evaluate(() => origin), 'null', 'the frame is sandboxed, as WordPress makes it');
  const mounted = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.ok((await page.evaluate(() => window.mm.messages)).includes(mounted), 'the running app\'s height reached the page');

  // boot.js repeats its height for the first 5 s; after that, a quiet second: nothing is sent
  // while nothing changes.
  await page.waitForFunction(() => performance.now() - window.mm.load > 5500, null, { polling: 100 });
  const quiet = await page.evaluate(() => window.mm.messages.length);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.mm.messages.length), quiet, 'no height messages once the first seconds are over and nothing changes');

  // A change after that comes from the ResizeObserver, which runs now that the frame is shown.
  await frame.locator('#mm-region-list a[data-region="knees"]').click();
  await frame.waitForFunction(() => document.querySelector('#mm-panel h2')?.textContent.trim() === 'Knees');
  const chosen = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.notEqual(chosen, mounted, 'choosing a region changes the content height');
  await page.waitForFunction(([h, n]) => window.mm.messages.slice(n).includes(h), [chosen, quiet], { polling: 50, timeout: 5000 })
    .catch(async () => {
      throw new Error(`no height message for ${chosen} px after the click; messages: ${JSON.stringify(await page.evaluate(() => window.mm.messages))}`);
    });
  // Both heights are likely over WordPress's 1000 px cap in a 650 px column: the attribute
  // is the clamped value.
  await page.waitForFunction((h) => document.querySelector('iframe.wp-embedded-content').getAttribute('height') === h, clamp(chosen), { polling: 50 });
}, { origins });

check('in a WordPress post, "Open the full map" in the sandboxed frame opens the map on show in the reader\'s tab, through wp-embed.js', async ({ page }) => {
  await page.addInitScript(watch);
  const result = await load(page, 0);
  assert.ok(result.shownAfter !== null, `the frame is shown: ${JSON.stringify(result)}`);
  const frame = await (await page.waitForSelector('iframe.wp-embedded-content')).contentFrame();
  await frame.locator('#mm-region-list a[data-region="knees"]').click();
  await frame.waitForFunction(() => document.querySelector('#mm-panel h2')?.textContent.trim() === 'Knees');
  // A sandboxed frame cannot follow a link itself (no allow-popups, no allow-top-navigation).
  await Promise.all([page.waitForURL(`${widget.url}knees.html`), frame.locator('.mm-embed-bar a').click()]);
  assert.equal(await page.locator('#mm-panel h2').innerText(), 'Knees', 'the full map, at the area on show, in the reader\'s tab');
}, { origins });
