import { start } from './server.mjs';
import { launchChromium } from './chromium.mjs';
const server = await start({ root: process.env.ROOT ?? '../../dist', base: '/m/', port: 0 });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'en', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const page = await context.newPage();
for (const id of ['knees', 'neck', 'lower-back', 'calves', 'head']) for (const c of ['', '?country=gb']) {
  await page.goto(server.url + id + '.html' + c);
  await page.waitForSelector('html[data-app="ready"]');
  const h = await page.evaluate(() => Math.round(document.querySelector('#mm-panel .mm-suggestions').getBoundingClientRect().bottom - document.querySelector('#mm-panel h2').getBoundingClientRect().top));
  console.log(id, c, h);
}
await browser.close(); process.exit(0);
