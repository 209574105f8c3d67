// Tests of what the release build adds around the app: the strict Content-Security-Policy,
// the prerendered pages where the app cannot run (file://, no JavaScript, no WebAssembly, a
// module that cannot load, a failure after start), embed.js, the sandboxed iframe with its one
// CORS header, _headers, and with a public address (the clinic build) canonical links, link
// previews, oEmbed and the sitemap. Headless Chromium
// (playwright-core, Debian's /usr/bin/chromium).
//
// The build comes from $DIST (default dist/, relative to the repository) and is served under
// a sub-path, as a blog would. Like e2e.test.mjs, every test fails on a console error, page
// error, dialog, HTTP error, request to another host or cookie, and here also on any
// Content-Security-Policy violation in any frame. A test that provokes browser errors on
// purpose (file://, a host without CORS) names exactly which ones it expects.
//
//   DIST=target/dist-static node --test tests/browser/static.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { start } from './server.mjs';
import { DESKTOP, TIMEOUT, harness } from './harness.mjs';
import { namedMarker, parseBaseUrl } from '../../scripts/site-steps.mjs';
import { panicLeftovers, shortenBindingNames } from '../../scripts/wasm-steps.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ROOT = resolve(REPO, process.env.DIST || 'dist');
// Built by scripts/test.sh with MASSAGE_MAP_BASE_URL=CLINIC_BASE.
const CLINIC = resolve(REPO, process.env.CLINIC_DIST || 'target/dist-clinic');
const CLINIC_BASE = 'https://clinic.example/massage-map/';
const BASE = '/blog/tools/massage-map/';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The `_headers` file of the build: { path: { name: value } } for each rule. */
async function builtRules() {
  const text = await readFile(join(ROOT, '_headers'), 'utf8');
  const rules = {};
  let path = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      path = line.trim();
      assert.ok(!(path in rules), `_headers names ${path} once`);
      rules[path] = {};
    } else {
      assert.ok(path, `_headers: a header before any path: ${line}`);
      const [name, value] = line.trim().split(/:\s*(.*)/s);
      rules[path][name] = value;
    }
  }
  return rules;
}

/** The headers `_headers` gives every path. */
async function builtHeaders() {
  const rules = await builtRules();
  assert.ok(rules['/*'], '_headers has a rule for every path');
  return rules['/*'];
}

let browser, widget;
before(async () => {
  await readFile(join(ROOT, 'index.html')).catch(() => {
    throw new Error(`no build in ${ROOT}: run DIST=${process.env.DIST || 'dist'} bash scripts/serve.sh --build-only`);
  });
  widget = await start({ root: ROOT, base: BASE, host: '127.0.0.1' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await widget?.close();
});

const check = harness(() => ({ browser, widget }));

/** Polls `fn(arg)` in the page or frame until it is truthy; a timeout names what was awaited. */
async function until(scope, what, fn, arg) {
  try {
    await scope.waitForFunction(fn, arg, { timeout: TIMEOUT, polling: 100 });
  } catch (e) {
    const text = await scope.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => 'unavailable');
    throw new Error(`timed out waiting for ${what}\n  page text: ${JSON.stringify(text)}\n  (${e.message.split('\n')[0]})`);
  }
}

const appRuns = (scope) => until(scope, 'the app to take over the page', () => document.documentElement.dataset.app === 'ready');

/**
 * The page works as plain pages: the answer headed `heading` is there, the controls that need the app are
 * hidden, and a tap on another area in the list opens that area's page (a real navigation).
 */
async function worksAsPages(scope, heading, { hidden = true, flags = true } = {}) {
  await until(scope, `the ${heading} answer`, (h) => document.querySelector('#mm-panel h2')?.textContent.trim() === h, heading);
  if (flags) assert.ok(await scope.locator('#mm-red-flags .mm-level li').count() > 0, 'its warning signs are there');
  assert.match(await scope.locator('#mm-panel #mm-disclaimer').innerText(), /medical care.* never/, 'the disclaimer is there');
  if (hidden) {
    await until(scope, 'the controls that need the app to be hidden', () => document.documentElement.hasAttribute('data-no-app'));
    assert.equal(await scope.locator('#mm-search').isVisible(), false, 'no search box that cannot search');
  }
  assert.equal(await scope.evaluate(() => document.documentElement.dataset.app), undefined, 'the app did not run');
  const before = await scope.evaluate(() => (window.mmSamePage = 1));
  await scope.locator('#mm-region-list a[data-region="neck"]').click();
  // On the view the page showed: from the lower back, the neck's back.
  await until(scope, 'the neck page', () => /\/neck(-back)?\.html$/.test(location.pathname) && document.querySelector('#mm-panel h2')?.textContent.trim() === 'Neck');
  assert.equal(await scope.evaluate(() => window.mmSamePage), undefined, `a real navigation (${before})`);
}

// ---- (a) the strict CSP ----

check('the page runs under the strict CSP with no violation, no inline script or style, and never loads the fallback', async ({ page, requests }) => {
  const html = await (await fetch(widget.url)).text();
  const meta = html.match(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i)?.[0] ?? '';
  assert.ok(meta.includes(`content="${CSP}"`), `index.html ships the policy as a <meta>: ${meta}`);
  // Data for boot.js (the old links' table) is not a script the browser runs.
  for (const tag of html.match(/<script\b[^>]*>/gi)) assert.match(tag, /\ssrc=|type="application\/json"/, `an inline script: ${tag}`);
  assert.doesNotMatch(html, /<style\b/i, 'an inline <style>');
  assert.doesNotMatch(html, /\sstyle=/i, 'a style="" attribute');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'an inline event handler');
  // What the page loads, and its links to its own pages, are relative; only sources link out.
  for (const [tag, name, attrs] of html.matchAll(/<(script|link|img|a)\b([^>]*)>/g)) {
    const url = attrs.match(/\s(?:src|href)=["']?([^"'\s>]+)/)?.[1];
    if (!url || (name === 'a' && /^https?:\/\//.test(url) && attrs.includes('target="_blank"'))) continue;
    assert.ok(url.startsWith('./') || url === 'data:,' || /^[\w-]+\.html(\?[\w=&-]*)?$/.test(url), `a relative URL: ${url} in ${tag}`);
  }

  await page.goto(widget.url);
  await appRuns(page);
  await page.locator('#mm-region-list a[data-region="neck"]').click();
  await until(page, 'the neck answer', () => document.querySelector('#mm-panel h2')?.textContent.trim() === 'Neck');
  const loaded = requests.map((u) => new URL(u).pathname.slice(BASE.length));
  assert.ok(loaded.some((p) => /^start-[0-9a-f]+\.js$/.test(p)), `the external bootstrap loaded: ${loaded}`);
  assert.deepEqual(loaded.filter((p) => /^fallback\.js$/.test(p)), [], 'a normal load never fetches the fallback');
  assert.deepEqual(loaded.filter((p) => p.endsWith('.html')), [], `one page, answered in place: ${loaded}`);
});

check('the policy is enforced: an inline script is refused', async ({ page, violations }) => {
  await page.goto(widget.url);
  await appRuns(page);
  assert.deepEqual(violations, [], 'none before the probe');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.mmInlineRan = true';
    document.head.append(s);
  });
  for (let i = 0; i < 50 && violations.length === 0; i++) await page.waitForTimeout(20);
  assert.equal(violations.length, 1, `one violation: ${violations}`);
  assert.match(violations[0], /script-src-elem blocked inline/);
  assert.equal(await page.evaluate(() => window.mmInlineRan), undefined, 'the inline script did not run');
  violations.length = 0; // provoked on purpose
}, { expect: [/^Executing inline script violates the following Content Security Policy directive/] });

// ---- (b) where the app cannot run, the pages work as they are ----

check('without WebAssembly an old link lands on its page, which works as plain pages', async ({ page, context, requests }) => {
  await context.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto(`${widget.url}?region=lower-back&utm_source=x`);
  await page.waitForURL(/\/lower-back\.html\?utm_source=x$/);
  await worksAsPages(page, 'Lower back');
  // Ids are unique on the page; every aria reference resolves.
  const broken = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    const refs = [...document.querySelectorAll('[aria-labelledby],[aria-describedby]')]
      .flatMap((e) => `${e.getAttribute('aria-labelledby') ?? ''} ${e.getAttribute('aria-describedby') ?? ''}`.trim().split(/\s+/));
    return [...new Set(dupes)].map((id) => `duplicate id ${id}`).concat(refs.filter((id) => !document.getElementById(id)).map((id) => `no #${id}`));
  });
  assert.deepEqual(broken, []);
  assert.ok(!requests.some((u) => u.endsWith('/fallback.js')), 'nothing more to load: the page is complete');
});

check('a .wasm that cannot be fetched leaves the page working as plain pages', async ({ page, context }) => {
  await context.route((url) => url.pathname.endsWith('.wasm'), (route) => route.abort('blockedbyclient'));
  await page.goto(`${widget.url}knees.html`);
  await worksAsPages(page, 'Knees');
}, { expect: [/net::ERR_BLOCKED_BY_CLIENT/] });

check('where the app cannot run, links to other pages keep the host\'s parameters (an embed stays an embed)', async ({ page, context }) => {
  await context.route((url) => url.pathname.endsWith('.wasm'), (route) => route.abort('blockedbyclient'));
  await page.goto(`${widget.url}knees.html?embed=1&theme=dark`);
  await worksAsPages(page, 'Knees');
  assert.equal(new URL(page.url()).search, '?embed=1&theme=dark');
  assert.deepEqual(await page.evaluate(() => [document.documentElement.hasAttribute('data-embed'), document.documentElement.dataset.theme]), [true, 'dark']);
}, { expect: [/net::ERR_BLOCKED_BY_CLIENT/] });

check('a failure after start leaves the page working with a polite note, and a release build traps without formatting', async ({ page }) => {
  const consoleText = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await page.goto(widget.url);
  await appRuns(page);
  // A broken extension or host script: the next element the app creates fails, once.
  // Yew unwraps that call, so the app panics in its own code, as a real bug would.
  await page.evaluate(() => {
    const original = document.createElement;
    document.createElement = function () {
      document.createElement = original;
      throw new Error('createElement blocked once by the test');
    };
  });
  await page.locator('#mm-region-list a[data-region="knees"]').click();
  await until(page, 'the note', () => !!document.querySelector('#app .mm-notice'));
  const note = await page.locator('#app .mm-notice').innerText();
  assert.match(note, /Something went wrong in the interactive map\. This page still works/);
  assert.match(note, /Reload the page to try the map again\.$/);
  assert.doesNotMatch(note, /[{}]|undefined/);
  assert.equal(await page.locator('#app .mm-notice a').getAttribute('href'), page.url(), 'a link reloads the map');
  // The stopped app's listeners left with the old #app: links are plain links now.
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.locator('#mm-region-list a[data-region="neck"]').click();
  await until(page, 'the neck page', () => /\/neck\.html$/.test(location.pathname) && document.querySelector('#mm-panel h2')?.textContent.trim() === 'Neck');
  assert.deepEqual(errors, [], 'no error from the stopped app');
  // Release builds trap at the panic (scripts/build.mjs): no formatted panic message reaches the console.
  assert.ok(consoleText.some((t) => /unreachable/.test(t)), `the trap is in the console: ${consoleText.join(' | ')}`);
  assert.ok(!consoleText.some((t) => /panicked at/.test(t)), `no panic message was formatted: ${consoleText.join(' | ')}`);
}, { expect: [/unreachable/] });

check('the real build\'s .wasm and glue use short binding names', async () => {
  const files = await readdir(ROOT);
  const wasmName = files.find((f) => f.endsWith('.wasm'));
  const glueName = files.find((f) => /^massage-map-[0-9a-f]+\.js$/.test(f));
  const module = new WebAssembly.Module(await readFile(join(ROOT, wasmName)));
  const imports = WebAssembly.Module.imports(module);
  const names = [...imports.flatMap((i) => [i.module, i.name]), ...WebAssembly.Module.exports(module).map((e) => e.name)];
  // The hashed names wasm-bindgen generates (scripts/wasm-steps.mjs, isBindgenName).
  const long = names.filter((name) => /^(__wbg_|__wbindgen_|__externref_|wasm_bindgen__)/.test(name));
  assert.deepEqual(long, [], 'no generated binding name is left long');
  assert.ok(imports.length > 50 && imports.every((i) => i.module.length <= 2 && i.name.length <= 2), 'every import is named in one or two letters');
  // The glue names each import the .wasm asks for (the app running shows they match).
  const glue = await readFile(join(ROOT, glueName), 'utf8');
  const missing = imports.filter((i) => !new RegExp(`[{,]${i.name}:`).test(glue));
  assert.deepEqual(missing.map((i) => i.name), [], 'the glue defines every import under its short name');
});

check('with JavaScript off, every page is complete: its answer, warning signs and sources, and links to the others', async ({ page }) => {
  await page.goto(`${widget.url}knees.html`);
  assert.equal(await page.locator('#mm-panel h2').innerText(), 'Knees');
  assert.equal(await page.title(), 'Knees: which kinds of massage may help · Massage Map');
  assert.ok(await page.locator('#mm-red-flags .mm-level li').count() > 0);
  assert.equal(await page.locator('#mm-region-knees').getAttribute('aria-current'), 'page', 'marked on the figure');
  assert.equal(await page.locator('#mm-search').isVisible(), false, 'no search box that cannot search');
  // The details are there, closed; sources are links out.
  await page.locator('li.suggestion summary').first().click();
  assert.match(await page.locator('li.suggestion .mm-detail').first().innerText(), /What it is/);
  assert.ok(await page.locator('#mm-panel a[target="_blank"][href^="http"]').count() > 0);
  // A tap on the figure opens that area's page; the back view is a page too.
  // Where a finger lands on the neck: its tap target, drawn above the areas.
  await page.locator('.targets [data-region="neck"]').click();
  await page.waitForURL(/\/neck\.html$/);
  assert.equal(await page.locator('#mm-panel h2').innerText(), 'Neck');
  await page.locator('#mm-view-back').click();
  await page.waitForURL(/\/neck-back\.html$/);
  assert.equal(await page.locator('.mm-figure').getAttribute('aria-label'), 'Body areas, back view');
  assert.equal(await page.locator('#mm-region-neck').getAttribute('aria-current'), 'page');
  // A massage type's page, from the answer.
  await page.locator('li.suggestion summary').first().click();
  await page.locator('li.suggestion .mm-more-about a').first().click();
  await page.waitForURL(/\/massage-[a-z-]+\.html$/);
  assert.match(await page.locator('#mm-panel').innerText(), /What studies show/);
}, { context: { ...DESKTOP, javaScriptEnabled: false } });

check('every page is a page of its own: its title, description and content, under the same policy', async ({ page }) => {
  const pages = { 'index.html': 'Where does it hurt?', 'back.html': 'Where does it hurt?', 'knees.html': 'Knees',
    'knees-back.html': 'Knees', 'lower-back.html': 'Lower back', 'massage-swedish.html': 'Swedish massage' };
  const descriptions = new Set();
  for (const [file, heading] of Object.entries(pages)) {
    const html = await (await fetch(`${widget.url}${file}`)).text();
    assert.ok(html.includes(`content="${CSP}"`), `${file}: the same CSP meta`);
    assert.doesNotMatch(html, /<style\b|\sstyle=/i, `${file}: no inline style`);
    for (const tag of html.match(/<script\b[^>]*>/gi)) assert.match(tag, /\ssrc=|type="application\/json"/, `${file}: an inline script: ${tag}`);
    assert.ok(html.includes(`<div id="app" data-page="${file}">`), `${file}: says which page it is, for the app`);
    descriptions.add(html.match(/<meta name="description" content="([^"]*)">/)?.[1]);
    await page.goto(`${widget.url}${file}`);
    await appRuns(page);
    assert.equal(await page.locator('#mm-panel h2').innerText(), heading, file);
  }
  assert.equal(descriptions.size, Object.keys(pages).length - 2, 'each page describes itself (the views of one page alike)');
  // The page script applies the host's settings before the page is drawn.
  await page.goto(`${widget.url}massage-swedish.html?theme=dark&accent=%23ffe066&size=compact`);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.size,
    getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).getPropertyValue('--accent-dark')]),
    ['dark', 'compact', 'rgb(15, 20, 26)', '#ffe066']);
  // axe-core's WCAG A/AA rules on a massage type's page (evaluated, not injected as a <script>:
  // the CSP refuses inline scripts).
  await appRuns(page);
  await page.evaluate(await readFile(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, [], 'axe-core finds no WCAG A/AA violation');
});

// ---- (c) file:// ----

// From disk, Chromium refuses module scripts and the .wasm preload (CORS, origin "null").
const FILE_ERRORS = [/from origin 'null' has been blocked by CORS policy/, /net::ERR_FAILED/];

check('opened from file:// it says how to serve the folder, and its pages and links work', async ({ page }) => {
  await page.goto(pathToFileURL(join(ROOT, 'knees.html')).href);
  await until(page, 'the file:// note', () => /opened from a file/.test(document.getElementById('app')?.innerText));
  const text = await page.locator('#app .mm-notice').innerText();
  assert.match(text, /python3 -m http\.server 8080 and open http:\/\/127\.0\.0\.1:8080\//);
  assert.match(text, /scripts\/serve\.sh/);
  // The locale's words with every {placeholder} filled (the prerender writes them into fallback.js).
  assert.match(text, /Or use the page where it is published\.$/);
  assert.doesNotMatch(text, /[{}]|undefined/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).margin), '0px', 'app.css applies from disk');
  await worksAsPages(page, 'Knees');
}, { expect: FILE_ERRORS });

// ---- (d) embed.js ----

check('embed.js is plain ES5 and under 1 KB gzip', async () => {
  const js = await readFile(join(ROOT, 'embed.js'));
  const gzip = gzipSync(js, { level: 9 }).length;
  assert.ok(gzip < 1024, `embed.js is ${js.length} bytes, ${gzip} gzip`);
  assert.doesNotMatch(js.toString(), /=>|\b(let|const|class|import|export)\s|`/, 'ES5: no arrows, let/const, classes, modules or template strings');
});

{
  // A blog (localhost) embeds frames from 127.0.0.1 (the widget's server) and one sandboxed
  // srcdoc frame (origin "null"). The frames only post messages, as the widget would.
  let host, hostDir, frames, framesDir;
  before(async () => {
    framesDir = await mkdtemp(join(tmpdir(), 'mm-frames-'));
    await writeFile(join(framesDir, 'frame.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>frame</title></head><body><iframe src="child.html" title="nested"></iframe></body></html>');
    await writeFile(join(framesDir, 'child.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>child</title></head><body></body></html>');
    frames = await start({ root: framesDir, host: '127.0.0.1' });
    hostDir = await mkdtemp(join(tmpdir(), 'mm-blog-'));
    const embed = `<script src="${widget.url}embed.js"></script>`;
    const embedAsync = `<script src="${widget.url}embed.js" async></script>`;
    const iframes = `
<iframe id="a" src="${frames.url}frame.html" title="A" width="100%" height="720"></iframe>
<iframe id="b" src="${frames.url}frame.html" title="B" width="100%" height="720"></iframe>
<iframe id="s" sandbox="allow-scripts" srcdoc="<p>sandboxed</p>" title="S" width="100%" height="720"></iframe>`;
    const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A blog</title>${head}</head><body><h1>Post</h1>${body}</body></html>`;
    await writeFile(join(hostDir, 'before.html'), page(embed, iframes));
    // After the frames, async, and included twice.
    await writeFile(join(hostDir, 'after.html'), page('', iframes + embedAsync + embedAsync));
    host = await start({ root: hostDir, host: 'localhost' });
  });
  after(async () => {
    await host?.close();
    await frames?.close();
    for (const dir of [hostDir, framesDir]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const where of ['before', 'after']) {
    check(`embed.js (included ${where} the iframes) sizes the frame that asks, and ignores everything else`, async ({ page }) => {
      assert.notEqual(new URL(host.url).origin, new URL(widget.url).origin);
      await page.goto(`${host.url}${where}.html`);
      await until(page, 'embed.js to load', () => window.massageMapEmbed === true);
      await until(page, 'the frames to load', () => document.querySelectorAll('iframe').length === 3);
      // Runs after embed.js's listener: once a message is seen here, embed.js has handled it.
      await page.evaluate(() => {
        window.mmSeen = 0;
        addEventListener('message', () => window.mmSeen++);
      });
      const frameOf = async (id) => (await page.locator(`#${id}`).elementHandle()).contentFrame();
      const [a, b, s] = [await frameOf('a'), await frameOf('b'), await frameOf('s')];
      for (let i = 0; i < 100 && !a.childFrames().length; i++) await page.waitForTimeout(50);
      const nested = a.childFrames()[0];
      assert.ok(nested, 'frame A has a nested frame');
      await nested.waitForLoadState();
      const heights = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, [f.getAttribute('height'), f.style.height]])));
      let sent = 0;
      const post = async (from, data, target = 'parent') => {
        sent += 1;
        await from.evaluate(([data, target]) => window[target].postMessage(data, '*'), [data, target]);
        await until(page, `message ${sent} to arrive`, (n) => window.mmSeen >= n, sent);
      };
      const msg = (height) => ({ type: 'massage-map:height', height });

      await post(a, msg(900));
      assert.deepEqual(await heights(), { a: ['900', '900px'], b: ['720', ''], s: ['720', ''] }, 'A grows, the others stay');
      await post(s, msg(1234.4));
      assert.deepEqual((await heights()).s, ['1234', '1234px'], 'a sandboxed (origin "null") frame is sized too');
      await post(b, msg(10));
      assert.deepEqual((await heights()).b, ['200', '200px'], 'clamped to 200');
      await post(b, msg(1e9));
      assert.deepEqual((await heights()).b, ['30000', '30000px'], 'clamped to 30000');

      const before = await heights();
      for (const bad of [msg(NaN), msg(Infinity), msg(-Infinity), msg('800'), msg(null), { type: 'other', height: 600 }, { height: 600 }, 'massage-map:height', JSON.stringify(msg(600)), null]) {
        await post(a, bad);
      }
      // WordPress's and AMP's shapes are for their own scripts, not embed.js.
      await post(a, { message: 'height', value: 600, secret: 'AbC123xYz0' });
      await post(a, { sentinel: 'amp', type: 'embed-size', height: 600 });
      // Windows that are not one of the page's iframes: the page itself, a frame's own child.
      await post(page.mainFrame(), msg(600), 'self');
      await post(nested, msg(600), 'top');
      assert.deepEqual(await heights(), before, 'nothing else changes a height');

      // A frame added after embed.js loaded is sized too.
      await page.evaluate((src) => {
        const f = document.createElement('iframe');
        Object.assign(f, { id: 'late', src, title: 'late', height: '720' });
        document.body.append(f);
        return new Promise((ok) => f.addEventListener('load', ok, { once: true }));
      }, `${frames.url}frame.html`);
      await post(await frameOf('late'), msg(640));
      assert.deepEqual((await heights()).late, ['640', '640px']);
    }, { origins: () => [new URL(host.url).origin, new URL(frames.url).origin] });
  }
}

// ---- sandboxed iframes, CORS and the header form of the CSP ----

{
  // A WordPress-like post on localhost embeds the widget from 127.0.0.1 in
  // sandbox="allow-scripts" with WordPress's #?secret= fragment. The widget's server
  // sends the build's own _headers (CORS, CSP with frame-ancestors, nosniff), or a
  // server that sends no CORS header at all.
  let post, postDir, withHeaders, noCors;
  before(async () => {
    const headers = await builtHeaders();
    withHeaders = await start({ root: ROOT, base: BASE, host: '127.0.0.1', headers, cors: false });
    noCors = await start({ root: ROOT, base: BASE, host: '127.0.0.1', cors: false });
    postDir = await mkdtemp(join(tmpdir(), 'mm-post-'));
    const page = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post</title></head>
<body><h1>Post</h1><iframe sandbox="allow-scripts" security="restricted" src="${src}?embed=1#?secret=AbC123xYz0" title="Massage Map" width="1100" height="900"></iframe>
<script>window.got = []; addEventListener('message', function (e) { got.push(e.data); });</script></body></html>`;
    await writeFile(join(postDir, 'headers.html'), page(withHeaders.url));
    await writeFile(join(postDir, 'nocors.html'), page(noCors.url));
    post = await start({ root: postDir, host: 'localhost' });
  });
  after(async () => {
    await post?.close();
    await withHeaders?.close();
    await noCors?.close();
    if (postDir) await rm(postDir, { recursive: true, force: true });
  });

  check('_headers holds CORS, the CSP with frame-ancestors, and nosniff', async () => {
    const headers = await builtHeaders();
    assert.equal(headers['Access-Control-Allow-Origin'], '*');
    assert.equal(headers['Content-Security-Policy'], `${CSP}; frame-ancestors *`);
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  });

  check('_headers lets a browser keep every file with a hashed name, and only those, for a year', async () => {
    const rules = await builtRules();
    const files = await readdir(ROOT);
    const hashed = files.filter((name) => /-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/.test(name));
    // The pages ask for each of them: the intro's first visit, all of it.
    const intro = await readFile(join(ROOT, 'index.html'), 'utf8');
    const asked = new Set(hashed.filter((name) => intro.includes(name)));
    for (const name of ['app-', 'boot-', 'start-', 'massage-map-']) assert.ok([...asked].some((f) => f.startsWith(name)), `the intro asks for ${name}<hash>`);
    const cached = Object.entries(rules).filter(([, headers]) => headers['Cache-Control'] === 'public, max-age=31536000, immutable').map(([path]) => path);
    assert.deepEqual(cached.sort(), hashed.map((name) => `/${name}`).sort());
    // Pages and fixed names are revalidated as the host does by default.
    for (const path of Object.keys(rules)) if (path !== '/*') assert.ok(cached.includes(path), `${path}: only hashed files have a rule of their own`);
    assert.equal(rules['/*']['Cache-Control'], undefined);
  });

  check('in a sandboxed iframe, served with the build\'s _headers, the app runs styled with no CSP violation', async ({ page }) => {
    const response = await fetch(withHeaders.url);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('content-security-policy'), /frame-ancestors \*/);
    await page.goto(`${post.url}headers.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await appRuns(frame);
    assert.equal(await frame.evaluate(() => origin), 'null', 'the frame is sandboxed');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).margin), '0px', 'app.css applies');
    await frame.locator('#mm-region-list a[data-region="knees"]').click();
    await until(frame, 'the knees answer', () => document.querySelector('#mm-panel h2')?.textContent.trim() === 'Knees');

    // The height, in our form, AMP's and WordPress's (with the secret from the fragment).
    const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await until(page, 'the knees height in all three forms', (h) => ['massage-map:height', 'embed-size', 'height']
      .every((kind) => got.some((m) => (m.type === kind || m.message === kind) && (m.height ?? m.value) === h)), height);
    assert.deepEqual(await page.evaluate((h) => got.filter((m) => m.value === h || m.height === h).slice(-3), height), [
      { type: 'massage-map:height', height },
      { sentinel: 'amp', type: 'embed-size', height },
      { message: 'height', value: height, secret: 'AbC123xYz0' },
    ]);
    // WordPress's "ready" asks again, though nothing changed.
    await page.evaluate(() => { got.length = 0; document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: 'AbC123xYz0' }, '*'); });
    await until(page, 'an answer to ready', () => got.some((m) => m.message === 'height'));
  }, { origins: () => [new URL(post.url).origin, new URL(withHeaders.url).origin] });

  check('in a sandboxed iframe whose host sends no CORS header, the page works as plain pages', async ({ page }) => {
    await page.goto(`${post.url}nocors.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await worksAsPages(frame, 'Where does it hurt?', { flags: false });
  }, {
    origins: () => [new URL(post.url).origin, new URL(noCors.url).origin],
    // What Chromium says about the blocked module and .wasm preload.
    expect: [/from origin 'null' has been blocked by CORS policy/, /net::ERR_FAILED/],
  });
}

// ---- (e) oEmbed ----

check('binding names are shortened in the .wasm and the glue alike, and the module still runs', async () => {
  // A module importing one hashed function and exporting another, plus its memory.
  const name = (text) => [text.length, ...Buffer.from(text)];
  const section = (id, bytes) => [id, bytes.length, ...bytes];
  const [imported, exported, module] = ['__wbg_answer_0123456789abcdef', 'wasm_bindgen__call__h0123456789abcdef', './x_bg.js'];
  const wasm = Buffer.from([
    ...[0, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [1, ...name(module), ...name(imported), 0, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...name(exported), 0, 1, ...name('memory'), 2, 0]),
    ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
  ]);
  const glue = `return async (bytes) => {
    const { instance } = await WebAssembly.instantiate(bytes, { ${JSON.stringify(module)}: { ${imported}: () => 42 } });
    return [instance.exports.${exported}(), instance.exports.memory instanceof WebAssembly.Memory];
  };`;
  const short = shortenBindingNames(wasm, glue);
  assert.equal(short.renamed, 2);
  const names = WebAssembly.Module.imports(new WebAssembly.Module(short.wasm));
  assert.deepEqual(names, [{ module: 'w', name: 'a', kind: 'function' }]);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(short.wasm)).map((e) => e.name), ['b', 'memory']);
  assert.ok(!short.glue.includes(imported) && !short.glue.includes(exported) && !short.glue.includes(module), short.glue);
  assert.deepEqual(await new Function(short.glue)()(short.wasm), [42, true]);
  // A glue that does not name an import would break at load: the build stops instead.
  assert.throws(() => shortenBindingNames(wasm, glue.replace(imported, 'other')), /never names __wbg_answer/);
});

check('the real build holds no panic message or source path, and the check would see one', async () => {
  // What a release build without RUST_FOR_SIZE (scripts/wasm-steps.mjs) held: the build fails on it.
  const old = Buffer.from('\0called `Option::unwrap()` on a `None` value\0/rustc/59807616e/library/core/src/fmt/mod.rs\0');
  assert.deepEqual(panicLeftovers(old), ['called `Option::unwrap()` on a `None` value', '/rustc/']);
  const wasmName = (await readdir(ROOT)).find((f) => f.endsWith('.wasm'));
  const wasm = await readFile(join(ROOT, wasmName));
  assert.deepEqual(panicLeftovers(wasm), [], wasmName);
  // Still a whole module: the app's own strings are there.
  assert.ok(wasm.includes('Get medical help first if you have'), 'the locale is compiled in');
});

check('no prerendered page names its components in Yew\'s markers, and the build would stop if one did', async () => {
  // What a page built with Yew's debug assertions carries, which the build refuses.
  assert.equal(namedMarker('<div><!--<[massage_map::components::app::App]>--><p>x</p><!--</[massage_map::components::app::App]>--></div>'),
    '<!--<[massage_map::components::app::App]>-->');
  assert.equal(namedMarker('<div><!--<[]>--><p>x</p><!--</[]>--></div>'), null);
  const pages = (await readdir(ROOT)).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length > 50, `${pages.length} pages`);
  for (const file of pages) {
    const html = await readFile(join(ROOT, file), 'utf8');
    assert.equal(namedMarker(html), null, file);
    assert.match(html, /<!--<\[\]>-->/, `${file}: Yew's markers, for the app to take it over`);
  }
});

check('MASSAGE_MAP_BASE_URL is checked: an absolute http(s) folder URL or a clear error', async () => {
  for (const good of ['https://example.org/tools/massage-map/', 'http://example.org/', 'https://example.org:8443/a/b/']) {
    assert.equal(parseBaseUrl(good), good);
  }
  for (const [bad, why] of [
    ['example.org/tools/massage-map/', /not an absolute URL/],
    ['/tools/massage-map/', /not an absolute URL/],
    ['ftp://example.org/x/', /not an http or https URL/],
    ['javascript:alert(1)//', /not an http or https URL/],
    ['https://example.org/tools/massage-map', /does not end in '\/'/],
    ['https://example.org/tools/massage-map/index.html', /does not end in '\/'/],
    ['https://example.org/x/?a=1', /query or a fragment/],
    ['https://example.org/x/#top', /query or a fragment/],
    ['https://user:pw@example.org/x/', /user name or password/],
    ['https://Example.org/a b/', /normal form \(https:\/\/example\.org\/a%20b\/\)/],
  ]) {
    assert.throws(() => parseBaseUrl(bad), (e) => why.test(e.message) && e.message.includes('MASSAGE_MAP_BASE_URL'), bad);
  }
});

check('without a public address the build has no canonical links, link previews, oEmbed or sitemap', async () => {
  const built = await readFile(join(ROOT, 'knees.html'), 'utf8');
  assert.doesNotMatch(built, /json\+oembed|rel="canonical"|og:image/);
  const files = await readdir(ROOT);
  assert.ok(!files.includes('sitemap.xml') && !files.includes('oembed.json') && !files.includes('images'), files.join(' '));
});

/** The <head> tags of a page of the clinic build, as [name, value] pairs. */
async function clinicHead(file) {
  const html = await readFile(join(CLINIC, file), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const tags = head.match(/<(?:link|meta)\b[^>]*>/g) ?? [];
  return {
    head,
    canonical: tags.filter((t) => attr(t, 'rel') === 'canonical').map((t) => attr(t, 'href')),
    oembed: tags.filter((t) => attr(t, 'type') === 'application/json+oembed').map((t) => attr(t, 'href')),
    og: Object.fromEntries(tags.filter((t) => attr(t, 'property')?.startsWith('og:')).map((t) => [attr(t, 'property'), attr(t, 'content')])),
    twitter: tags.filter((t) => attr(t, 'name') === 'twitter:card').map((t) => attr(t, 'content')),
  };
}

check('with a public address every page has its canonical link, link preview and oEmbed, and the site a sitemap', async ({ page }) => {
  const base = CLINIC_BASE;
  await readFile(join(CLINIC, 'calves.html')).catch(() => {
    throw new Error(`no clinic build in ${CLINIC}: run MASSAGE_MAP_BASE_URL=${base} MASSAGE_MAP_DATA=data/examples/clinic.toml DIST=target/dist-clinic bash scripts/serve.sh --build-only`);
  });
  const calves = await clinicHead('calves.html');
  assert.deepEqual(calves.canonical, [`${base}calves.html`]);
  assert.deepEqual(calves.oembed, [`${base}oembed-calves.json`], 'one discovery link, absolute, as WordPress needs');
  assert.ok(calves.head.indexOf('json+oembed') < 3000, 'near the top of the page, where WordPress looks');
  assert.deepEqual(calves.twitter, ['summary_large_image']);
  assert.equal(calves.og['og:url'], `${base}calves.html`);
  assert.equal(calves.og['og:image'], `${base}images/calves.png`);
  assert.match(calves.og['og:title'], /^Calves &amp; shins: /);
  assert.match(calves.og['og:image:alt'], /with this area marked: Calves/);
  // The same area on its other view, and the intro, name the canonical page.
  assert.deepEqual((await clinicHead('calves-back.html')).canonical, [`${base}calves.html`]);
  assert.deepEqual((await clinicHead('index.html')).canonical, [base]);
  assert.deepEqual((await clinicHead('back.html')).canonical, [base]);

  // The preview: a 1200 x 630 PNG of the figure with the area marked (in the selection's fill),
  // read back by the browser.
  const pixel = async (file, [x, y]) => {
    const png = (await readFile(join(CLINIC, file))).toString('base64');
    await page.setContent('<!doctype html><title>x</title>');
    return page.evaluate(async ([png, x, y]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      return [img.width, img.height, ...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    }, [png, x, y]);
  };
  // A point inside a calf: the figure is 200 x 440 units, scaled to 590 px high and centred.
  const scale = 590 / 440;
  const calf = [Math.round((1200 - 200 * scale) / 2 + 120 * scale), Math.round(20 + 360 * scale)];
  assert.deepEqual(await pixel('images/calves.png', calf), [1200, 630, 0xd4, 0xe5, 0xf8], 'calves marked');
  assert.deepEqual(await pixel('images/neck.png', calf), [1200, 630, 0xe2, 0xe8, 0xee], 'calves not marked on the neck preview');

  // oEmbed for one page: a rich embed WordPress keeps, embedding that page.
  const json = JSON.parse(await readFile(join(CLINIC, 'oembed-calves.json'), 'utf8'));
  assert.deepEqual(Object.keys(json).sort(), ['height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
  assert.equal(json.version, '1.0');
  assert.equal(json.type, 'rich');
  assert.equal(json.provider_url, base);
  assert.match(json.title, /^Calves & shins: /);
  assert.ok(Number.isInteger(json.width) && Number.isInteger(json.height));
  // The html, as WordPress reduces it: a blockquote with a link, then exactly one iframe
  // with only the attributes WordPress keeps. Parsed by the browser, not by regexes.
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      top: [...doc.body.children].map((e) => e.tagName.toLowerCase() + (e.className ? `.${e.className}` : '')),
      link: doc.querySelector('blockquote a')?.getAttribute('href'),
      iframes: [...doc.querySelectorAll('iframe')].map((f) => Object.fromEntries([...f.attributes].map((a) => [a.name, a.value]))),
    };
  }, json.html);
  assert.deepEqual(parsed.top, ['blockquote.wp-embedded-content', 'iframe']);
  assert.equal(parsed.link, `${base}calves.html`);
  assert.deepEqual(parsed.iframes, [{ src: `${base}calves.html?embed=1`, width: '100%', height: '720', frameborder: '0', title: json.title }]);
  const intro = JSON.parse(await readFile(join(CLINIC, 'oembed.json'), 'utf8'));
  assert.ok(intro.html.includes(`src="${base}?embed=1"`), intro.html);

  // The sitemap lists every canonical page once, and nothing else.
  const files = (await readdir(CLINIC)).filter((f) => f.endsWith('.html'));
  const canonical = [];
  for (const file of files) canonical.push(...(await clinicHead(file)).canonical);
  const sitemap = await readFile(join(CLINIC, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual([...locs].sort(), [...new Set(canonical)].sort());
  assert.ok(locs.includes(base) && locs.includes(`${base}calves.html`) && !locs.includes(`${base}calves-back.html`), locs.join(' '));
  assert.match(sitemap, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
});
