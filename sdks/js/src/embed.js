// @aiser/sdk/embed: shows an Aiser page (a chart's `chartUrl` today) inside an element of a web page.
// Minting embed tokens is a server-side call; this module only renders what the server handed out.

const DEFAULT_SANDBOX = 'allow-scripts allow-popups';

/**
 * Renders `url` into `target` (an element, or a CSS selector resolved in `options.document`) as a
 * sandboxed iframe, replacing the element's content. Returns `{ iframe, url, destroy() }`.
 *
 * Options: `title` (accessible name, default "Aiser chart"), `height`/`width` (CSS lengths or
 * pixels; default 100% × 400px), `baseUrl` (to resolve a relative
 * URL such as `/charts/chart_…`), `sandbox` (iframe sandbox tokens), `document`.
 */
export function renderEmbed(target, url, options = {}) {
  const doc = options.document ?? globalThis.document;
  if (!doc) throw new TypeError('renderEmbed needs a DOM: run it in a browser or pass options.document');
  const element = typeof target === 'string' ? doc.querySelector(target) : target;
  if (!element) throw new TypeError(`no element matches ${String(target)}`);
  const resolved = embedUrl(url, options);
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('src', resolved);
  iframe.setAttribute('title', options.title ?? 'Aiser chart');
  iframe.setAttribute('loading', 'lazy');
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  iframe.setAttribute('sandbox', options.sandbox ?? DEFAULT_SANDBOX);
  iframe.setAttribute('style', `border:0;width:${cssLength(options.width ?? '100%')};height:${cssLength(options.height ?? 400)}`);
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild(iframe);
  return {
    iframe,
    url: resolved,
    destroy() {
      if (iframe.parentNode === element) element.removeChild(iframe);
    },
  };
}

/** The absolute http(s) URL an embed loads; anything else (javascript:, data:) is refused. */
export function embedUrl(url, { baseUrl } = {}) {
  let parsed;
  try {
    parsed = new URL(String(url), baseUrl ?? globalThis.location?.href);
  } catch {
    throw new TypeError(`not a URL: ${String(url)} (pass baseUrl for a relative one)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`an embed URL must be http or https, not ${parsed.protocol}`);
  }
  return parsed.toString();
}

const cssLength = (v) => (typeof v === 'number' ? `${v}px` : String(v).replace(/[;"]/g, ''));
