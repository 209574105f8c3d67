import { start } from './server.mjs';
import { launchChromium } from './chromium.mjs';
const server = await start({ root: process.env.ROOT ?? '../../dist', base: '/m/', port: 0 });
const browser = await launchChromium();
const N = Number(process.env.N ?? 5);
function probe() {
  if (window !== window.top) return;
  const now = () => performance.timeOrigin + performance.now();
  let start = Number(sessionStorage.getItem('s')) || (sessionStorage.setItem('s', String(performance.timeOrigin)), performance.timeOrigin);
  const rel = (t) => Math.round(t - start);
  const shown = () => document.querySelector('#mm-panel h2')?.textContent.trim() === 'Chest';
  let done = false;
  const report = (extra) => {
    const nt = performance.getEntriesByType('navigation')[0];
    console.debug('exp ' + JSON.stringify({ url: location.pathname, origin: rel(performance.timeOrigin), respStart: rel(performance.timeOrigin + nt.responseStart), respEnd: rel(performance.timeOrigin + nt.responseEnd), ...extra }));
  };
  new MutationObserver(() => {
    if (done || !shown()) return;
    done = true;
    const inDom = rel(now());
    requestAnimationFrame(() => { const raf = rel(now()); setTimeout(() => report({ click: Number(sessionStorage.getItem('c')), res: performance.getEntriesByType('resource').filter((r) => /chest|wasm|massage-map/.test(r.name)).map((r) => `${r.name.split('/').pop().slice(0,14)}:${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`), loaf: loafs.map((l) => `${Math.round(l.startTime)}+${Math.round(l.duration)}(r${Math.round(l.renderStart - l.startTime)},s${Math.round(l.styleAndLayoutStart - l.startTime)};${l.scripts.map((x) => x.invoker.slice(0,30) + ':' + Math.round(x.duration)).join('|')})`), inDom, raf, visible: rel(now()), fcp: rel(performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)) }), 0); });
  }).observe(document, { subtree: true, childList: true });
  const loafs = []; new PerformanceObserver((l) => loafs.push(...l.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
  let clicked = false;
  const poll = () => {
    if (clicked || done) return;
    const t = document.querySelector('#mm-region-chest');
    if (t) { clicked = true; sessionStorage.setItem('c', String(rel(now()))); t.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window })); addEventListener('pagehide', () => report({ clickAt: Number(sessionStorage.getItem('c')), hide: rel(now()) })); return; }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
const rows = [];
for (let i = 0; i < N; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe);
  const got = [];
  const fin = new Promise((res) => page.on('console', (m) => { if (m.text().startsWith('exp ')) { got.push(JSON.parse(m.text().slice(4))); if ('visible' in got.at(-1)) res(); } }));
  if (process.env.TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading', 'toplevel'] });
  await page.goto(server.url, { waitUntil: 'commit' });
  await fin;
  if (process.env.TRACE) (await import('node:fs')).writeFileSync(`/tmp/mm/trace${i}.json`, await browser.stopTracing());
  console.log(JSON.stringify(got));
  await context.close();
}
await browser.close(); process.exit(0);
