// Rate limiting against a live server with small limits: a short Retry-After is waited out, a
// long one is thrown as RateLimitError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AiserClient, RateLimitError } from '@aiser/sdk';
import { startServer } from './support/server.js';

test('a short Retry-After is waited out', async () => {
  // Two AI calls per one-second window; then the server answers 429 with Retry-After: 1.
  const server = await startServer({ AISER_RATE_LIMIT_AI: '2', AISER_RATE_LIMIT_WINDOW: '1' });
  try {
    const c = new AiserClient({ baseUrl: server.baseUrl, apiKey: server.apiKey });
    const started = Date.now();
    for (let i = 0; i < 5; i += 1) assert.ok((await c.ai.listModels()).length > 0);
    assert.ok(Date.now() - started >= 900);
  } finally {
    await server.stop();
  }
});

test('a long Retry-After is thrown with retryAfter', async () => {
  // The server asks for at least 1 s; the client accepts to wait at most 0.5 s.
  const server = await startServer({ AISER_RATE_LIMIT_AI: '2', AISER_RATE_LIMIT_WINDOW: '3600' });
  try {
    const c = new AiserClient({ baseUrl: server.baseUrl, apiKey: server.apiKey, maxRetryAfter: 0.5 });
    await c.ai.listModels();
    await c.ai.listModels();
    await assert.rejects(c.ai.listModels(), (e) => {
      assert.ok(e instanceof RateLimitError);
      assert.equal(e.status, 429);
      assert.equal(e.code, 'RATE_LIMIT_EXCEEDED');
      assert.ok(e.retryAfter >= 1 && e.retryAfter <= 3600);
      assert.match(e.requestId, /^req_/);
      return true;
    });
  } finally {
    await server.stop();
  }
});
