import { start } from './server.mjs';
import { launchChromium } from './chromium.mjs';
import { chromium } from 'playwright-core';
const server = await start({ root: process.env.ROOT ?? '../../dist', base: process.env.BASE ?? '/m/', port: 0 });
const browser = await launchChromium();
const variants = JSON.parse(process.env.VARIANTS ?? '["none"]');
const pageName = process.env.PAGE ?? '';
const N = Number(process.env.N ?? 5);
const edit = {
  none: (h) => h,
  nocss: (h) => h.replace(/<link rel="stylesheet"[^>]*>/, ''),
  nofigure: (h) => h.replace(/<svg class="mm-figure[\s\S]*?<\/svg>/, ''),
  onlyfigure: (h) => h.replace(/(<svg class="mm-figure[\s\S]*?<\/svg>)[\s\S]*(<\/body>)/, '$1$2'),
  nodetails: (h) => h.replace(/<details[\s\S]*?<\/details>/g, ''),
  noscript: (h) => h.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>/g, ''),
};
const res = {};
for (let i = 0; i < N; i++) for (const v of variants) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.route('**/*.html', async (route) => { const r = await route.fetch(); route.fulfill({ response: r, body: edit[v](await r.text()) }); });
  await page.route(/\/$/, async (route) => { const r = await route.fetch(); route.fulfill({ response: r, body: edit[v](await r.text()) }); });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(server.url + pageName, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
  const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToFirstContentfulPaint');
  const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const sums = {};
  const fts = ev.find((e) => e.name === 'firstContentfulPaint')?.ts ?? Infinity;
  for (const e of ev) if (e.ph === 'X' && e.ts < fts && e.pid === main.pid && e.tid === main.tid && ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'EvaluateScript', 'FunctionCall', 'v8.compile', 'ParseAuthorStyleSheet', 'Commit'].includes(e.name)) sums[e.name] = (sums[e.name] ?? 0) + e.dur / 1000;
  const t = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, load: performance.timing.loadEventEnd - performance.timing.navigationStart, n: document.getElementsByTagName('*').length }));
  (res[v] ??= []).push({ ...t, ...sums });
  await context.close();
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const [v, rs] of Object.entries(res)) {
  const keys = Object.keys(rs[0]);
  console.log(v.padEnd(11), keys.map((k) => `${k}=${med(rs.map((r) => r[k] ?? 0)).toFixed(0)}`).join(' '));
}
await browser.close(); server.close?.();
process.exit(0);
