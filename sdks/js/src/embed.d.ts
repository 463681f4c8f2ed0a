/** Options of {@link renderEmbed}. */
export interface EmbedOptions {
  /** Accessible name of the iframe (default "Aiser chart"). */
  title?: string;
  /** CSS length or pixels (default 400). */
  height?: string | number;
  /** CSS length or pixels (default "100%"). */
  width?: string | number;
  /** Resolves a relative URL such as `/charts/chart_…`. */
  baseUrl?: string;
  /** iframe sandbox tokens (default "allow-scripts allow-popups"). */
  sandbox?: string;
  /** The document to render into (default `globalThis.document`). */
  document?: Document;
}

/** What {@link renderEmbed} rendered. */
export interface Embed {
  iframe: HTMLIFrameElement;
  /** The absolute URL the iframe loads. */
  url: string;
  /** Removes the iframe. */
  destroy(): void;
}

/** Renders an Aiser page (e.g. a chart's `chartUrl`) into an element as a sandboxed iframe. */
export function renderEmbed(target: Element | string, url: string | URL, options?: EmbedOptions): Embed;

/** The absolute http(s) URL an embed loads; other schemes throw a TypeError. */
export function embedUrl(url: string | URL, options?: Pick<EmbedOptions, 'baseUrl'>): string;
