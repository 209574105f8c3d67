// Benchmark of the release build in dist/ (run through scripts/bench.sh, which builds it first),
// side by side IN THE SAME RUN with two reference pages (built here from
// ../shared/reference-pages, see reference-pages.mjs): a vanilla SVG page (the practical
// limit) and a React 18 + react-body-highlighter page (what a user would pick instead).
// Each page is measured the same way, interleaved (A, B, C, A, B, C…) so machine noise hits
// all alike, CPU throttled 4× (set on about:blank before navigating):
//   (a) bytes of every response of a first visit, raw, gzip -9 and brotli -11
//   (b) navigation start to the first tapped region's answer visible: an init script polls each
//       animation frame from the first script, clicks the region as soon as it exists (again
//       each frame until the page answers, unless the click started loading another page), and
//       notes the time one frame after the answer is in the DOM (requestAnimationFrame, then
//       setTimeout 0: after its paint)
//   (c) later taps, click to paint, from Chromium's own trace: the click event to the end of
//       the main-thread Paint of the first frame painted after the answer is in the DOM
//       (a MutationObserver stamps that moment into the trace with console.timeStamp), over
//       CLICKS selections alternating two regions 150 ms apart in each of PAGES fresh pages
//   (d) DOM elements after the first answer is shown, and on a region page once the app has
//       taken it over, not counting the insides of closed <details>
// (b) and (c) repeat --runs N times (default 3); the bench prints each run and the medians,
// and writes everything to target/bench.json.
//   node bench.mjs [--runs N] [--strict] [--refs DIR] [--json FILE]
// --strict exits 1 when a budget is missed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { buildReferencePages, DEFAULT_SOURCE } from './reference-pages.mjs';
import { start } from './server.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    strict: { type: 'boolean', default: false },
    refs: { type: 'string', default: DEFAULT_SOURCE },
    json: { type: 'string', default: fileURLToPath(new URL('../../target/bench.json', import.meta.url)) },
  },
});
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, not ${opts.runs}`);

const MM_BASE = '/blog/tools/massage-map/';
const THROTTLE = 4;
const LOADS = 3; // (b): fresh loads of each page per run
const CLICKS = 20; // (c): selections per fresh page
const PAGES = 3; // (c): fresh pages of each site per run
const GAP_MS = 150;
const SETTLE_MS = 1000;
const KB = 1000;
const BUDGET = { gzip: 125 * KB, blocking: 30 * KB, p95: 16, elements: 800 };

// What "the answer is visible" means on each page: the text of `selector` equals or includes `text`.
const answer = (selector, how, text) => ({ selector, [how]: text });
const CHEST = 'Eases tight pectorals from desk posture';
const ABS = 'Relieves abdominal tension and bloating';
const SITES = [
  {
    key: 'mm',
    name: 'Massage Map',
    ready: 'svg.mm-figure a.region',
    // The prerendered page is tappable at once (a tap opens the region's page); later taps
    // are timed once the app has taken the page over.
    takenOver: 'html[data-app="ready"]',
    // What a reader waits for before the first answer: the intro, its stylesheet and its one
    // blocking script, then the tapped region's page (the wasm loads alongside, blocking nothing).
    blocking: ['(index)', /^app-[0-9a-f]+\.css$/, /^boot-[0-9a-f]+\.js$/, 'chest.html'],
    // The figure's own chest, so all three pages answer the same region first.
    first: { click: '#mm-region-chest', answer: answer('#mm-panel h2', 'equals', 'Chest') },
    taps: [
      { click: '#mm-region-neck', answer: answer('#mm-panel h2', 'equals', 'Neck') },
      { click: '#mm-region-knees', answer: answer('#mm-panel h2', 'equals', 'Knees') },
    ],
  },
  {
    key: 'react',
    name: 'React + react-body-highlighter',
    ready: 'svg.rbh polygon[data-muscle="chest"]',
    // Its panel shows the same regions.json entry as the vanilla page: label, types, benefits.
    first: { click: 'svg.rbh polygon[data-muscle="chest"]', answer: answer('aside.panel', 'includes', CHEST) },
    taps: [
      { click: 'svg.rbh polygon[data-muscle="chest"]', answer: answer('aside.panel', 'includes', CHEST) },
      { click: 'svg.rbh polygon[data-muscle="abs"]', answer: answer('aside.panel', 'includes', ABS) },
    ],
  },
  {
    key: 'vanilla',
    name: 'Vanilla SVG',
    ready: '#body [data-region="chest"]',
    first: { click: '#body [data-region="chest"]', answer: answer('#panel', 'includes', CHEST) },
    taps: [
      { click: '#body [data-region="chest"]', answer: answer('#panel', 'includes', CHEST) },
      { click: '#body [data-region="abs"]', answer: answer('#panel', 'includes', ABS) },
    ],
  },
];

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => sorted(xs)[Math.ceil(0.95 * xs.length) - 1]; // nearest rank
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');

console.log(`Reference pages from ${opts.refs}`);
const refs = buildReferencePages({ source: opts.refs, log: (m) => console.log(`  ${m}`) });
const servers = {
  mm: await start({ base: MM_BASE }),
  // Vite's build uses absolute /assets/ URLs: it is served at the root of its own port.
  react: await start({ root: refs.react, base: '/' }),
  vanilla: await start({ root: refs.vanilla, base: '/' }),
};
for (const site of SITES) site.url = servers[site.key].url;
const browser = await launchChromium();

async function freshPage(throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
  if (throttle) {
    // Set on about:blank before navigating, as Lighthouse does, so the load itself is throttled.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  return { context, page, errors };
}

const failed = (site, errors, e) => new Error(`${site.name} (${site.url}): ${errors.join('; ') || e.message}`);

// (a) Every response of a first visit. The bytes come from the same server
// (it serves files verbatim), compressed here at the levels a CDN would use.
async function transfer(site) {
  const { context, page, errors } = await freshPage(false);
  const urls = [];
  page.on('response', (r) => urls.push(r.url()));
  await page.goto(site.url, { waitUntil: 'networkidle' });
  await page.waitForSelector(site.takenOver ?? site.ready, { timeout: 30_000, state: 'attached' }).catch((e) => { throw failed(site, errors, e); });
  await context.close();
  if (errors.length) throw failed(site, errors);
  const files = [];
  // The page a first tap opens, when a tap opens one.
  const more = (site.blocking ?? []).filter((f) => typeof f === 'string' && f !== '(index)').map((f) => new URL(f, site.url).href);
  for (const url of new Set([...urls, ...more])) {
    const response = await fetch(url);
    if (!response.ok) continue;
    const body = Buffer.from(await response.arrayBuffer());
    files.push({
      name: new URL(url).pathname.slice(new URL(site.url).pathname.length) || '(index)',
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    });
  }
  const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
  const visit = files.filter((f) => !more.includes(new URL(f.name, site.url).href));
  const blocking = site.blocking && sum(files.filter((f) => site.blocking.some((b) => (typeof b === 'string' ? b === f.name : b.test(f.name)))));
  return { files, total: sum(visit), blocking };
}

// (b) and (d), in the page from its first script on (an init script, so it runs in every
// document of the tab). Times are from the first navigation's timeOrigin, kept in
// sessionStorage, to performance.timeOrigin + performance.now() in the document that shows the
// answer: if a tap ever navigates to another page (say a prerendered region page), that page
// finds the answer already in its DOM and stamps it, without clicking again.
function firstAnswerProbe({ click, answer }) {
  if (window !== window.top) return;
  const now = () => performance.timeOrigin + performance.now();
  let start = performance.timeOrigin;
  try {
    const kept = Number(sessionStorage.getItem('bench:start'));
    if (kept) start = kept;
    else sessionStorage.setItem('bench:start', String(start));
  } catch {}
  const shown = () => {
    const text = document.querySelector(answer.selector)?.textContent.trim();
    return text != null && ('equals' in answer ? text === answer.equals : text.includes(answer.includes));
  };
  let inDom = null;
  let clicks = 0;
  const seen = () => {
    if (inDom != null || !shown()) return false;
    inDom = now() - start;
    // One frame later: requestAnimationFrame runs before that frame's paint, setTimeout 0 after it.
    requestAnimationFrame(() => setTimeout(() => {
      // Told through the console: polling for it from the bench would inject Playwright's
      // script into every document, about 45 ms of main thread each at 4×, in the measured window.
      console.debug(`bench:first ${JSON.stringify({ visible: now() - start, inDom, clicks, elements: document.getElementsByTagName('*').length, url: location.href })}`);
    }, 0));
    return true;
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
  // A tap that opens another page is not repeated while that page loads, as a person who sees
  // it loading waits (clicking again would restart the navigation).
  let leaving = false;
  window.navigation?.addEventListener('navigate', (event) => {
    if (!event.destination.sameDocument) leaving = true;
  });
  const poll = () => {
    if (seen() || inDom != null || leaving) return;
    const target = document.querySelector(click);
    if (target) {
      clicks++;
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      if (seen()) return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

// The probe's report, from whichever document of the tab shows the answer.
function firstReport(page, timeout = 60_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${timeout} ms`)), timeout);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith('bench:first ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(text.slice('bench:first '.length)));
    });
  });
}

async function firstAnswer(site) {
  const { context, page, errors } = await freshPage(true);
  try {
    await page.addInitScript(firstAnswerProbe, site.first);
    const report = firstReport(page);
    await page.goto(site.url, { waitUntil: 'commit' });
    return await report;
  } catch (e) {
    throw failed(site, errors, e);
  } finally {
    await context.close();
  }
}

// (c) In the page: selections a person would make, GAP_MS apart, alternating two regions.
// A MutationObserver writes console.timeStamp('bench-answer') into the trace the moment the
// clicked region's answer is in the DOM; the trace then gives the first Paint after it.
async function spacedClicks({ taps, count, gap }) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const shown = (answer) => {
    const text = document.querySelector(answer.selector)?.textContent.trim();
    return text != null && ('equals' in answer ? text === answer.equals : text.includes(answer.includes));
  };
  let expected = null;
  const check = () => {
    if (expected && shown(expected.answer)) {
      expected = null;
      console.timeStamp('bench-answer');
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  for (let i = 0; i < count; i++) {
    const tap = taps[i % 2];
    const target = document.querySelector(tap.click);
    if (!target) throw new Error(`click ${i}: no ${tap.click}`);
    if (shown(tap.answer)) throw new Error(`click ${i}: the answer for ${tap.click} shows before the click`);
    expected = tap;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    const until = performance.now() + 10_000;
    while (expected) {
      if (performance.now() > until) throw new Error(`click ${i} on ${tap.click}: no answer (${JSON.stringify(tap.answer)}) within 10 s`);
      await frame();
    }
    await new Promise((done) => setTimeout(done, gap));
  }
  observer.disconnect();
}

// From the trace: for each click event, the end of the first main-thread Paint after it (the
// click's own frame: for Massage Map, the highlight) and after its answer's timeStamp.
async function traced(page, taps, count) {
  const path = join(tmpdir(), `mm-bench-trace-${process.pid}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline'] });
  await page.evaluate(spacedClicks, { taps, count, gap: GAP_MS });
  await browser.stopTracing();
  const all = JSON.parse(readFileSync(path, 'utf8')).traceEvents;
  rmSync(path, { force: true });
  all.sort((a, b) => a.ts - b.ts);
  const clicks = all.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const stamps = all.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench-answer');
  if (clicks.length !== count || stamps.length !== count) throw new Error(`trace: ${clicks.length} clicks and ${stamps.length} answer stamps, expected ${count} of each`);
  const paints = all.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.tid === clicks[0].tid);
  // Paint events nest (one per paint layer): a frame's paint ends with the last one inside the first.
  const paintEnd = (ts) => {
    const first = paints.find((p) => p.ts >= ts);
    if (!first) throw new Error('trace: no Paint after a click');
    return paints.filter((p) => p.ts >= first.ts && p.ts <= first.ts + first.dur).reduce((end, p) => Math.max(end, p.ts + p.dur), 0);
  };
  return clicks.map((click, i) => {
    const stamp = stamps.find((s) => s.ts >= click.ts && (i + 1 === count || s.ts < clicks[i + 1].ts));
    if (!stamp) throw new Error(`trace: click ${i} has no answer stamp before the next click`);
    return { firstPaint: (paintEnd(click.ts) - click.ts) / 1000, answerInDom: (stamp.ts - click.ts) / 1000, answerPaint: (paintEnd(stamp.ts) - click.ts) / 1000 };
  });
}

async function laterTaps(site) {
  const { context, page, errors } = await freshPage(true);
  try {
    await page.goto(site.url);
    await page.waitForSelector(site.takenOver ?? site.ready, { timeout: 60_000, state: 'attached' });
    // A person looks before tapping: start once the page has settled (the first tap right
    // after load is (b)).
    await page.waitForTimeout(SETTLE_MS);
    const clicks = await traced(page, site.taps, CLICKS);
    if (errors.length) throw new Error(errors.join('; '));
    // On the last region's answer: elements, not counting what closed <details> hold.
    const elements = await page.evaluate(() => [...document.getElementsByTagName('*')]
      .filter((e) => !e.parentElement?.closest('details:not([open])') || e.matches('details:not([open]) > summary, details:not([open]) > summary *')).length);
    return clicks.map((c) => ({ ...c, elements }));
  } catch (e) {
    throw failed(site, errors, e);
  } finally {
    await context.close();
  }
}

// A page that only flips aria-pressed (and a fill) and writes a heading: what this machine's
// headless Chromium scores for work that is next to nothing.
const FLOOR_PAGE = `<!doctype html><style>[aria-pressed="true"] rect { fill: orange }</style>
<svg width="100" height="200">
<g class="region" id="a" aria-pressed="false"><rect width="90" height="90"/></g>
<g class="region" id="b" aria-pressed="false"><rect y="100" width="90" height="90"/></g></svg><h2 id="h"></h2>
<script>for (const g of document.querySelectorAll('g.region')) g.addEventListener('click', () => {
  for (const o of document.querySelectorAll('g.region')) o.setAttribute('aria-pressed', String(o === g));
  document.getElementById('h').textContent = g.id;
});</script>`;
const FLOOR_TAPS = [
  { click: '#a', answer: answer('#h', 'equals', 'a') },
  { click: '#b', answer: answer('#h', 'equals', 'b') },
];

const f1 = (x) => x.toFixed(1);
const f0 = (x) => x.toFixed(0);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const table = (head, rows) => [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

try {
  console.log(`Benchmark in Chromium ${browser.version()}, CPU ${THROTTLE}× slower for (b) and (c), ${RUNS} run(s):`);
  for (const site of SITES) console.log(`  ${site.name}: ${site.url}`);

  // (a)
  const bytes = {};
  for (const site of SITES) bytes[site.key] = await transfer(site);
  console.log(`\n(a) First visit, every response (bytes; KB = ${KB} bytes)`);
  for (const site of SITES) {
    const { files, total } = bytes[site.key];
    const width = Math.max(24, ...files.map((r) => r.name.length));
    const line = (name, r) => `    ${name.padEnd(width)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.br).padStart(10)}`;
    console.log(`  ${site.name}`);
    console.log(`    ${'file'.padEnd(width)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli -11'.padStart(10)}`);
    for (const r of files) console.log(line(r.name, r));
    console.log(line('total', total));
  }

  // (b), (c), (d): RUNS runs, each interleaving the pages load by load.
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const run = Object.fromEntries(SITES.map((s) => [s.key, { first: [], taps: [] }]));
    for (let i = 0; i < LOADS; i++) for (const site of SITES) run[site.key].first.push(await firstAnswer(site));
    for (let i = 0; i < PAGES; i++) for (const site of SITES) run[site.key].taps.push(...(await laterTaps(site)));
    runs.push(run);
    const summary = SITES.map((s) => {
      const t = run[s.key].taps.map((c) => c.answerPaint);
      return `${s.name} ${f0(median(run[s.key].first.map((x) => x.visible)))} ms, ${f1(median(t))}/${f1(p95(t))} ms`;
    });
    console.log(`  run ${r + 1}/${RUNS} (first answer median; later taps median/p95): ${summary.join('; ')}`);
  }
  const floorPage = await freshPage(true);
  await floorPage.page.setContent(FLOOR_PAGE);
  const floor = (await traced(floorPage.page, FLOOR_TAPS, CLICKS)).map((c) => c.answerPaint);
  await floorPage.context.close();

  // Pooled over all runs (the headline figures), and per run.
  const stats = {};
  for (const site of SITES) {
    const firsts = runs.flatMap((run) => run[site.key].first);
    const taps = runs.flatMap((run) => run[site.key].taps);
    stats[site.key] = {
      first: median(firsts.map((x) => x.visible)),
      firstInDom: median(firsts.map((x) => x.inDom)),
      elements: median(firsts.map((x) => x.elements)),
      elementsAfter: median(taps.map((c) => c.elements)),
      tapMedian: median(taps.map((c) => c.answerPaint)),
      tapP95: p95(taps.map((c) => c.answerPaint)),
      highlightMedian: median(taps.map((c) => c.firstPaint)),
      highlightP95: p95(taps.map((c) => c.firstPaint)),
      perRun: runs.map((run) => ({
        first: median(run[site.key].first.map((x) => x.visible)),
        firsts: run[site.key].first.map((x) => x.visible),
        tapMedian: median(run[site.key].taps.map((c) => c.answerPaint)),
        tapP95: p95(run[site.key].taps.map((c) => c.answerPaint)),
      })),
    };
  }

  const [mm, react, vanilla] = SITES.map((s) => stats[s.key]);
  const [bm, br, bv] = SITES.map((s) => bytes[s.key].total);
  const head = ['', ...SITES.map((s) => s.name), 'MM ÷ React', 'MM ÷ vanilla'];
  const row = (label, values, show, ratios = true) => [label, ...values.map(show), ...(ratios ? [ratio(values[0], values[1]), ratio(values[0], values[2])] : ['', ''])];
  const n = `${RUNS} run${RUNS > 1 ? 's' : ''}`;
  const rows = [
    row('(a) First visit, gzip -9', [bm.gzip, br.gzip, bv.gzip], kb),
    row('(a) First visit, brotli -11', [bm.br, br.br, bv.br], kb),
    row('(a) First visit, raw', [bm.raw, br.raw, bv.raw], kb),
    ['(a′) Before the first answer (HTML, CSS, blocking script), gzip -9', kb(bytes.mm.blocking.gzip), '', '', '', ''],
    row(`(b) Navigation → first answer visible, median of ${LOADS * RUNS} loads (${n})`, [mm.first, react.first, vanilla.first], (x) => `${f0(x)} ms`),
    row(`(c) Later taps, click → answer painted, median of ${PAGES * CLICKS * RUNS}`, [mm.tapMedian, react.tapMedian, vanilla.tapMedian], (x) => `${f1(x)} ms`),
    row('(c) Later taps, click → answer painted, p95', [mm.tapP95, react.tapP95, vanilla.tapP95], (x) => `${f1(x)} ms`),
    row('(c′) Click → first paint after it (the highlight), median / p95', [mm, react, vanilla].map((s) => [s.highlightMedian, s.highlightP95]), ([a, b]) => `${f1(a)} / ${f1(b)} ms`, false),
    row('(d) DOM elements after the first answer', [mm.elements, react.elements, vanilla.elements], String),
    row('(d′) DOM elements on an answer after later taps, closed <details> not counted', [mm.elementsAfter, react.elementsAfter, vanilla.elementsAfter], String),
  ];
  console.log(`\nSide by side, CPU ${THROTTLE}× slower for (b) and (c); medians pooled over ${n}, each interleaving the three pages:\n`);
  console.log(table(head, rows));
  console.log(`\n(c) floor, a page that only flips aria-pressed and writes a heading: median ${f1(median(floor))}, p95 ${f1(p95(floor))} ms`);

  console.log('\nPer run (b: first answer, median of its loads, and each load; c: later taps median / p95):\n');
  const runRows = [];
  for (let r = 0; r < RUNS; r++) {
    const [m, x, v] = [mm, react, vanilla].map((s) => s.perRun[r]);
    runRows.push([`run ${r + 1} (b)`, ...[m, x, v].map((p) => `${f0(p.first)} ms (${p.firsts.map(f0).join(', ')})`), ratio(m.first, x.first), ratio(m.first, v.first)]);
    runRows.push([`run ${r + 1} (c)`, ...[m, x, v].map((p) => `${f1(p.tapMedian)} / ${f1(p.tapP95)} ms`), `${ratio(m.tapMedian, x.tapMedian)} / ${ratio(m.tapP95, x.tapP95)}`, `${ratio(m.tapMedian, v.tapMedian)} / ${ratio(m.tapP95, v.tapP95)}`]);
  }
  console.log(table(head, runRows));

  const fasterRuns = mm.perRun.filter((p, r) => p.first < react.perRun[r].first).length;
  const budgets = [
    { name: `first answer faster than React's (medians: ${f0(mm.first)} vs ${f0(react.first)} ms; faster in ${fasterRuns} of ${RUNS} runs)`, ok: mm.first < react.first },
    { name: `later taps p95 ≤ ${BUDGET.p95} ms (${f1(mm.tapP95)} ms)`, ok: mm.tapP95 <= BUDGET.p95 },
    { name: `first visit ≤ ${BUDGET.gzip / KB} KB gzip (${kb(bm.gzip)})`, ok: bm.gzip <= BUDGET.gzip },
    { name: `before the first answer ≤ ${BUDGET.blocking / KB} KB gzip (${kb(bytes.mm.blocking.gzip)})`, ok: bytes.mm.blocking.gzip <= BUDGET.blocking },
    { name: `DOM on an answer once taken over ≤ ${BUDGET.elements} (${mm.elementsAfter})`, ok: mm.elementsAfter <= BUDGET.elements },
  ];
  console.log('\nBudgets (Massage Map):');
  for (const b of budgets) console.log(`  ${verdict(b.ok)}: ${b.name}`);

  mkdirSync(dirname(opts.json), { recursive: true });
  writeFileSync(opts.json, `${JSON.stringify({
    date: new Date().toISOString(),
    chromium: browser.version(),
    throttle: THROTTLE,
    counts: { runs: RUNS, loadsPerRun: LOADS, pagesPerRun: PAGES, clicksPerPage: CLICKS, gapMs: GAP_MS, settleMs: SETTLE_MS },
    referenceSource: opts.refs,
    referenceKey: refs.sourceKey,
    pages: Object.fromEntries(SITES.map((s) => [s.key, { name: s.name, url: s.url, first: s.first, taps: s.taps, bytes: bytes[s.key], stats: stats[s.key], runs: runs.map((run) => run[s.key]) }])),
    floor,
    budgets,
  }, null, 2)}\n`);
  console.log(`\nResults written to ${opts.json}`);

  if (opts.strict && budgets.some((b) => !b.ok)) process.exitCode = 1;
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}
