// Builds the two reference pages the benchmark compares Massage Map with (a vanilla SVG page and
// a Vite + React 18 + react-body-highlighter page; see their README) from a read-only source
// folder into a cache under target/, and returns the folders to serve.
//
//   import { buildReferencePages } from './reference-pages.mjs';
//   const { vanilla, react } = buildReferencePages({ source: '../shared/reference-pages' });
//
// The sources are copied over the cache on every call (without node_modules/ and dist/);
// `npm ci` runs only when peer-react/package-lock.json changed and `vite build` only when
// any source file changed (the cache is
// target/bench-reference-pages/), so a second bench run reuses both. Any failure throws an Error
// that says which step failed and why (the tail of its output).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// shared/ lies beside the repository (as on the developers' machines and in CI).
export const DEFAULT_SOURCE = process.env.MM_BENCH_REFERENCE_PAGES ?? fileURLToPath(new URL('../../../shared/reference-pages/', import.meta.url));
export const DEFAULT_CACHE = fileURLToPath(new URL('../../target/bench-reference-pages/', import.meta.url));

const SKIP = new Set(['node_modules', 'dist', '.git']);

// Every source file (relative path -> contents hash), in a stable order.
function sourceFiles(root, dir = root, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(root, path, out);
    else out.push(relative(root, path));
  }
  return out;
}

const sha = (...parts) => createHash('sha256').update(parts.join('\0')).digest('hex');

function run(step, cmd, args, cwd) {
  try {
    execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_fund: 'false', npm_config_audit: 'false' } });
  } catch (e) {
    // The reason comes first (npm's and Vite's stack traces after it say little).
    const output = `${e.stderr ?? ''}\n${e.stdout ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').filter((l) => !/^\s+at /.test(l)).slice(0, 15).join('\n');
    throw new Error(`reference pages: ${step} failed in ${cwd} (${e.message.split('\n')[0]})${output ? `:\n${output}` : ''}`);
  }
}

export function buildReferencePages({ source = DEFAULT_SOURCE, cache = DEFAULT_CACHE, log = () => {} } = {}) {
  for (const need of ['vanilla/index.html', 'peer-react/package.json', 'peer-react/package-lock.json', 'data/regions.json']) {
    if (!existsSync(join(source, need))) throw new Error(`reference pages: ${join(source, need)} is missing (set MM_BENCH_REFERENCE_PAGES or --refs to the folder)`);
  }
  const files = sourceFiles(source);
  const sourceKey = sha(...files.flatMap((f) => [f, sha(readFileSync(join(source, f)))]));
  const lockKey = sha(readFileSync(join(source, 'peer-react/package-lock.json')));

  mkdirSync(cache, { recursive: true });
  // Stale files (a source deleted upstream) must not linger: remove what is not in the source.
  for (const f of sourceFiles(cache)) if (!files.includes(f) && !f.startsWith('.stamp-')) rmSync(join(cache, f));
  cpSync(source, cache, { recursive: true, filter: (src) => !SKIP.has(src.split('/').pop()) || src === source });

  const react = join(cache, 'peer-react');
  const stamp = (name) => join(cache, `.stamp-${name}`);
  const stamped = (name, key) => existsSync(stamp(name)) && readFileSync(stamp(name), 'utf8') === key;

  if (!stamped('npm-ci', lockKey) || !existsSync(join(react, 'node_modules'))) {
    log('reference pages: npm ci in peer-react');
    rmSync(stamp('npm-ci'), { force: true });
    run('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], react);
    writeFileSync(stamp('npm-ci'), lockKey);
  }
  const buildKey = sha(sourceKey, lockKey);
  if (!stamped('vite-build', buildKey) || !existsSync(join(react, 'dist/index.html'))) {
    log('reference pages: vite build in peer-react');
    rmSync(stamp('vite-build'), { force: true });
    run('vite build', 'npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], react);
    if (!existsSync(join(react, 'dist/index.html'))) throw new Error(`reference pages: vite build left no ${join(react, 'dist/index.html')}`);
    writeFileSync(stamp('vite-build'), buildKey);
  }
  return { vanilla: join(cache, 'vanilla'), react: join(react, 'dist'), sourceKey };
}
