// Trunk post-build hook (release only): minifies the wasm-bindgen JS glue,
// which Trunk's own minifier cannot parse, and updates its integrity hash
// in index.html so the browser still accepts it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');

for (const name of readdirSync(staging).filter((f) => f.endsWith('.js'))) {
  const path = join(staging, name);
  const before = readFileSync(path);
  // terser comes from scripts/setup.sh (npm, on PATH).
  execFileSync('terser', [path, '--module', '--compress', '--mangle', '--output', path], { stdio: 'inherit' });
  const after = readFileSync(path);
  if (!index.includes(sri(before)) && index.includes(name)) {
    throw new Error(`index.html names ${name} without the integrity hash this hook expects`);
  }
  index = index.replaceAll(sri(before), sri(after));
  console.log(`post-build: ${name} ${before.length} -> ${after.length} bytes`);
}
writeFileSync(indexPath, index);
