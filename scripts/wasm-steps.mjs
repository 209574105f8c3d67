// The .wasm steps of the release build (scripts/build.mjs): how cargo builds it for size,
// binding names shortened in the .wasm and the JS glue alike, and the check that no panic
// message is left. Exported for tests/browser/static.test.mjs, which checks them on
// hand-made modules and on the real build.

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
 * How cargo builds the release .wasm for size: the standard library is rebuilt with the
 * app (`-Zbuild-std`, from the toolchain's `rust-src`), so that a panic aborts at once
 * (`-Cpanic=immediate-abort`: no message is formatted, and the formatting code, its Unicode
 * tables and every panic's file, line and column leave the binary), and `Debug` output, which
 * only panic messages use here, is left out (`-Zfmt-debug=none`). About 11 KB gzip. These are
 * the Rust and Wasm book's "panic immediate abort" flags; on a stable toolchain they need
 * RUSTC_BOOTSTRAP=1. A toolchain that drops one fails the build (cargo rejects the flag), and
 * one that stops honouring it fails `panicLeftovers`. A panic in the release build traps, and
 * boot.js keeps the page as plain pages (tests/browser/static.test.mjs).
 */
export const RUST_FOR_SIZE = {
  args: ['-Zbuild-std=std,panic_abort'],
  env: {
    RUSTC_BOOTSTRAP: '1',
    RUSTFLAGS: '-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none',
  },
};

/** Text a panic message or its location would leave in a .wasm built without RUST_FOR_SIZE. */
const PANIC_TEXT = ['panicked at', 'called `Option::unwrap()` on a `None` value', '/rustc/', '.cargo/registry/', 'src/components/'];

/** Which of PANIC_TEXT are in `wasm`: none when RUST_FOR_SIZE did its job. */
export function panicLeftovers(wasm) {
  const bytes = Buffer.from(wasm);
  return PANIC_TEXT.filter((text) => bytes.includes(text));
}

/** wasm-opt's settings: smallest code; the features current rustc output uses. */
export const WASM_OPT = ['-Oz', '--converge', '--strip-debug', '--strip-producers', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

