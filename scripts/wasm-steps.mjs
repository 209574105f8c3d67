// The .wasm steps of the release build (scripts/build.mjs): binding names shortened in the
// .wasm and the JS glue alike, and panics that trap at once. Exported for
// tests/browser/static.test.mjs, which checks them on hand-made modules and on the real build.

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

/** wasm-opt's settings: smallest code; the features current rustc output uses. */
export const WASM_OPT = ['-Oz', '--converge', '--strip-debug', '--strip-producers', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

