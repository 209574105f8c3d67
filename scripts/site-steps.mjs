// The site steps of the release build (scripts/build.mjs): the page's Content-Security-Policy,
// _headers for static hosts, and oEmbed for WordPress when the public address is known.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `text` with HTML's special characters escaped, for text and attribute values. */
export const escapeHtml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

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
  return `# Netlify / Cloudflare Pages: headers for every file in this folder (scripts/build.mjs).
# CORS: a sandboxed iframe (WordPress embeds) has origin "null", so its module scripts,
# its .wasm and the text version are cross-origin requests.
/*
  Access-Control-Allow-Origin: *
  Content-Security-Policy: ${csp}; frame-ancestors *
  X-Content-Type-Options: nosniff
`;
}

