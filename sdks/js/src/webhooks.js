// Checking that a webhook delivery came from Aiser (see site/pages/reference/webhooks.md).

const header = (headers, name) => {
  if (typeof headers?.get === 'function') return headers.get(name) ?? undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === lower);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
};

async function subtle() {
  if (globalThis.crypto?.subtle) return globalThis.crypto.subtle;
  return (await import('node:crypto')).webcrypto.subtle;
}

/**
 * Resolves to true when `body` (the raw request body: string or bytes) carries a valid
 * `X-Aiser-Signature` made with the webhook's `secret` less than `tolerance` seconds ago.
 * `headers` is a plain object (any case) or a `Headers`.
 */
export async function verifySignature(secret, headers, body, { tolerance = 300, now = Date.now() / 1000 } = {}) {
  const timestamp = header(headers, 'x-aiser-timestamp');
  const signature = header(headers, 'x-aiser-signature');
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > tolerance) return false;
  const encoder = new TextEncoder();
  const raw = typeof body === 'string' ? encoder.encode(body) : new Uint8Array(body);
  const signed = new Uint8Array([...encoder.encode(`${timestamp}.`), ...raw]);
  const crypto = await subtle();
  const key = await crypto.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.sign('HMAC', key, signed));
  const expected = `v1=${[...mac].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (expected.length !== signature.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i += 1) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  return diff === 0;
}
