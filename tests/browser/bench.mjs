// Benchmark of the release build in dist/ (run through scripts/bench.sh, which builds it first):
//   (a) bytes of every response of a first visit, gzip -9 and brotli -11
//   (b) time from navigation start until the first region answers a click, CPU throttled 4×
//   (c) click to paint, the budgeted figure: from Chromium's own trace, the click
//       event to the end of the main-thread Paint of the frame that shows it, over
//       20 selections 150 ms apart in each of 3 fresh pages, CPU throttled 4×; with
//       the main-thread work in that frame by kind, and click to the full answer
//   (d) a requestAnimationFrame-based harness (clicks back to back), for comparison:
//       its floor, measured on a trivial page, is already about one frame
// `node bench.mjs --strict` exits 1 when a budget is missed.
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { start } from './server.mjs';

const BASE = '/blog/tools/massage-map/';
const THROTTLE = 4;
const LOADS = 5;
const CLICKS = 20;
const PAGES = 3;
const SETTLE_MS = 1000;
const KB = 1000;
const BUDGET = { gzip: 110 * KB, p95: 16 };
const REFERENCE = [
  ['React + react-body-highlighter', { gzip: '53 KB', first: '403 ms', p95: '19.6 ms' }],
  ['vanilla SVG', { gzip: '5 KB', first: '326 ms', p95: '15.7 ms' }],
];

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => sorted(xs)[Math.ceil(0.95 * xs.length) - 1]; // nearest rank
const ms = (x) => `${x.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');
const reference = (key) => REFERENCE.map(([name, r]) => `${name} ${r[key]}`).join('; ');

const server = await start({ base: BASE });
const browser = await launchChromium();

async function freshPage(throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (throttle) {
    // Set on about:blank before navigating, as Lighthouse does, so the load itself is throttled.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  return { context, page };
}

// (a) Every response of a first visit. The bytes come from the same server
// (it serves files verbatim), compressed here at the levels a CDN would use.
async function transfer() {
  const { context, page } = await freshPage(false);
  const urls = [];
  const errors = [];
  page.on('response', (r) => urls.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.waitForSelector('svg.mm-figure g.region', { timeout: 30_000 }).catch((e) => {
    throw new Error(`the app did not render: ${errors.join('; ') || e.message}`);
  });
  await context.close();
  const rows = [];
  for (const url of new Set(urls)) {
    const response = await fetch(url);
    if (!response.ok) continue;
    const body = Buffer.from(await response.arrayBuffer());
    rows.push({
      name: new URL(url).pathname.slice(BASE.length) || '(index)',
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    });
  }
  return rows;
}

// (b) In the page from its first script on: click the first region as soon as
// it exists (again each frame until the app answers, as an impatient person
// would) and note performance.now() (ms since navigation start) when one is pressed.
function firstClickProbe() {
  const click = (g) => g.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  const pressed = () => document.querySelector('svg.mm-figure g.region[aria-pressed="true"]');
  const retry = () => {
    if (window.__mmFirstClick) return;
    click(document.querySelector('svg.mm-figure g.region'));
    requestAnimationFrame(retry);
  };
  let started = false;
  const observer = new MutationObserver(() => {
    if (!started && document.querySelector('svg.mm-figure g.region')) {
      started = true;
      retry();
    }
    if (started && pressed()) {
      window.__mmFirstClick = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed'] });
}

// (d) t0 right before dispatching the click, t1 in a setTimeout(0) scheduled
// from the next requestAnimationFrame, i.e. once that frame is painted.
async function clickToPaint([count]) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const all = [...document.querySelectorAll('svg.mm-figure g.region')].map((g) => g.dataset.region);
  const ids = ['neck', 'knees'].every((id) => all.includes(id)) ? ['neck', 'knees'] : all.slice(-2);
  if (ids.length < 2) throw new Error(`the figure needs two regions to alternate, found: ${all.join(', ')}`);
  const times = [];
  await frame();
  // Back to back, as the reference bars were measured: each click lands just after the
  // previous frame, so a click painted in the very next frame scores just under 16.7 ms.
  for (let i = 0; i < count; i++) {
    const id = ids[i % 2];
    const t0 = performance.now();
    document.getElementById(`mm-region-${id}`).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    await frame();
    times.push(performance.now() - t0);
    if (document.getElementById(`mm-region-${id}`)?.getAttribute('aria-pressed') !== 'true') throw new Error(`click ${i} did not select ${id}`);
  }
  return times;
}

// (c) Clicks a person would make (150 ms apart), timed two ways: t0 to the panel
// heading naming the region, then to the end of that frame (the full answer is
// painted); and, from the trace, the click event to the end of the next Paint.
async function spacedClicks([count]) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const ids = ['neck', 'knees'];
  const answers = [];
  for (let i = 0; i < count; i++) {
    const g = document.getElementById(`mm-region-${ids[i % 2]}`);
    const t0 = performance.now();
    g.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    // (The trivial floor page has no answer to wait for.)
    if (document.getElementById('mm-panel')) {
      while (document.querySelector('#mm-panel h2')?.textContent !== g.getAttribute('aria-label')) await frame();
      answers.push(performance.now() - t0);
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  return answers;
}

async function traced(page, count) {
  const path = join(tmpdir(), `mm-bench-trace-${process.pid}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline'] });
  const answers = await page.evaluate(spacedClicks, [count]);
  await browser.stopTracing();
  const events = JSON.parse(await readFile(path, 'utf8')).traceEvents.filter((e) => e.ph === 'X' && e.dur);
  await rm(path, { force: true });
  events.sort((a, b) => a.ts - b.ts);
  const firstPaints = [];
  // Main-thread work between the click and the end of its first Paint, by kind.
  const work = { js: [], style: [], layout: [], paint: [] };
  const kinds = { js: ['FunctionCall', 'EventDispatch'], style: ['UpdateLayoutTree'], layout: ['Layout'], paint: ['Paint', 'PrePaint'] };
  for (const click of events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')) {
    const paint = events.find((e) => e.ts > click.ts && e.name === 'Paint' && e.tid === click.tid);
    const end = paint.ts + paint.dur;
    firstPaints.push((end - click.ts) / 1000);
    const inside = events.filter((e) => e.tid === click.tid && e.ts >= click.ts && e.ts + e.dur <= end);
    // Count each event once: Paint events nest (one per paint layer), and so do calls.
    const top = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
    for (const [kind, names] of Object.entries(kinds)) {
      work[kind].push(top.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.dur, 0) / 1000);
    }
  }
  return { firstPaints, answers, work };
}

// A page that only flips aria-pressed (and a fill): what this machine's headless
// Chromium scores, under either harness, for work that is next to nothing.
const FLOOR_PAGE = `<!doctype html><style>[aria-pressed="true"] rect { fill: orange }</style>
<svg class="mm-figure" width="100" height="200">
<g class="region" id="mm-region-neck" data-region="neck" aria-pressed="false"><rect width="90" height="90"/></g>
<g class="region" id="mm-region-knees" data-region="knees" aria-pressed="false"><rect y="100" width="90" height="90"/></g></svg>
<script>for (const g of document.querySelectorAll('g.region')) g.addEventListener('click', () => {
  for (const o of document.querySelectorAll('g.region')) o.setAttribute('aria-pressed', String(o === g));
});</script>`;

try {
  console.log(`Massage Map benchmark: release build in Chromium ${browser.version()}, served at ${server.url}`);

  const rows = await transfer();
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
  const width = Math.max(20, ...rows.map((r) => r.name.length));
  const line = (name, r) => `  ${name.padEnd(width)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.br).padStart(10)}`;
  console.log(`\n(a) First visit, every response (bytes; KB = ${KB} bytes)`);
  console.log(`  ${'file'.padEnd(width)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli -11'.padStart(10)}`);
  for (const r of rows) console.log(line(r.name, r));
  console.log(line('total', total));
  const kb = (n) => `${(n / KB).toFixed(1)} KB (${(n / 1024).toFixed(1)} KiB)`;
  console.log(`  gzip ${kb(total.gzip)}, brotli ${kb(total.br)}; budget ≤ ${BUDGET.gzip / KB} KB gzip: ${verdict(total.gzip <= BUDGET.gzip)}`);
  console.log(`  reference: ${reference('gzip')}`);

  const firsts = [];
  let paints = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await freshPage(true);
    await page.addInitScript(firstClickProbe);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__mmFirstClick, null, { timeout: 60_000 });
    firsts.push(await page.evaluate(() => window.__mmFirstClick));
    // The last load, still throttled, also serves for click-to-paint.
    if (i === LOADS - 1) paints = await page.evaluate(clickToPaint, [CLICKS]).catch((e) => e);
    await context.close();
  }
  console.log(`\n(b) Navigation start to first region answering a click, CPU ${THROTTLE}× slower, median of ${LOADS} fresh loads`);
  console.log(`  median ${ms(median(firsts))}  (runs: ${firsts.map((x) => x.toFixed(0)).join(', ')} ms)`);
  console.log(`  reference: ${reference('first')}`);

  if (paints instanceof Error) throw paints;

  // (c) The budgeted figure, from Chromium's trace, in fresh pages.
  const trace = { firstPaints: [], answers: [], work: { js: [], style: [], layout: [], paint: [] } };
  const perPage = [];
  for (let i = 0; i < PAGES; i++) {
    const { context, page } = await freshPage(true);
    await page.goto(server.url);
    await page.waitForSelector('svg.mm-figure g.region');
    // A person looks before tapping: start once the page has settled (the first
    // click right after load is measured in (b)).
    await page.waitForTimeout(SETTLE_MS);
    const run = await traced(page, CLICKS);
    await context.close();
    perPage.push(run.firstPaints);
    trace.firstPaints.push(...run.firstPaints);
    trace.answers.push(...run.answers);
    for (const kind of Object.keys(trace.work)) trace.work[kind].push(...run.work[kind]);
  }
  const floorTrace = await freshPage(true);
  await floorTrace.page.setContent(FLOOR_PAGE);
  const floorRun = await traced(floorTrace.page, CLICKS);
  await floorTrace.context.close();
  const { firstPaints, answers, work } = trace;
  console.log(`\n(c) Click to paint, CPU ${THROTTLE}× slower: ${CLICKS} selections 150 ms apart in each of ${PAGES} fresh pages, from ${SETTLE_MS} ms after the figure shows,`);
  console.log('    from Chromium\'s trace: the click event to the end of the main-thread Paint of the frame showing it');
  console.log(`  median ${ms(median(firstPaints))}, p95 ${ms(p95(firstPaints))} (all ${firstPaints.length}); budget p95 ≤ ${BUDGET.p95} ms: ${verdict(p95(firstPaints) <= BUDGET.p95)}`);
  console.log(`  per page: ${perPage.map((xs) => `median ${ms(median(xs))}, p95 ${ms(p95(xs))}`).join('; ')}`);
  for (const xs of perPage) console.log(`    in order: ${xs.map((x) => x.toFixed(1)).join(", ")}`);
  console.log(`  floor here (a page that only flips aria-pressed and a fill): median ${ms(median(floorRun.firstPaints))}, p95 ${ms(p95(floorRun.firstPaints))}`);
  console.log(`  work in that frame, medians: ${Object.entries(work).map(([kind, xs]) => `${kind} ${ms(median(xs))}`).join(', ')}`);
  console.log(`  click to the full answer painted (heading, suggestions, sources): median ${ms(median(answers))}, p95 ${ms(p95(answers))}`);
  console.log(`  reference: ${reference('p95')} (p95)`);

  console.log(`\n(d) For comparison, a requestAnimationFrame harness: ${CLICKS} selections back to back, t0 before the click,`);
  console.log('    t1 in a setTimeout(0) from the next animation frame');
  console.log(`  median ${ms(median(paints))}, p95 ${ms(p95(paints))}  (all: ${paints.map((x) => x.toFixed(1)).join(', ')})`);
  const floor = await freshPage(true);
  await floor.page.setContent(FLOOR_PAGE);
  const base = await floor.page.evaluate(clickToPaint, [CLICKS]);
  await floor.context.close();
  console.log(`  floor here (same trivial page): median ${ms(median(base))}, p95 ${ms(p95(base))}: this harness cannot tell pages under about one frame apart`);

  const over = total.gzip > BUDGET.gzip || p95(firstPaints) > BUDGET.p95;
  if (over && process.argv.includes('--strict')) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
