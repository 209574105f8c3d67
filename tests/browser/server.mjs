// A dependency-free static server for the release build in dist/.
// It mounts the files under a sub-path (like a page of a blog) so a test
// proves the build only uses relative URLs: anything outside the sub-path is 404.
//
//   node tests/browser/server.mjs [--root dist] [--base /blog/tools/massage-map/] [--host 127.0.0.1] [--port 8080]
//
// import { start } from './server.mjs'; const { url, close } = await start({ base: '/x/', port: 0 });
//
// Every response carries Access-Control-Allow-Origin: *, as the build's _headers file asks of
// static hosts: in a sandboxed iframe (origin "null") module scripts, the .wasm and
// fallback.html are cross-origin requests. start({ cors: false }) leaves it out, to test a
// host that does not send it; start({ headers: { Name: 'value' } }) adds headers to every
// response (say, those of the build's _headers file); start({ gzip: true }) compresses
// responses for clients that accept it, as static hosts do. start({ hold: { 'index.html':
// { before: '<section', until: promise } } }) sends a file up to the first `before`, and the
// rest once `until` settles: a slow connection, stalled in the middle of a page.

import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const DEFAULT_ROOT = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Serves `root` at http://host:port{base}. port 0 picks a free port. */
export async function start({ root = DEFAULT_ROOT, base = '/', host = '127.0.0.1', port = 0, log = false, cors = true, gzip = false, headers: extra = {}, hold = {} } = {}) {
  root = resolve(root);
  base = `/${base}/`.replace(/\/+/g, '/');

  const server = createServer(async (req, res) => {
    const send = (status, body = '', headers = {}) => {
      // no-store: a rebuilt dist/ must never be mixed with a cached older file.
      const allow = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
      res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...allow, ...extra, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });

    let path, search;
    try {
      ({ pathname: path, search } = new URL(req.url, 'http://x'));
      path = decodeURIComponent(path);
    } catch {
      return send(400, 'bad request\n');
    }
    // The app's relative URLs only resolve against a base ending in '/'.
    if (`${path}/` === base) return send(301, '', { Location: base + search });
    if (!path.startsWith(base)) return send(404, 'not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });

    let file = join(root, path.slice(base.length));
    if (file !== root && !file.startsWith(root + sep)) return send(404, 'not found\n');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      // gzip: as a real static host compresses (audits judge what a reader downloads).
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !/^image\/(png|jpeg)|^font\//.test(type);
      const encoding = compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {};
      if (compress) body = gzipSync(body);
      const held = hold[path.slice(base.length) || 'index.html'];
      if (held && !compress) {
        const at = body.indexOf(held.before);
        if (at < 0) throw new Error(`hold: no ${held.before} in ${file}`);
        res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': type, ...extra });
        res.write(body.subarray(0, at));
        await held.until;
        return res.end(body.subarray(at));
      }
      send(200, body, { 'Content-Type': type, 'Content-Length': body.length, ...encoding });
    } catch {
      send(404, 'not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
  });

  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${server.address().port}${base}`,
    server,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = (await import('node:util')).parseArgs({
    options: {
      root: { type: 'string', default: DEFAULT_ROOT },
      base: { type: 'string', default: '/' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      log: { type: 'boolean', default: false },
      gzip: { type: 'boolean', default: false },
    },
  });
  const { url, close } = await start({ ...values, port: Number(values.port) });
  console.log(`Massage Map is served at ${url}  (Ctrl+C stops)`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => close().then(() => process.exit(0)));
}
