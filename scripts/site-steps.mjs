// The site steps of the release build (scripts/build.mjs): the page's Content-Security-Policy,
// the public address (checked before any work; src/bin/prerender.rs uses it for canonical
// links, link previews, oEmbed and the sitemap), and _headers for static hosts.

const unescapeHtml = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]);

/** The value of attribute `name` in the start tag `tag` (quoted or not). */
export const attr = (tag, name) => {
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
 * The first of Yew's hydration markers in `html` that names its component, as Yew writes them
 * when built with debug assertions (`<!--<[massage_map::components::app::App]>-->`), or null.
 * A release build of Yew only checks the markers' brackets (`<!--<[]>-->`).
 */
export function namedMarker(html) {
  const named = /<!--<\[[^\]]+\]>-->/.exec(html);
  return named ? named[0] : null;
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

/**
 * _headers for Netlify and Cloudflare Pages. frame-ancestors works only in a header. `hashed`:
 * the files whose names change with their content, which a browser may keep for a year
 * without asking again. Both hosts read _headers only at the root they publish, so each
 * rule is the file's path there.
 */
export function headersFile(csp, hashed) {
  if (!hashed.length || hashed.some((name) => !/^[\w.-]+-[0-9a-f]{16}[\w.]*$/.test(name))) {
    throw new Error(`_headers: not hashed file names: ${hashed.join(', ')}`);
  }
  const cached = hashed.map((name) => `/${name}\n  Cache-Control: public, max-age=31536000, immutable\n`).join('');
  return `# Netlify / Cloudflare Pages: headers for every file in this folder (scripts/build.mjs).
# CORS: a sandboxed iframe (WordPress embeds) has origin "null", so its module scripts
# and its .wasm are cross-origin requests.
/*
  Access-Control-Allow-Origin: *
  Content-Security-Policy: ${csp}; frame-ancestors *
  X-Content-Type-Options: nosniff
# A hashed name changes with the file: a browser keeps it without asking again. The pages
# and the fixed names (embed.js, fallback.js) keep the host's default, revalidated.
${cached}`;
}
