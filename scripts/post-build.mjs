// Trunk post-build hook (release only), run in Trunk's staging folder before it replaces dist/:
//   0. makes panics trap without formatting a message, runs wasm-opt, and renames
//      wasm-bindgen's hashed import and export names to short ones, in the .wasm and the JS
//      glue alike;
//   1. minifies the wasm-bindgen JS glue (Trunk's minifier cannot parse it) and the classic
//      classic scripts (boot.js, fallback.js, embed.js), and updates integrity hashes in index.html;
//   2. moves Trunk's inline <script type="module"> bootstrap into start-<hash>.js, referenced
//      with a relative URL and an integrity hash, so the page runs under a CSP without
//      'unsafe-inline'; a failure to start WebAssembly there calls the text version;
//   3. writes fallback.html, the text version, with `cargo run --example fallback` (same
//      MASSAGE_MAP_DATA as the app, inherited from the environment);
//   4. writes _headers (Netlify, Cloudflare Pages): CORS for sandboxed frames, the CSP as a
//      header with frame-ancestors, nosniff;
//   5. with MASSAGE_MAP_BASE_URL (the public address of the folder), writes oembed.json and
//      its discovery link for WordPress.
// The functions for 0, 2 and 5 are exported for tests/browser/static.test.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** `text` with HTML's special characters escaped, for text and attribute values. */
export const escapeHtml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const unescapeHtml = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]);

/** The value of attribute `name` in the start tag `tag` (quoted or not, as the minifier left it). */
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? unescapeHtml(m[1] ?? m[2] ?? m[3]) : undefined;
};

/** The policy of index.html's <meta http-equiv="Content-Security-Policy">. */
export function metaCsp(index) {
  const tag = index.match(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i)?.[0];
  const policy = tag && attr(tag, 'content');
  if (!policy) throw new Error('index.html has no <meta http-equiv="Content-Security-Policy" content="...">');
  return policy;
}

/**
 * Splits Trunk's inline bootstrap out of `index` (the built index.html): returns the new
 * index.html, with `<script type="module" src="{publicUrl}{name}" integrity>` in its place,
 * and the module's file name and source. The module's static imports stay static (the
 * glue is modulepreloaded); the rest runs in a try block whose failure (no WebAssembly,
 * a blocked or broken .wasm) calls window.massageMapFallback from boot.js.
 * `minify` gets and returns the module's source.
 */
export function externalizeBootstrap(index, { publicUrl = './', minify = (code) => code } = {}) {
  const inline = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attrs]) => !/\ssrc=/i.test(attrs) && /\btype=["']?module\b/i.test(attrs),
  );
  if (inline.length !== 1) {
    throw new Error(`expected Trunk's one inline <script type="module"> bootstrap in index.html, found ${inline.length}`);
  }
  const [element, , code] = inline[0];
  const imports = code.match(/^\s*import\s[^;]+;/gm) ?? [];
  if (!imports.some((i) => /\binit\b/.test(i))) throw new Error(`Trunk's bootstrap no longer imports init:\n${code}`);
  let body = code;
  for (const i of imports) body = body.replace(i, '');
  const source = `${imports.map((i) => i.trim()).join('\n')}
// A release build traps on a panic ("RuntimeError: unreachable"), after which the
// app is frozen: boot.js swaps in the text version, with a note that the map failed.
const stopped = (event) => {
  const error = event.reason ?? event.error;
  if (!(error instanceof WebAssembly.RuntimeError) || !window.massageMapFallback) return;
  window.massageMapStopped = true;
  window.massageMapFallback(error);
};
addEventListener('error', stopped);
addEventListener('unhandledrejection', stopped);
try {
${body.trim()}
} catch (error) {
  // boot.js shows the text version; without it, the error stays visible in the console.
  if (window.massageMapFallback) window.massageMapFallback(error);
  else throw error;
}
`;
  const module = minify(source);
  const name = `start-${contentHash(module)}.js`;
  const script = `<script type="module" src="${publicUrl}${name}" integrity="${sri(module)}"></script>`;
  return { index: index.replace(element, script), name, module };
}

/** Unsigned LEB128 at `at` in `bytes`: [value, offset after it]. */
function readLeb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    const byte = value % 128;
    value = Math.floor(value / 128);
    out.push(value ? byte | 0x80 : byte);
  } while (value);
  return out;
}

/**
 * The offset after the description of an import of `kind` (function, table, memory or
 * global) that starts at `at`.
 */
function skipImport(bytes, kind, at) {
  let p = at;
  if (kind === 0) [, p] = readLeb(bytes, p);
  else if (kind === 1 || kind === 2) {
    // A table has its element type first; then both have limits: flags, min, and max if flagged.
    const limits = kind === 1 ? p + 1 : p;
    [, p] = readLeb(bytes, limits + 1);
    if (bytes[limits] & 1) [, p] = readLeb(bytes, p);
  } else if (kind === 3) p += 2;
  else throw new Error(`wasm import of kind ${kind} is not supported`);
  return p;
}

/** The `i`th short identifier: a…z, A…Z, then two letters and on. */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[i % 52] + name;
    i = Math.floor(i / 52) - 1;
  } while (i >= 0);
  return name;
}

/** wasm-bindgen's generated import and export names (hashed, ~40 characters each). */
const isBindgenName = (name) => /^(__wbg_|__wbindgen_|__externref_|wasm_bindgen__)/.test(name);

/**
 * Renames wasm-bindgen's import module and its generated import and export names to one or
 * two letters, in the .wasm and the JS glue alike. Those names appear once in each file and
 * end in random hashes that gzip cannot shrink: about 4 KB gzip of a first visit.
 * `memory` and any other export keep their names. Throws when the glue does not name
 * every renamed import or export, or still names an old one afterwards.
 */
export function shortenBindingNames(wasm, glue) {
  const utf8 = new TextDecoder();
  const encode = (text) => [...leb(Buffer.byteLength(text)), ...Buffer.from(text)];
  const renames = new Map();
  const rename = (name) => {
    if (!isBindgenName(name)) return name;
    if (!renames.has(name)) renames.set(name, shortName(renames.size));
    return renames.get(name);
  };
  const modules = new Map();
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readLeb(wasm, start);
    const body = [...leb(count)];
    const readName = () => {
      const [length, from] = readLeb(wasm, p);
      p = from + length;
      return utf8.decode(wasm.subarray(from, p));
    };
    for (let n = 0; n < count; n++) {
      if (id === 2) {
        const module = readName();
        if (!modules.has(module)) modules.set(module, `w${modules.size || ''}`);
        body.push(...encode(modules.get(module)), ...encode(rename(readName())));
      } else {
        body.push(...encode(rename(readName())));
      }
      // The rest of the entry (its kind and type or index) is copied as it is.
      const rest = id === 7 ? readLeb(wasm, p + 1)[1] : skipImport(wasm, wasm[p], p + 1);
      body.push(...wasm.subarray(p, rest));
      p = rest;
    }
    if (p !== end) throw new Error(`wasm section ${id} did not parse to its end`);
    out.push(Buffer.from([id, ...leb(body.length), ...body]));
    at = end;
  }

  let js = glue;
  const word = (name) => new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`, 'g');
  for (const [long, short] of renames) {
    if (!word(long).test(js)) throw new Error(`the JS glue never names ${long}`);
    js = js.replace(word(long), short);
  }
  for (const [long, short] of modules) {
    const key = JSON.stringify(long);
    if (!js.includes(key)) throw new Error(`the JS glue never names the import module ${key}`);
    js = js.replaceAll(key, JSON.stringify(short));
  }
  return { wasm: Buffer.concat(out), glue: js, renamed: renames.size };
}

/**
 * The functions every panic goes through, which format its message: with them, the
 * formatting machinery and Unicode tables stay in the binary (about 2 KB gzip). Named as
 * wasm-bindgen demangles them, without crate hashes.
 */
export const PANIC_ENTRY_POINTS = [
  'core::panicking::panic_fmt',
  'core::panicking::panic_bounds_check',
  'core::panicking::assert_failed_inner',
  'core::str::slice_error_fail_rt',
  'std::panicking::panic_with_hook',
];

/** `name` without crate disambiguators (`core[1a2b…]`) and symbol hashes (`::h1a2b…`). */
const plainName = (name) => name.replace(/\[[0-9a-f]+\]/g, '').replace(/::h[0-9a-f]{16}$/, '');

/**
 * What the Rust and Wasm book calls "panic immediate abort", without a nightly toolchain:
 * the bodies of the functions named in `entryPoints` (found through the .wasm's name
 * section) become a single `unreachable`, so a panic traps at once, where it would have
 * formatted a message and then trapped anyway (panic = "abort"). wasm-opt then drops the
 * formatting code nothing else uses. Returns the new bytes and the names it trapped; the
 * build (main) fails when one is missing, so the step never stops working unnoticed.
 */
export function trapPanics(wasm, entryPoints = PANIC_ENTRY_POINTS) {
  const sections = [];
  for (let at = 8; at < wasm.length; ) {
    const [size, start] = readLeb(wasm, at + 1);
    sections.push({ id: wasm[at], at, start, end: start + size });
    at = start + size;
  }
  // Imported functions come first in the function index space.
  let imported = 0;
  for (const s of sections.filter((s) => s.id === 2)) {
    let [count, p] = readLeb(wasm, s.start);
    for (; count > 0; count--) {
      for (let n = 0; n < 2; n++) {
        const [length, from] = readLeb(wasm, p);
        p = from + length;
      }
      const kind = wasm[p];
      if (kind === 0) imported++;
      p = skipImport(wasm, kind, p + 1);
    }
  }
  // The name section's function names: index -> name.
  const wanted = new Map();
  const utf8 = new TextDecoder();
  for (const s of sections.filter((s) => s.id === 0)) {
    const [length, from] = readLeb(wasm, s.start);
    if (utf8.decode(wasm.subarray(from, from + length)) !== 'name') continue;
    for (let p = from + length; p < s.end; ) {
      const kind = wasm[p];
      const [size, body] = readLeb(wasm, p + 1);
      if (kind === 1) {
        let [count, q] = readLeb(wasm, body);
        for (; count > 0; count--) {
          const [index, at] = readLeb(wasm, q);
          const [nameLength, nameAt] = readLeb(wasm, at);
          q = nameAt + nameLength;
          const name = plainName(utf8.decode(wasm.subarray(nameAt, q)));
          if (entryPoints.includes(name)) wanted.set(index - imported, name);
        }
      }
      p = body + size;
    }
  }
  const code = sections.find((s) => s.id === 10);
  if (!code || !wanted.size) return { wasm, trapped: [] };
  // Rewrite the code section: the wanted bodies become "no locals; unreachable; end".
  let [count, p] = readLeb(wasm, code.start);
  const bodies = [Buffer.from(leb(count))];
  for (let n = 0; n < count; n++) {
    const [size, from] = readLeb(wasm, p);
    bodies.push(wanted.has(n) ? Buffer.from([3, 0x00, 0x00, 0x0b]) : wasm.subarray(p, from + size));
    p = from + size;
  }
  const body = Buffer.concat(bodies);
  return {
    wasm: Buffer.concat([wasm.subarray(0, code.at), Buffer.from([10, ...leb(body.length)]), body, wasm.subarray(code.end)]),
    trapped: [...wanted.values()],
  };
}

/**
 * The public address of the build folder from MASSAGE_MAP_BASE_URL: an absolute http(s)
 * URL ending in '/', without query, fragment or credentials. Throws a readable error.
 */
export function parseBaseUrl(value) {
  const problem = (why) =>
    new Error(`MASSAGE_MAP_BASE_URL=${JSON.stringify(value)} ${why}; expected the public address of this folder, such as https://example.org/tools/massage-map/`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw problem('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem('is not an http or https URL');
  if (url.username || url.password) throw problem('has a user name or password in it');
  if (url.search || url.hash || /[?#]/.test(value)) throw problem('has a query or a fragment');
  if (!url.pathname.endsWith('/')) throw problem("does not end in '/' (it names the folder, not index.html)");
  if (url.href !== value) throw problem(`is not in its normal form (${url.href})`);
  return url.href;
}

/** The oEmbed response for the page at `base`: one rich embed, absolute URLs. */
export function oembedJson({ base, title, providerName = 'Massage Map', width = 800, height = 720 }) {
  const html =
    `<blockquote class="wp-embedded-content"><a href="${escapeHtml(base)}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe src="${escapeHtml(`${base}?embed=1`)}" width="100%" height="${height}" frameborder="0" title="${escapeHtml(title)}"></iframe>`;
  return { version: '1.0', type: 'rich', provider_name: providerName, provider_url: base, title, width, height, html };
}

/** The <link>s index.html's head gets: oEmbed discovery (absolute, as WordPress needs) and canonical. */
export function discoveryLinks({ base, title }) {
  return (
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${base}oembed.json`)}" title="${escapeHtml(title)}">` +
    `<link rel="canonical" href="${escapeHtml(base)}">`
  );
}

/** The text of index.html's <title>. */
export const pageTitle = (index) => unescapeHtml(index.match(/<title>([^<]*)<\/title>/i)?.[1]?.trim() ?? 'Massage Map');

/**
 * Writes oembed.json into `dir` and links it from `index`, early in <head> (WordPress reads
 * only the start of the page). Returns the new index.html.
 */
export function addOembed(dir, index, base) {
  const title = pageTitle(index);
  writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(oembedJson({ base, title }), null, 2)}\n`);
  const links = discoveryLinks({ base, title });
  const after = index.match(/<title>[^<]*<\/title>/i) ?? index.match(/<meta charset=[^>]*>/i);
  if (!after) throw new Error('index.html has neither <title> nor <meta charset> to put the oEmbed link after');
  return index.replace(after[0], after[0] + links);
}

/** _headers for Netlify and Cloudflare Pages. frame-ancestors works only in a header. */
export function headersFile(csp) {
  return `# Netlify / Cloudflare Pages: headers for every file in this folder (scripts/post-build.mjs).
# CORS: a sandboxed iframe (WordPress embeds) has origin "null", so its module scripts,
# its .wasm and the text version are cross-origin requests.
/*
  Access-Control-Allow-Origin: *
  Content-Security-Policy: ${csp}; frame-ancestors *
  X-Content-Type-Options: nosniff
`;
}

/** wasm-opt's settings: smallest code; the features current rustc output uses. */
const WASM_OPT = ['-Oz', '--converge', '--strip-debug', '--strip-producers', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const terser = (path, module) =>
  // terser comes from scripts/setup.sh (npm, on PATH). /*! comments (embed.js's banner) stay.
  execFileSync('terser', [path, ...(module ? ['--module'] : []), '--compress', '--mangle', '--comments', '/^!/', '--output', path], {
    stdio: 'inherit',
  });

function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');
  if (process.env.TRUNK_PROFILE !== 'release') return;
  const publicUrl = process.env.TRUNK_PUBLIC_URL || './';
  const say = (line) => console.log(`post-build: ${line}`);
  // Checked first: a malformed address fails the build before any work.
  const baseValue = process.env.MASSAGE_MAP_BASE_URL?.trim();
  const base = baseValue ? parseBaseUrl(baseValue) : undefined;

  const indexPath = join(staging, 'index.html');
  let index = readFileSync(indexPath, 'utf8');

  // The wasm-bindgen glue is the one module Trunk preloads; the .wasm, the one fetch.
  const preload = index.match(/<link\b[^>]*rel=["']?modulepreload[^>]*>/i)?.[0];
  const glue = preload && attr(preload, 'href')?.split('/').pop();
  if (!glue) throw new Error('index.html has no <link rel="modulepreload"> naming the JS glue');
  const wasmLink = index.match(/<link\b[^>]*type=["']?application\/wasm[^>]*>/i)?.[0];
  const wasmName = wasmLink && attr(wasmLink, 'href')?.split('/').pop();
  if (!wasmName) throw new Error('index.html has no <link type="application/wasm"> naming the .wasm');

  // 0. The .wasm: panics trap, wasm-opt (here, not in Trunk: it needs the names Trunk's
  // wasm-opt would strip), then short binding names in it and the glue; their integrity.
  {
    const [wasmPath, gluePath] = [join(staging, wasmName), join(staging, glue)];
    const [wasmBefore, glueBefore] = [readFileSync(wasmPath), readFileSync(gluePath)];
    const { wasm: trapping, trapped } = trapPanics(wasmBefore);
    // Loud: a toolchain that renames these would silently bring back 2 KB of formatting.
    const missing = PANIC_ENTRY_POINTS.filter((name) => !trapped.includes(name));
    if (missing.length) throw new Error(`panic entry points not found in ${wasmName} (did the toolchain rename them?): ${missing.join(', ')}`);
    say(`panics trap at once: all ${trapped.length} entry points found`);
    writeFileSync(wasmPath, trapping);
    execFileSync('wasm-opt', [wasmPath, '-o', wasmPath, ...WASM_OPT], { stdio: 'inherit' });
    const short = shortenBindingNames(readFileSync(wasmPath), glueBefore.toString('utf8'));
    for (const [path, before, after] of [[wasmPath, wasmBefore, short.wasm], [gluePath, glueBefore, Buffer.from(short.glue)]]) {
      if (!index.includes(sri(before))) throw new Error(`index.html names ${path} without the integrity hash this hook expects`);
      index = index.replaceAll(sri(before), sri(after));
      writeFileSync(path, after);
    }
    say(`${short.renamed} binding names shortened: ${wasmName} ${wasmBefore.length} -> ${short.wasm.length} bytes`);
  }

  // 1. Minify every script; update the integrity of those that carry one.
  for (const name of readdirSync(staging).filter((f) => f.endsWith('.js'))) {
    const path = join(staging, name);
    const before = readFileSync(path);
    terser(path, name === glue);
    const after = readFileSync(path);
    const tag = index.match(new RegExp(`<(?:script|link)\\b[^>]*${name.replaceAll('.', '\\.')}[^>]*>`))?.[0];
    if (tag && attr(tag, 'integrity') !== undefined) {
      if (!index.includes(sri(before))) throw new Error(`index.html names ${name} without the integrity hash this hook expects`);
      index = index.replaceAll(sri(before), sri(after));
    }
    say(`${name} ${before.length} -> ${after.length} bytes${name === glue ? ' (module)' : ''}`);
  }

  // 2. The inline bootstrap becomes start-<hash>.js.
  const start = externalizeBootstrap(index, {
    publicUrl,
    minify: (code) => {
      const path = join(staging, 'boot.tmp.mjs');
      writeFileSync(path, code);
      terser(path, true);
      const out = readFileSync(path, 'utf8');
      rmSync(path);
      return out;
    },
  });
  index = start.index;
  writeFileSync(join(staging, start.name), start.module);
  say(`inline bootstrap -> ${start.name} (${start.module.length} bytes)`);
  if (/<script\b(?![^>]*\ssrc=)[^>]*>/i.test(index) || /<style\b|\sstyle=/i.test(index)) {
    throw new Error('index.html still has an inline <script>, <style> or style="": the CSP would block it');
  }
  // Trunk copies data-integrity="none" onto the tag; it means nothing to a browser.
  index = index.replace(/\sdata-integrity=(?:"none"|none)/g, '');

  // 3. The text version, from the app's own components.
  const csp = metaCsp(index);
  const stylesheet = index.match(/<link\b[^>]*rel=["']?stylesheet[^>]*>/i)?.[0];
  const css = stylesheet && attr(stylesheet, 'href');
  if (!css) throw new Error('index.html links no stylesheet for the text version to use');
  const boot = index.match(/<script\b[^>]*src=["']?[^"'\s>]*boot-[0-9a-f]+\.js[^>]*>/i)?.[0];
  const script = boot && attr(boot, 'src');
  if (!script) throw new Error('index.html has no boot-<hash>.js for the text version to use');
  const fallback = execFileSync(
    'cargo',
    ['run', '--offline', '--quiet', '--example', 'fallback', '--', '--stylesheet', css, '--script', script, '--csp', csp],
    { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'], cwd: resolve(fileURLToPath(import.meta.url), '../..') },
  );
  if (!fallback.includes('id="mm-text-version"')) throw new Error('cargo run --example fallback wrote no #mm-text-version');
  writeFileSync(join(staging, 'fallback.html'), fallback);
  say(`fallback.html ${Buffer.byteLength(fallback)} bytes`);

  // 4. Headers for static hosts that read a _headers file.
  writeFileSync(join(staging, '_headers'), headersFile(csp));

  // 5. WordPress (oEmbed) needs the absolute public address.
  if (base) {
    index = addOembed(staging, index, base);
    say(`oembed.json and its discovery link for ${base}`);
  } else {
    say('MASSAGE_MAP_BASE_URL is not set: no oembed.json, so WordPress will not auto-embed this build (docs/embedding.md)');
  }

  writeFileSync(indexPath, index);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`post-build: ${error.message}`);
    process.exit(1);
  }
}
