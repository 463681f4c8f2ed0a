// A scripted HTTP server on 127.0.0.1 for unit tests of retries and token refresh: each request
// gets the next scripted answer for its "METHOD /path" and is recorded.
import { createServer } from 'node:http';

export const answer = (status, data, headers = {}) => ({ status, body: { success: true, data, message: 'ok', timestamp: '2026-01-01T00:00:00Z' }, headers });
export const error = (status, code, extra = {}) => ({
  status,
  body: { success: false, error: { code, message: code.toLowerCase(), timestamp: '2026-01-01T00:00:00Z', ...extra } },
  headers: { 'x-request-id': 'req_stub', ...(extra.retry_after ? { 'retry-after': String(extra.retry_after) } : {}) },
});
export const drop = () => ({ drop: true });
export const slow = (ms, a) => ({ ...a, delay: ms });

export async function startStub() {
  const script = {};
  const seen = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const path = req.url.split('?')[0];
      seen.push({ method: req.method, path, headers: req.headers, body: Buffer.concat(chunks).toString(), at: Date.now() });
      const list = script[`${req.method} ${path}`];
      const a = !list ? error(404, 'RESOURCE_NOT_FOUND') : list.length > 1 ? list.shift() : list[0];
      if (a.delay) await new Promise((ok) => setTimeout(ok, a.delay));
      if (a.drop) {
        req.socket.destroy();
        return;
      }
      const body = JSON.stringify(a.body);
      res.writeHead(a.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...a.headers });
      res.end(body);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}/api/v1`,
    script,
    seen,
    paths: () => seen.map((s) => `${s.method} ${s.path}`),
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}
