// Lighthouse (mobile, its default simulated throttling) on the release build in $DIST (default
// dist/), served under a sub-path with gzip as a static host would: the four category scores
// for each page, and every audit that lost points.
//
//   node tests/browser/audit.mjs [--strict] [page ...]     (pages relative to the build, default: the intro)
//
// --strict exits 1 unless every category of every page scores 100.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { start } from './server.mjs';

const { values, positionals } = parseArgs({ options: { strict: { type: 'boolean', default: false } }, allowPositionals: true });
const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)), process.env.DIST || 'dist');
const pages = positionals.length ? positionals : [''];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// With the caching a static host sends by default (Netlify's, say): the test server's own
// no-store would fail the back/forward cache audit for a reason no host has.
const server = await start({ root: ROOT, base: '/blog/tools/massage-map/', gzip: true, headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
let perfect = true;
try {
  for (const page of pages) {
    const url = server.url + page;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.values(lhr.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
    perfect &&= Object.values(lhr.categories).every((c) => c.score === 1);
    console.log(`${page || '(intro)'}: ${scores.join(', ')}`);
    for (const audit of Object.values(lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) {
        console.log(`  - ${audit.id}: ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (values.strict && !perfect) {
  console.error('audit: not every category scores 100');
  process.exit(1);
}
