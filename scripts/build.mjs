// The release build, run by scripts/serve.sh: every step is one tool's own job, and any step
// that fails stops the build with its reason; the previous build folder stays as it was.
//   1. cargo: the app for wasm32 (the dataset is validated and compiled in by build.rs;
//      MASSAGE_MAP_DATA chooses another file, as for any cargo build), with the standard
//      library rebuilt so that a panic aborts at once (RUST_FOR_SIZE);
//   2. wasm-bindgen: the .wasm and its JS glue;
//   3. the .wasm: wasm-opt, short binding names (scripts/wasm-steps.mjs), and a check that
//      no panic message or source path was left in it;
//   4. terser (scripts) and lightningcss (the stylesheet) minify;
//   5. file names carry a hash of their content, so hosts can cache them for good;
//   6. index.html, the page template, gets the hashed names and the module that starts the app;
//   7. every page of the site from the template, prerendered by the app's own components
//      (src/bin/prerender.rs), and fallback.js with the locale's words; with
//      MASSAGE_MAP_BASE_URL also each page's canonical link, link preview image and oEmbed,
//      and sitemap.xml;
//   8. _headers (scripts/site-steps.mjs).
//
//   node scripts/build.mjs --out dist
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RUST_FOR_SIZE, WASM_OPT, panicLeftovers, shortenBindingNames } from './wasm-steps.mjs';
import { headersFile, metaCsp, namedMarker, parseBaseUrl } from './site-steps.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`build: ${line}`);
const run = (command, args, options = {}) => {
  try {
    return execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  } catch (error) {
    throw new Error(`${command} ${args[0] ?? ''} failed (${error.status != null ? `exit status ${error.status}` : error.message})`);
  }
};
const hashed = (stem, ext, bytes) => `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${ext}`;

/** `tag` in `page`, exactly once; the template and this script must agree. */
function replaceOnce(page, tag, by) {
  const at = page.indexOf(tag);
  if (at < 0 || page.indexOf(tag, at + 1) >= 0) throw new Error(`index.html must hold ${tag} exactly once`);
  return page.replace(tag, by);
}

function build(out) {
  // Checked first: a malformed address fails the build before any work.
  const baseValue = process.env.MASSAGE_MAP_BASE_URL?.trim();
  const base = baseValue ? parseBaseUrl(baseValue) : undefined;
  const stage = `${out}.staging`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });

  // 1, 2. The app and its glue.
  run('cargo', ['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'massage-map', ...RUST_FOR_SIZE.args], {
    env: { ...process.env, ...RUST_FOR_SIZE.env },
  });
  const bindgen = join(stage, '.bindgen');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', bindgen, 'target/wasm32-unknown-unknown/release/massage-map.wasm']);

  // 3. wasm-opt, then short binding names in the .wasm and the glue alike.
  run('wasm-opt', [join(bindgen, 'massage-map_bg.wasm'), '-o', join(bindgen, 'optimized.wasm'), ...WASM_OPT]);
  const short = shortenBindingNames(readFileSync(join(bindgen, 'optimized.wasm')), readFileSync(join(bindgen, 'massage-map.js'), 'utf8'));
  // Loud: a toolchain that ignored the size flags would silently bring back panic messages.
  const leftovers = panicLeftovers(short.wasm);
  if (leftovers.length) throw new Error(`the .wasm still holds panic messages or source paths (${leftovers.join(', ')}): did the flags of RUST_FOR_SIZE stop working?`);
  say(`no panic message or source path in the .wasm; ${short.renamed} binding names shortened`);

  // 4, 5. Minified, under hashed names.
  const terser = (source, module) => {
    const path = join(bindgen, 'minify.js');
    writeFileSync(path, source);
    // /*! comments (embed.js's banner) stay.
    run('terser', [path, ...(module ? ['--module'] : []), '--compress', '--mangle', '--comments', '/^!/', '--output', path]);
    return readFileSync(path);
  };
  const emit = (name, bytes) => {
    writeFileSync(join(stage, name), bytes);
    say(`${name} ${bytes.length} bytes`);
    return name;
  };
  const wasm = emit(hashed('massage-map', '_bg.wasm', short.wasm), short.wasm);
  const glueBytes = terser(short.glue, true);
  const glue = emit(hashed('massage-map', '.js', glueBytes), glueBytes);
  run('lightningcss', ['--minify', 'styles/app.css', '--output-file', join(bindgen, 'app.css')]);
  const cssBytes = readFileSync(join(bindgen, 'app.css'));
  const css = emit(hashed('app', '.css', cssBytes), cssBytes);
  const bootBytes = terser(readFileSync(join(ROOT, 'static/boot.js'), 'utf8'), false);
  const boot = emit(hashed('boot', '.js', bootBytes), bootBytes);
  // Loaded by host pages: a fixed name. (fallback.js gets the locale's words in step 7.)
  emit('embed.js', terser(readFileSync(join(ROOT, 'static/embed.js'), 'utf8'), false));

  // The module that starts the app. An external file, so the page runs under a CSP without
  // 'unsafe-inline'. A failure to start, or a trap after start (a release panic), calls
  // boot.js's fallback: the page stays, as plain pages and links.
  const startSource = `import init from './${glue}';
const stopped = (event) => {
  const error = event.reason ?? event.error;
  if (!(error instanceof WebAssembly.RuntimeError) || !window.massageMapFallback) return;
  window.massageMapStopped = true;
  window.massageMapFallback(error);
};
addEventListener('error', stopped);
addEventListener('unhandledrejection', stopped);
try {
  // The prerendered page answers taps as links from the start: take it over once it has loaded
  // and the browser is idle, so a tap in its first moments never waits behind the takeover.
  await new Promise((done) => (document.readyState === 'complete' ? done() : addEventListener('load', done, { once: true })));
  await new Promise((done) => (window.requestIdleCallback ? requestIdleCallback(done, { timeout: 500 }) : setTimeout(done)));
  // Compiled first: until the app is about to start, boot.js opens the pages tapped in place.
  const response = await fetch(new URL('./${wasm}', import.meta.url));
  if (!response.ok) throw new Error(\`\${response.status} fetching \${response.url}\`);
  const module = response.headers.get('Content-Type') === 'application/wasm'
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await response.arrayBuffer());
  // The page boot.js is opening is the one to take over; from here on, taps are the app's.
  // Once it is in, its first frame is painted before the takeover's long task runs: the
  // reader waits for the answer, not for the app.
  let opened = false;
  while (window.massageMapOpening?.()) {
    opened = true;
    await window.massageMapOpening();
  }
  if (opened) await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  window.massageMapStarting = true;
  await init({ module_or_path: module });
} catch (error) {
  // boot.js hides what needs the app; without it, the error stays visible in the console.
  if (window.massageMapFallback) window.massageMapFallback(error);
  else throw error;
}
`;
  const startBytes = terser(startSource, true);
  const start = emit(hashed('start', '.js', startBytes), startBytes);

  // 6. The page. crossorigin: in a sandboxed frame (origin "null") modules and the .wasm are
  // CORS requests, and a preload must match the request it serves.
  // The template's comments are for its readers, not for every visitor.
  let index = readFileSync(join(ROOT, 'index.html'), 'utf8').replace(/\s*<!--[\s\S]*?-->/g, '');
  index = replaceOnce(index, '<link rel="stylesheet" href="styles/app.css" />', `<link rel="stylesheet" href="./${css}">`);
  index = replaceOnce(index, '<script src="static/boot.js"></script>', `<script src="./${boot}"></script>`);
  index = replaceOnce(index, '</head>', `<script type="module" src="./${start}"></script>\n<link rel="modulepreload" href="./${glue}" crossorigin>\n<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>\n</head>`);
  if (/<script\b(?![^>]*\ssrc=)[^>]*>/i.test(index) || /<style\b|\sstyle=/i.test(index)) {
    throw new Error('index.html has an inline <script>, <style> or style="": the CSP would block it');
  }

  // 7. Every page, from the app's own components, with the same data and policy.
  const csp = metaCsp(index);
  const template = join(bindgen, 'page.html');
  writeFileSync(template, index);
  const prerendered = run('cargo', ['run', '--offline', '--quiet', '--profile', 'prerender', '--bin', 'prerender', '--', '--template', template, '--out', stage, '--base-url', base ?? '', '--fallback', 'static/fallback.js'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Loaded by boot.js when the app cannot run: a fixed name, with the locale's words.
  emit('fallback.js', terser(readFileSync(join(stage, 'fallback.js'), 'utf8'), false));
  say(prerendered.trim().replace(/^prerender: /, 'prerendered '));
  const intro = readFileSync(join(stage, 'index.html'), 'utf8');
  if (!intro.includes('data-page="index.html"')) throw new Error('the prerendered index.html has no page in #app');
  // Loud: Yew names each component in its markers when built with debug assertions, on every page.
  for (const file of readdirSync(stage).filter((f) => f.endsWith('.html'))) {
    const named = namedMarker(readFileSync(join(stage, file), 'utf8'));
    if (named) throw new Error(`the prerendered ${file} names a component in Yew's markers (${named}): did Cargo.toml's profile.prerender stop working?`);
  }
  say(base ? `canonical links, link previews, oEmbed and sitemap.xml for ${base}` : 'MASSAGE_MAP_BASE_URL is not set: no canonical links, link previews, oEmbed or sitemap, so WordPress will not auto-embed this build (docs/embedding.md)');

  // 8. Headers for static hosts that read a _headers file.
  writeFileSync(join(stage, '_headers'), headersFile(csp, [css, boot, start, glue, wasm]));

  // Only a complete build replaces the folder.
  rmSync(bindgen, { recursive: true });
  const old = `${out}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(stage, out);
  rmSync(old, { recursive: true, force: true });
  say(`done: ${out}`);
}

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
try {
  build(resolve(ROOT, values.out));
} catch (error) {
  console.error(`build: failed: ${error.message}`);
  process.exit(1);
}
