// End-to-end tests of the release build (dist/) in Debian's headless Chromium.
// Every test also fails on any CSP violation in any frame (see harness.mjs).
// They rely only on docs/dom-contract.md and on accessible roles and names.
//
// The build is served under a sub-path, as a blog would embed it, so a single
// absolute URL in the build shows up as a 404 and fails the test. Every test
// also fails on any console error, page error, dialog, HTTP error, request to
// another host, or cookie.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { start } from './server.mjs';
import { DESKTOP, TIMEOUT, harness } from './harness.mjs';

const BASE = '/blog/tools/massage-map/';
const PHONE = { viewport: { width: 375, height: 720 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

let browser, widget;
before(async () => {
  widget = await start({ base: BASE, host: '127.0.0.1' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await widget?.close();
});

const e2e = harness(() => ({ browser, widget }));

// ---- helpers: each takes a Page or a Frame ("scope") ----

/** What the app shows, for failure messages. */
const snapshot = (scope) =>
  scope.evaluate(() => ({
    url: location.href,
    figure: document.querySelector('svg.mm-figure')?.getAttribute('aria-label'),
    pressed: [...document.querySelectorAll('svg.mm-figure g.region[aria-pressed="true"]')].map((g) => g.id),
    focus: document.activeElement?.id || document.activeElement?.tagName,
    heading: document.querySelector('#mm-panel h2')?.textContent.trim(),
    notice: document.querySelector('#mm-notice')?.textContent.trim(),
  }));

/** Polls `fn(arg)` in the page until it is truthy; a timeout names what was awaited. */
async function until(scope, what, fn, arg) {
  try {
    await scope.waitForFunction(fn, arg, { timeout: TIMEOUT, polling: 'raf' });
  } catch (e) {
    const state = await snapshot(scope).catch(() => 'unavailable');
    throw new Error(`timed out waiting for ${what}\n  app state: ${JSON.stringify(state)}\n  (${e.message.split('\n')[0]})`);
  }
}

/** `id` is the one selected region: figure, panel heading and URL agree (null: nothing selected). */
const selected = (scope, id) =>
  until(scope, id ? `"${id}" to be selected` : 'no selection', (id) => {
    const on = [...document.querySelectorAll('svg.mm-figure g.region[aria-pressed="true"]')];
    const inUrl = new URLSearchParams(location.search).get('region');
    if (!id) return on.length === 0 && inUrl === null;
    const h2 = document.querySelector('#mm-panel h2')?.textContent.trim();
    return (
      on.length === 1 &&
      on[0].dataset.region === id &&
      h2 === on[0].getAttribute('aria-label') &&
      inUrl === id
    );
  }, id);

const viewIs = (scope, view) =>
  until(scope, `the ${view} view`, (view) =>
    document.querySelector(`#mm-view-${view}`)?.getAttribute('aria-pressed') === 'true' &&
    document.querySelector('svg.mm-figure')?.getAttribute('aria-label') === `Body areas, ${view} view`,
  view);

/** The centre of the region's first tap target, in the top page's coordinates. */
async function regionPoint(scope, id) {
  const hit = scope.locator(`#mm-region-${id} rect.hit`).first();
  assert.ok(await hit.count(), `the figure shows #mm-region-${id} with a rect.hit; app state: ${JSON.stringify(await snapshot(scope))}`);
  await hit.scrollIntoViewIfNeeded();
  const box = await hit.boundingBox();
  assert.ok(box, `#mm-region-${id} has a visible rect.hit`);
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** A real mouse click on the region (at its tap target, so parts drawn on top count). */
const clickRegion = async (page, id, scope = page) => page.mouse.click(...(await regionPoint(scope, id)));

const regionName = (scope, id) => scope.locator(`#mm-region-${id}`).getAttribute('aria-label');

/** Where focus is: the data-region of the focused region, or a description of the element. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.closest('svg.mm-figure')) return el.matches('g.region') ? el.dataset.region : `figure:${el.tagName}`;
    return `outside:${el?.id || el?.tagName}`;
  });

/** Presses ArrowDown and waits for focus to leave region `from` for another region; returns it. */
async function arrowDownFrom(page, from) {
  await page.keyboard.press('ArrowDown');
  await until(page, `ArrowDown to move focus from ${from} to another region`, (from) => {
    const el = document.activeElement;
    return el?.matches('svg.mm-figure g.region') && el.dataset.region !== from;
  }, from);
  return focused(page);
}

const tabStops = (page) => page.$$eval('svg.mm-figure g.region[tabindex="0"]', (gs) => gs.map((g) => g.dataset.region));

// ---- tests ----

e2e('a mouse click selects a region and shows its suggestions', async ({ page, open }) => {
  await open();
  await viewIs(page, 'front');
  await selected(page, null);
  await clickRegion(page, 'neck');
  await selected(page, 'neck');
  const suggestions = page.locator('#mm-panel li.suggestion');
  assert.ok((await suggestions.count()) >= 3, 'at least three suggestions');
  for (const s of await suggestions.all()) {
    assert.match(await s.getAttribute('data-modality'), /\S/);
    assert.match(await s.locator('h3').innerText(), /\S/);
  }
  assert.equal(await page.locator('#mm-region-list button[data-region="neck"]').getAttribute('aria-pressed'), 'true');
});

e2e('keyboard: one tab stop, arrows move, Enter and Space select, Escape clears', async ({ page, open }) => {
  await open();
  let where = await focused(page);
  for (let i = 0; i < 40 && where.startsWith('outside:'); i++) {
    await page.keyboard.press('Tab');
    where = await focused(page);
  }
  const first = where;
  assert.ok(!first.startsWith('outside:') && !first.startsWith('figure:'), `Tab reaches a region, got ${first}`);
  assert.deepEqual(await tabStops(page), [first], 'exactly one region is a tab stop');

  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^outside:/, 'the next Tab leaves the figure');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), first, 'Shift+Tab comes back to the same region');

  const second = await arrowDownFrom(page, first);
  assert.deepEqual(await tabStops(page), [second], 'the tab stop follows focus');
  await page.keyboard.press('Enter');
  await selected(page, second);
  assert.equal(await focused(page), second, 'focus stays on the selected region');

  const third = await arrowDownFrom(page, second);
  await page.keyboard.press('Space');
  await selected(page, third);

  await page.keyboard.press('Escape');
  await selected(page, null);
  assert.notEqual((await page.locator('#mm-panel h2').innerText()).trim(), await regionName(page, third));
});

e2e('the region list and the search select regions', async ({ page, open }) => {
  await open();
  await page.locator('#mm-region-list button[data-region="hips"]').click();
  await selected(page, 'hips');
  assert.equal(await page.locator('#mm-region-list button[data-region="hips"]').getAttribute('aria-pressed'), 'true');

  const search = page.locator('#mm-search');
  const find = async (words, id) => {
    await search.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(words);
    await until(page, `"${words}" to list ${id}`, (id) =>
      !!document.querySelector(`#mm-region-list button[data-region="${id}"]`) &&
      document.querySelector('#mm-search-status')?.textContent.trim() !== '',
    id);
  };
  for (const [words, id] of [['sciatica', 'lower-back'], ["runner's knee", 'knees'], ['TMJ', 'jaw'], ['text neck', 'neck'], ['lumbar', 'lower-back']]) {
    await find(words, id);
  }
  assert.ok((await page.locator('#mm-region-list button').count()) < 16, 'non-matching areas are removed');

  // Enter in the search box chooses the (first) result.
  await find('TMJ', 'jaw');
  await page.keyboard.press('Enter');
  await selected(page, 'jaw');
  await find('text neck', 'neck');
  await page.keyboard.press('Enter');
  await selected(page, 'neck');
  // So does a click on the result; lower back exists only on the back view.
  await find('sciatica', 'lower-back');
  await page.locator('#mm-region-list button[data-region="lower-back"]').click();
  await until(page, 'the figure to show the lower back as selected, or say which view has it', () =>
    document.querySelector('#mm-region-lower-back')?.getAttribute('aria-pressed') === 'true' ||
    !!document.querySelector('#mm-view-hint')?.checkVisibility());
  // The address bar is updated after the answer is painted.
  await page.waitForURL((url) => url.searchParams.get('region') === 'lower-back');
  await find("runner's knee", 'knees');
  await page.locator('#mm-region-list button[data-region="knees"]').click();
  await selected(page, 'knees');
});

e2e('front/back switch keeps a selection both views have, and hints at one only the other has', async ({ page, open }) => {
  await open();
  await clickRegion(page, 'neck');
  await selected(page, 'neck');
  await page.locator('#mm-view-back').click();
  await viewIs(page, 'back');
  await selected(page, 'neck');
  assert.equal(await page.locator('#mm-view-hint').isVisible(), false, 'no hint while the figure shows the selection');
  // The address bar follows a frame after the figure.
  await page.waitForURL((url) => url.searchParams.get('view') === 'back');

  await page.locator('#mm-view-front').click();
  await viewIs(page, 'front');
  const chest = await regionName(page, 'chest');
  await clickRegion(page, 'chest');
  await selected(page, 'chest');
  await page.locator('#mm-view-back').click();
  await viewIs(page, 'back');
  await page.locator('#mm-view-hint').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#mm-region-chest').count(), 0, 'the back view has no chest');
  assert.equal((await page.locator('#mm-panel h2').innerText()).trim(), chest, 'the panel keeps the chest');
  await page.waitForURL((url) => url.searchParams.get('region') === 'chest' && url.searchParams.get('view') === 'back');
});

e2e('the reverse lens highlights the areas a massage type or a benefit suits', async ({ page, open }) => {
  await open();
  // Names as the figure gives them before any highlight.
  const names = Object.fromEntries(
    await page.$$eval('svg.mm-figure g.region', (gs) => gs.map((g) => [g.dataset.region, g.getAttribute('aria-label')])),
  );
  const values = await page.$$eval('#mm-lens option', (os) => os.map((o) => o.value));
  const lens = page.locator('#mm-lens');

  for (const kind of ['massage', 'benefit']) {
    // The first option of this kind that highlights several areas on the front view.
    let matched = [];
    for (const value of values.filter((v) => v.startsWith(`${kind}:`))) {
      await lens.selectOption(value);
      const id = value.slice(kind.length + 1);
      await until(page, `${kind}=${id} in the URL and a summary`, ([kind, id]) =>
        new URLSearchParams(location.search).get(kind) === id && !!document.querySelector('#mm-lens-summary'),
      [kind, id]);
      matched = await page.$$eval('svg.mm-figure g.region[data-match]', (gs) => gs.map((g) => g.dataset.region));
      if (matched.length >= 2) break;
    }
    assert.ok(matched.length >= 2, `some ${kind} option highlights several areas`);
    const summary = (await page.locator('#mm-lens-summary').innerText()).toLowerCase();
    for (const id of matched) assert.ok(summary.includes(names[id].toLowerCase()), `summary names ${names[id]}: "${summary}"`);
  }

  await lens.selectOption('');
  await until(page, 'the highlight to clear', () =>
    document.querySelectorAll('svg.mm-figure g.region[data-match]').length === 0 &&
    !/[?&](massage|benefit)=/.test(location.search));
});

e2e('deep links open the region on the view that shows it', async ({ page, open }) => {
  await open('?region=lower-back');
  await viewIs(page, 'back');
  await selected(page, 'lower-back');
  assert.equal(await page.locator('#mm-notice').isVisible(), false);

  await open('?region=knees&view=back');
  await viewIs(page, 'back');
  await selected(page, 'knees');
  assert.equal(await page.locator('#mm-notice').isVisible(), false);
});

e2e("back and forward step through selections, and the tab's title names the area on show", async ({ page, open }) => {
  await open();
  const intro = await page.title();
  assert.match(intro, /^Massage Map: /);
  const titled = (name) => until(page, `the title naming ${name}`, (name) => document.title === `${name}: which kinds of massage may help · Massage Map`, name);
  await clickRegion(page, 'neck');
  await selected(page, 'neck');
  await titled('Neck');
  await clickRegion(page, 'knees');
  await selected(page, 'knees');
  await titled('Knees');
  await page.goBack();
  await selected(page, 'neck');
  await titled('Neck');
  await page.goForward();
  await selected(page, 'knees');
  await page.keyboard.press('Escape');
  await selected(page, null);
  await until(page, 'the intro title back', (intro) => document.title === intro, intro);
  await open('?region=lower-back');
  await titled('Lower back');
});

for (const [label, query] of [
  ['a hostile region', { region: '<img src=x onerror=alert(1)>' }],
  ['an unknown view', { view: 'sideways' }],
  ['an unknown massage', { massage: 'nope' }],
  ['all three', { region: '<img src=x onerror=alert(1)>', view: 'sideways', massage: 'nope' }],
]) {
  e2e(`a link with ${label} shows the default view and a polite notice`, async ({ page, open, requests }) => {
    await open(`?${new URLSearchParams(query)}`);
    await viewIs(page, 'front');
    await selected(page, null);
    const notice = page.locator('#mm-notice');
    await notice.waitFor({ state: 'visible' });
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.match(await notice.innerText(), /\w{3}/);
    assert.equal(await page.locator('img[src="x"], [onerror]').count(), 0, 'no element injected');
    assert.ok(!(await page.locator('body').innerText()).includes('onerror'), 'the link text is not echoed');
    assert.deepEqual(requests.filter((u) => new URL(u).pathname.endsWith('/x')), [], 'no request for the injected image');
    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'hidden' });
  });
}

e2e('tap targets at 375 px are at least 24×24 and belong to their region everywhere', async ({ page, open }) => {
  await open();
  for (const view of ['front', 'back']) {
    await page.locator(`#mm-view-${view}`).tap();
    await viewIs(page, view);
    const problems = await page.evaluate(() => {
      const bad = [];
      const hits = document.querySelectorAll('svg.mm-figure rect.hit');
      if (hits.length === 0) bad.push('no rect.hit');
      for (const rect of hits) {
        const region = rect.closest('g.region');
        const id = region?.dataset.region ?? '(no region)';
        rect.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        const b = rect.getBoundingClientRect();
        if (b.width < 24 || b.height < 24) bad.push(`${id}: ${b.width.toFixed(1)}×${b.height.toFixed(1)} px`);
        for (const x of [b.left + 1, b.left + b.width / 2, b.right - 1]) {
          for (const y of [b.top + 1, b.top + b.height / 2, b.bottom - 1]) {
            const el = document.elementFromPoint(x, y);
            if (!region || el?.closest('g.region') !== region) {
              const what = el ? `${el.tagName}${el.id ? '#' + el.id : ''}.${el.getAttribute('class') ?? ''} in ${el.closest('[id]')?.id}` : 'nothing';
              bad.push(`${id} at (${x.toFixed(0)}, ${y.toFixed(0)}) hits ${what}`);
            }
          }
        }
      }
      return bad;
    });
    assert.deepEqual(problems, [], `${view} view tap targets`);
  }

  // A tap near the top of the figure selects, and the panel scrolls into view below it.
  await page.locator('#mm-view-front').tap();
  await viewIs(page, 'front');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const [x, y] = await regionPoint(page, 'neck');
  await page.touchscreen.tap(x, y);
  await selected(page, 'neck');
  await until(page, 'the panel heading to come into the viewport', () => {
    const r = document.querySelector('#mm-panel h2')?.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= innerHeight;
  });
}, { context: PHONE });

{
  let host, hostDir;
  before(async () => {
    // The page of another site (localhost, another port) that embeds the widget (127.0.0.1).
    hostDir = await mkdtemp(join(tmpdir(), 'mm-host-'));
    await writeFile(join(hostDir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A clinic's page</title></head>
<body><h1>Our treatments</h1>
<iframe src="${widget.url}" title="Massage Map" style="width:1100px;height:1400px;border:0"></iframe>
</body></html>`);
    host = await start({ root: hostDir, host: 'localhost' });
  });
  after(async () => {
    await host?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  e2e('works inside an iframe on another origin', async ({ page }) => {
    assert.notEqual(new URL(host.url).origin, new URL(widget.url).origin);
    await page.goto(host.url);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('svg.mm-figure g.region');
    await clickRegion(page, 'neck', frame);
    await selected(frame, 'neck');
    assert.ok((await frame.locator('#mm-panel li.suggestion').count()) >= 3);
    assert.equal(new URL(page.url()).search, '', 'the host page URL is untouched');
  }, { origins: () => [new URL(host.url).origin] });
}

{
  // Another site (localhost, another port) that embeds the widget (127.0.0.1) the way
  // WordPress does: sandbox="allow-scripts", so the widget's origin is opaque.
  let host, hostDir;
  const hostPage = (body) => writeFile(join(hostDir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A wellness blog</title></head>
<body><h1>Where does it hurt?</h1>${body}<p>After the widget.</p></body></html>`);
  const frameHeight = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  // The iframe is as tall as the document inside it (within a pixel), so nothing scrolls inside.
  const fits = async (page, frame, what) => {
    for (let i = 0; i < 100; i++) {
      const [outer, inner] = [await frameHeight(page), await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)];
      if (Math.abs(outer - Math.ceil(inner)) <= 1) return outer;
      await page.waitForTimeout(50);
    }
    throw new Error(`the iframe (${await frameHeight(page)} px) did not fit its content (${what})`);
  };
  before(async () => {
    hostDir = await mkdtemp(join(tmpdir(), 'mm-blog-'));
    host = await start({ root: hostDir, host: 'localhost' });
  });
  after(async () => {
    await host?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  e2e('in a sandboxed iframe on another site it runs, resizes to its content and works by keyboard', async ({ page, context, allow }) => {
    allow(new URL(host.url).origin);
    await hostPage(`<iframe src="${widget.url}?embed=1" sandbox="allow-scripts" title="Massage Map" width="100%" height="150" style="border:0"></iframe>
<script src="${widget.url}embed.js"></script>`);
    await page.goto(host.url);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('svg.mm-figure g.region');
    assert.equal(await frame.evaluate(() => origin), 'null', 'the sandbox gives the widget an opaque origin');
    assert.equal(await frame.locator('.mm-header').count(), 0, 'embed mode leaves the header to the host');
    assert.equal(await frame.locator('h1').getAttribute('class'), 'sr-only', 'a heading remains for screen readers');
    // The sandbox blocks new tabs, so the full map's address is given as text.
    assert.match(await frame.locator('.mm-embed-bar .mm-url').innerText(), /^http:\/\/127\.0\.0\.1:\d+\/blog\/tools\/massage-map\/$/);
    const intro = await fits(page, frame, 'intro');
    assert.ok(intro > 150, `the iframe grew from 150 px to ${intro} px`);

    // Keyboard only: Tab into the frame, to the figure, arrow to an area, Enter.
    await frame.locator('#mm-view-back').click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await until(frame, 'focus on the figure', () => document.activeElement?.closest?.('svg.mm-figure'));
    for (let i = 0; i < 16 && !(await frame.evaluate(() => document.activeElement?.dataset?.region === 'lower-back')); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await until(frame, 'lower back chosen by keyboard', () => document.querySelector('#mm-panel h2')?.textContent === 'Lower back');
    // The answer's summary is shorter than the intro: the frame follows it down, then up
    // again when a part of the answer is opened, and down when it is closed.
    const answer = await fits(page, frame, 'lower back');
    assert.ok(answer < intro, `it shrank for the answer's summary (${intro} -> ${answer} px)`);
    await frame.locator('li.suggestion summary').first().click();
    // The opened part is built on its toggle event: wait for it before measuring.
    await until(frame, 'the opened suggestion built', () => !!document.querySelector('li.suggestion .mm-detail'));
    const opened = await fits(page, frame, 'a suggestion opened');
    assert.ok(opened > answer, `it grew as a suggestion opened (${answer} -> ${opened} px)`);
    await frame.locator('li.suggestion summary').first().click();
    await until(frame, 'the suggestion closed', () => !document.querySelector('li.suggestion details[open]'));
    const closed = await fits(page, frame, 'the suggestion closed');
    assert.ok(closed < opened, `it shrank back (${opened} -> ${closed} px)`);
    await frame.locator('li.suggestion summary').first().focus();
    await page.keyboard.press('Escape');
    await until(frame, 'the selection cleared and the intro back', () =>
      !document.querySelector('g.region[aria-pressed="true"]') && document.querySelector('#mm-panel h2')?.textContent === 'Where does it hurt?');
    const after = await fits(page, frame, 'intro again');
    assert.ok(after > answer, `it grew back for the intro (${answer} -> ${after} px)`);

    assert.equal(new URL(page.url()).search, '', 'the host page URL is untouched');
  });

  e2e('the "Embed this map" code works pasted into a fresh page', async ({ page, context, open, allow }) => {
    allow(new URL(host.url).origin);
    await open('?region=knees&theme=dark');
    await page.getByRole('button', { name: 'Embed this map' }).click();
    const code = await page.locator('#mm-embed-code').inputValue();
    const src = new URL(code.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.equal(`${src.origin}${src.pathname}`, widget.url);
    assert.deepEqual([...src.searchParams].sort(), [['embed', '1'], ['region', 'knees'], ['theme', 'dark']]);
    assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/blog\/tools\/massage-map\/embed\.js" async><\/script>/);
    await page.getByRole('button', { name: 'Copy the code' }).click();
    // Headless Chromium may refuse the clipboard: then the code is selected for Ctrl+C.
    await until(page, 'a copy status', () => document.querySelector('.mm-embed-status')?.textContent.length > 0);
    if (/blocked/.test(await page.locator('.mm-embed-status').innerText())) {
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'mm-embed-code');
    }

    await hostPage(code);
    const blog = await context.newPage();
    await blog.goto(host.url);
    const frame = await (await blog.waitForSelector('iframe')).contentFrame();
    await until(frame, 'the knees answer', () => document.querySelector('#mm-panel h2')?.textContent === 'Knees');
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const full = new URL(await frame.locator('.mm-embed-bar a').getAttribute('href'));
    assert.equal(`${full.origin}${full.pathname}`, widget.url);
    assert.deepEqual([...full.searchParams].sort(), [['region', 'knees'], ['theme', 'dark']], 'the full map opens on the same area, without embed mode');
    await fits(blog, frame, 'knees');
  });
}

e2e('a host page\'s theme, size and accent apply, the accent kept readable; odd values change nothing', async ({ page, open }) => {
  const look = () => page.evaluate(() => {
    const root = document.documentElement;
    const style = getComputedStyle(root);
    return { theme: root.dataset.theme, size: root.dataset.size, embed: root.dataset.embed, style: root.getAttribute('style'),
      light: style.getPropertyValue('--accent-light'), dark: style.getPropertyValue('--accent-dark'),
      background: getComputedStyle(document.body).backgroundColor };
  });
  const luminance = (hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, at) => sum + c * [0.2126, 0.7152, 0.0722][at], 0);
  const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

  // A pale yellow reads on the dark surface, but not on white: darkened there, just enough.
  await open('?region=knees&theme=dark&size=compact&accent=ffe066');
  let got = await look();
  assert.deepEqual([got.theme, got.size, got.embed, got.background], ['dark', 'compact', undefined, 'rgb(15, 20, 26)']);
  assert.equal(got.dark, '#ffe066');
  assert.notEqual(got.light, '#ffe066');
  assert.ok(contrast(got.light, '#ffffff') >= 4.5 && contrast(got.light, '#ffffff') < 5, `${got.light} on white`);
  // Short and '#'-encoded forms; even white ends up readable on white.
  await open('?accent=%23fff');
  got = await look();
  assert.equal(got.dark, '#ffffff');
  assert.ok(contrast(got.light, '#ffffff') >= 4.5, `${got.light} on white`);
  assert.equal(got.theme, undefined, 'no theme asked: the reader\'s own setting holds');

  for (const odd of ['?theme=purple&size=huge&embed=yes&accent=red', '?accent=%3Cscript%3E', '?accent=%23ggg&theme', '?accent=%2312345']) {
    await open(`${odd}&region=neck`);
    got = await look();
    assert.deepEqual([got.theme, got.size, got.embed, got.style], [undefined, undefined, undefined, null], odd);
    await selected(page, 'neck');
    assert.equal(await page.locator('.mm-notice').count(), 0, `${odd}: settings are not the map's, so no notice`);
  }
});

e2e('loads only from its own sub-path and keeps other URL parts', async ({ page, open, requests }) => {
  await open('?utm_source=newsletter#top');
  await clickRegion(page, 'shoulders');
  await selected(page, 'shoulders');
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('utm_source'), 'newsletter', 'other parameters are kept');
  assert.equal(new URL(page.url()).hash, '#top', 'the fragment is kept');
  // Browsers may ask for /favicon.ico on their own; everything the app loads is relative.
  const outside = requests.filter((u) => !new URL(u).pathname.startsWith(BASE) && new URL(u).pathname !== '/favicon.ico');
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the app loaded its .wasm');
});

e2e('the figure stays put while answers and the lens change', async ({ page, open }) => {
  await open();
  const figureAt = () =>
    page.evaluate(() => {
      const r = document.querySelector('svg.mm-figure').getBoundingClientRect();
      return [r.left, r.top, r.width, r.height, scrollY].map(Math.round);
    });
  const before = await figureAt();
  for (const id of ['neck', 'knees', 'chest', 'head', 'feet']) {
    await clickRegion(page, id);
    await selected(page, id);
    assert.deepEqual(await figureAt(), before, `the figure moved after choosing ${id}`);
  }
  await page.selectOption('#mm-lens', 'massage:swedish');
  await page.waitForSelector('#mm-lens-summary');
  assert.deepEqual(await figureAt(), before, 'the figure moved when the lens changed');
});

e2e('screen readers hear the answer and its warning signs', async ({ page, open }) => {
  await open();
  const announce = page.locator('#mm-announce');
  assert.equal(await announce.getAttribute('aria-live'), 'polite');
  await clickRegion(page, 'knees');
  await selected(page, 'knees');
  assert.match(await announce.textContent(), /^Knees: \d+ massage types that may help/);
  // A swollen calf may be a clot; back pain with numbness or bladder changes is an emergency.
  for (const [id, urgency] of [['calves', /Urgent|Emergency/], ['lower-back', /Emergency/]]) {
    await page.locator(`#mm-region-list button[data-region="${id}"]`).click();
    await selected(page, id);
    const flags = page.locator('#mm-red-flags');
    assert.equal(await flags.getAttribute('role'), 'note');
    assert.ok(await flags.isVisible(), `${id}: red flags visible`);
    assert.match(await flags.locator('li').first().innerText(), urgency, `${id}: most urgent sign first, labelled`);
    assert.match(await announce.textContent(), /Warning signs that need a doctor first are listed at the top/);
    // Above the suggestions, and set apart from them.
    const [flagBox, firstSuggestion] = [await flags.boundingBox(), await page.locator('li.suggestion').first().boundingBox()];
    assert.ok(flagBox.y + flagBox.height <= firstSuggestion.y, `${id}: red flags stand above the suggestions`);
  }
  assert.match(await announce.textContent(), /some of them emergencies/);
});

e2e('each suggestion says evidence or common practice, and the checklist and sources are there', async ({ page, context, open, allow }) => {
  await open('?region=lower-back');
  await selected(page, 'lower-back');
  const labels = await page.locator('li.suggestion .basis').allInnerTexts();
  assert.ok(labels.length >= 3, `suggestions: ${labels}`);
  for (const label of labels) assert.match(label, /^(Evidence: (high|moderate|low|very low) certainty, .+|Evidence: (disputed|too little to say), .+|Common practice)$/);
  assert.ok(labels.some((l) => l.startsWith('Evidence:')), 'lower back pain has studies behind some suggestions');
  // Summary first: what a massage type is waits behind its card, built only when opened.
  assert.equal(await page.locator('#mm-panel .mm-detail').count(), 0, 'no detail is built before it is opened');
  const card = page.locator('li.suggestion').first();
  assert.match(await card.locator('.brief').innerText(), /\S/, 'each card says why in a line');
  await card.locator('summary').click();
  assert.match(await card.locator('.mm-detail').innerText(), /What it is[\s\S]*What studies show[\s\S]*Check first/);
  assert.equal(await page.locator('#mm-panel .mm-detail').count(), 1, 'only the opened part is built');
  await page.locator('.mm-more-list summary', { hasText: 'Before you book' }).click();
  assert.match(await page.locator('#mm-before-you-book').innerText(), /Tell the therapist[\s\S]*clot[\s\S]*pregnan/i);
  // Another area starts with everything closed again.
  await page.locator('#mm-region-list button[data-region="neck"]').click();
  await selected(page, 'neck');
  assert.equal(await page.locator('#mm-panel details[open]').count(), 0, 'nothing stays open from the lower back');
  assert.equal(await page.locator('#mm-panel .mm-detail').count(), 0);
  await page.locator('#mm-region-list button[data-region="lower-back"]').click();
  await selected(page, 'lower-back');
  // The disclaimer comes before the suggestions, so nobody scrolls past advice to find it.
  const [disclaimer, firstSuggestion] = [await page.locator('#mm-disclaimer').boundingBox(), await page.locator('li.suggestion').first().boundingBox()];
  assert.ok(disclaimer.y < firstSuggestion.y);

  // Sources open outside the widget, in a new tab. The closed network has no other host,
  // so the new tab's request is answered here; the test still sees where it went.
  await context.route((url) => url.origin !== new URL(widget.url).origin, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>source</title>' }));
  await page.locator('.mm-sources summary').click();
  const link = page.locator('.mm-sources a').first();
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /noopener/);
  const href = await link.getAttribute('href');
  allow(new URL(href).origin);
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  assert.equal(tab.url(), href);
  assert.match(page.url(), /region=lower-back/, 'the widget stays where it was');
});

e2e('on a wide screen the figure is large and stays in view while the answer scrolls; in a blog column it sits beside the answer', async ({ page, open }) => {
  await open('?region=lower-back');
  await selected(page, 'lower-back');
  const figure = () => page.evaluate(() => {
    const r = document.querySelector('svg.mm-figure').getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height, left: r.left };
  });
  const before = await figure();
  assert.ok(before.height >= 0.75 * 900 - 150, `the figure is large: ${before.height} px of a 900 px window`);
  await page.evaluate(() => scrollTo(0, 1500));
  const after = await figure();
  assert.ok(after.top >= 0 && after.bottom <= 900, `the figure stays in view after scrolling: ${JSON.stringify(after)}`);
  // WordPress's content column: 650 px.
  await page.setViewportSize({ width: 650, height: 1000 });
  await page.evaluate(() => scrollTo(0, 0));
  const [fig, panel] = await page.evaluate(() => ['svg.mm-figure', '#mm-panel'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
  assert.ok(fig.right <= panel.left && panel.top < fig.bottom, `the figure is beside the answer at 650 px: ${JSON.stringify([fig, panel])}`);
});

e2e('printed, an answer fits two A4 pages with the figure, the warning signs and the address, and no controls', async ({ page, open }) => {
  for (const region of ['knees', 'lower-back', 'neck']) {
    await open(`?region=${region}`);
    await selected(page, region);
    // A reader with a dark screen still gets dark text on white paper.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const ink = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    assert.deepEqual(ink, ['rgb(24, 33, 43)', 'rgb(255, 255, 255)'], `dark text on white (${region})`);
    const hidden = await page.evaluate(() =>
      ['#mm-view-front', '#mm-lens', '#mm-search', '.mm-embed button', '#mm-region-list'].filter((s) => {
        const e = document.querySelector(s);
        return e && e.getClientRects().length > 0;
      }));
    assert.deepEqual(hidden, [], `no controls on paper (${region})`);
    const shown = await page.evaluate(() => ({
      figure: document.querySelector('svg.mm-figure').getBoundingClientRect().height,
      flags: document.querySelector('#mm-red-flags')?.getClientRects().length,
      address: document.querySelector('.mm-print-address')?.innerText,
    }));
    assert.ok(shown.figure > 100, `the figure is printed (${region})`);
    assert.equal(shown.flags, 1, `the warning signs are printed (${region})`);
    assert.equal(shown.address, `This page: ${page.url()}`);
    const pdf = (await page.pdf({ format: 'A4', margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length;
    assert.ok(pages >= 1 && pages <= 2, `${region} prints on ${pages} A4 pages`);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  }
});

e2e('a clinic build shows the clinic\'s own dataset', async ({ page, allow }) => {
  // scripts/test.sh builds data/examples/clinic.toml into target/dist-clinic first.
  const root = new URL('../../target/dist-clinic/', import.meta.url).pathname;
  await readFile(join(root, 'index.html')).catch(() => {
    throw new Error(`no clinic build in ${root}: run MASSAGE_MAP_DATA=data/examples/clinic.toml DIST=target/dist-clinic bash scripts/serve.sh --build-only`);
  });
  const clinic = await start({ root, base: BASE, host: '127.0.0.1' });
  allow(new URL(clinic.url).origin);
  try {
    await page.goto(`${clinic.url}?region=neck`);
    await page.waitForSelector('#mm-panel li.suggestion');
    assert.equal(await page.locator('h1').innerText(), 'Harbourside Massage Map');
    const names = await page.locator('li.suggestion h3').allInnerTexts();
    assert.ok(names.includes('Harbourside Desk Reset'), `suggestions: ${names}`);
    // Areas the clinic left out stay drawn but are not offered.
    assert.ok((await page.locator('#mm-region-list button').count()) < 16);
  } finally {
    await clinic.close();
  }
});

// axe-core's WCAG 2.x A/AA rules, in light and dark, with nothing chosen, with a
// region and its warnings shown, and with the lens on.
const AXE = await readFile(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const axeViolations = async (page) => {
  // The page's CSP refuses inline scripts, so axe runs through the DevTools protocol.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
};
for (const colorScheme of ['light', 'dark']) {
  e2e(`no WCAG A/AA violations found by axe-core (${colorScheme})`, async ({ page, open }) => {
    await open();
    assert.deepEqual(await axeViolations(page), [], 'intro');
    await clickRegion(page, 'neck');
    await selected(page, 'neck');
    await page.selectOption('#mm-lens', 'benefit:wellbeing');
    await page.waitForSelector('#mm-lens-summary');
    assert.deepEqual(await axeViolations(page), [], 'neck chosen, lens on');
  }, { context: { ...DESKTOP, colorScheme } });
}
