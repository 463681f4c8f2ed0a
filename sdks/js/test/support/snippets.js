// Reading the SDK snippets out of Markdown: the API reference's and the README's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './server.js';

/** The API reference (shared/api-reference.md beside the clone, or $AISER_API_REFERENCE), or null. */
export function apiReference() {
  for (const p of [process.env.AISER_API_REFERENCE, join(REPO, '..', 'shared', 'api-reference.md')]) {
    if (p && existsSync(p)) return readFileSync(p, 'utf8');
  }
  return null;
}

/** The first ```language block after the line containing `heading`. */
export function codeBlock(markdown, heading, language) {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const m = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(markdown.slice(start));
  if (!m) throw new Error(`no ${language} block after ${heading}`);
  return m[1];
}

/** The snippet with its base URL and key replaced by the live ones, and nothing else changed. */
export function withServer(snippet, baseUrl, apiKey) {
  let n = 0;
  const out = snippet
    .replace(/baseUrl: '[^']*'/g, () => { n += 1; return `baseUrl: '${baseUrl}'`; })
    .replace(/apiKey: '[^']*'/g, () => { n += 10; return `apiKey: '${apiKey}'`; });
  if (n !== 11) throw new Error('the snippet should set baseUrl and apiKey once each');
  return out;
}
