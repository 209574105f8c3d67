// The browser-test harness both test files share: each test runs in a fresh
// context and fails on any console error, page error, dialog, HTTP error, CSP
// violation (in any frame), request to another host, or cookie.
import { test } from 'node:test';
import assert from 'node:assert/strict';

export const TIMEOUT = 10_000;
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** The app has taken the prerendered page over (src/browser.rs, `mark_ready`). */
export const READY = 'html[data-app="ready"]';

/**
 * Holds back the page's .wasm until `release()` is called, so a test can look
 * at (and keep references to) the prerendered page before the app runs.
 * Call it before the page loads.
 */
export const holdWasm = (page) => holdRequests(page, /\.wasm$/);

/** Holds back the page's requests for URLs matching `pattern` until `release()` is called. */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return release;
}

/**
 * `env()` gives `{ browser, widget }` once the suite's `before` has run.
 * Options: `context` (Playwright context options), `origins()` (other origins
 * the test may load), `expect` (regexes of console errors it provokes on purpose).
 * `fn` gets `{ page, context, open, requests, violations, allow }`.
 * `open(rest)` loads `widget.url + rest` (a page file and/or a query, e.g.
 * `knees.html?theme=dark`, `?region=neck`) and waits until the app has taken
 * the page over: every page is complete before the app runs, so a visible
 * figure says nothing about the app.
 */
export function harness(env) {
  return function check(name, fn, { context: options = DESKTOP, origins = () => [], expect = [] } = {}) {
    test(name, async () => {
      const { browser, widget } = env();
      const context = await browser.newContext(options);
      context.setDefaultTimeout(TIMEOUT);
      const allowed = new Set([new URL(widget.url).origin, ...origins()]);
      const problems = [];
      const requests = [];
      context.on('console', (m) => {
        if (m.type() !== 'error' || expect.some((re) => re.test(m.text()))) return;
        // Chromium asks for the site's /favicon.ico once per browser, so this lands on whichever test loads first.
        const why = m.location().url.endsWith('/favicon.ico') ? ' (index.html declares no <link rel="icon">)' : '';
        problems.push(`console error: ${m.text()} (${m.location().url})${why}`);
      });
      context.on('weberror', (e) => expect.some((re) => re.test(e.error().message)) || problems.push(`page error: ${e.error().message}`));
      context.on('dialog', (d) => {
        problems.push(`dialog: ${d.type()} "${d.message()}"`);
        d.dismiss().catch(() => {});
      });
      context.on('request', (r) => requests.push(r.url()));
      context.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      // Every frame of every page reports CSP violations, whatever its origin.
      const violations = [];
      await context.exposeBinding('mmCspViolation', (_source, what) => violations.push(`CSP violation: ${what}`));
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (e) => {
          const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
          window.mmCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${location.href}${where}`);
        }, true);
      });

      const page = await context.newPage();
      const open = async (rest = '') => {
        await page.goto(widget.url + rest);
        await page.waitForSelector(READY, { state: 'attached' });
      };
      let failure;
      try {
        await fn({ page, context, open, requests, violations, allow: (origin) => allowed.add(origin) });
      } catch (e) {
        failure = e;
      }
      const cookies = await context.cookies();
      await context.close();
      problems.push(...violations);
      if (failure) {
        if (problems.length) failure.message += `\nbrowser problems:\n  ${problems.join('\n  ')}`;
        throw failure;
      }
      assert.deepEqual(problems, [], 'console errors, page errors, dialogs, HTTP errors or CSP violations');
      const foreign = requests.filter((u) => /^(https?|wss?):/.test(u) && !allowed.has(new URL(u).origin));
      assert.deepEqual(foreign, [], 'requests to another host');
      assert.deepEqual(cookies, [], 'cookies');
    });
  };
}
