// Unit tests of the retry policy, token refresh and result conversion, against a scripted server.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

import {
  AiserClient, APIConnectionError, APITimeoutError, AuthenticationError, InternalServerError, RateLimitError,
  ServiceUnavailableError,
} from '@aiser/sdk';
import { answer, drop, error, slow, startStub } from './support/stub.js';

const MODELS = {
  available_models: [{
    model_id: 'm', provider: 'p', capabilities: [], status: 'active', brand_new_field: { some_key: 1 },
    performance_metrics: { accuracy: 1, accuracy_basis: 'b', response_time: null, measured_requests: 0, cost_per_request: 0 },
  }],
};
const CHART = { chart_id: 'chart_1', chart_url: '/charts/chart_1', insights: [], chart_data: { type: 'bar', data: { labels: [], datasets: [] }, options: { font_size: 3 } } };
const tokens = (n, expiresIn = 3600) => answer(200, { access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'bearer', expires_in: expiresIn });

let stub;
beforeEach(async () => { stub = await startStub(); });
afterEach(async () => { await stub.close(); });

const fast = (options) => {
  const c = new AiserClient({ baseUrl: stub.baseUrl, ...options });
  c.backoffInitial = 10;
  return c;
};

test('a 429 waits Retry-After, then retries even a POST', async () => {
  stub.script['POST /api/v1/analytics/chart'] = [error(429, 'RATE_LIMIT_EXCEEDED', { retry_after: 1 }), answer(201, CHART)];
  const chart = await fast({ apiKey: 'k' }).analytics.generateChart({ query: 'q', dataSource: 'd' });
  assert.equal(chart.chartId, 'chart_1');
  assert.deepEqual(chart.chartData.options, { font_size: 3 });
  assert.equal(stub.seen.length, 2);
  assert.ok(stub.seen[1].at - stub.seen[0].at >= 950);
  assert.deepEqual(JSON.parse(stub.seen[0].body), { query: 'q', data_source: 'd' });
});

test('a 429 asking for too long a wait is thrown with retryAfter', async () => {
  stub.script['GET /api/v1/ai/models'] = [error(429, 'RATE_LIMIT_EXCEEDED', { retry_after: 120 })];
  await assert.rejects(fast({ apiKey: 'k' }).ai.listModels(), (e) => {
    assert.ok(e instanceof RateLimitError);
    assert.equal(e.retryAfter, 120);
    assert.equal(e.retry_after, 120);
    assert.equal(e.requestId, 'req_stub');
    return true;
  });
  assert.equal(stub.seen.length, 1);
});

test('idempotent requests retry 5xx with growing backoff; maxRetries bounds them', async () => {
  stub.script['GET /api/v1/ai/models'] = [error(500, 'INTERNAL_ERROR'), error(503, 'SERVICE_UNAVAILABLE'), answer(200, MODELS)];
  const c = fast({ apiKey: 'k' });
  c.backoffInitial = 100;
  assert.equal((await c.ai.listModels())[0].modelId, 'm');
  const gaps = stub.seen.slice(1).map((s, i) => s.at - stub.seen[i].at);
  assert.equal(stub.seen.length, 3);
  assert.ok(gaps[0] >= 45 && gaps[1] >= 95 && gaps[1] <= 3000, String(gaps));
  stub.script['GET /api/v1/ai/models'] = [error(503, 'SERVICE_UNAVAILABLE'), answer(200, MODELS)];
  await assert.rejects(fast({ apiKey: 'k', maxRetries: 0 }).ai.listModels(), ServiceUnavailableError);
  assert.equal(stub.seen.length, 4);
});

test('a 5xx on a POST is not retried', async () => {
  stub.script['POST /api/v1/analytics/chart'] = [error(500, 'INTERNAL_ERROR'), answer(201, CHART)];
  await assert.rejects(fast({ apiKey: 'k' }).analytics.generateChart({ query: 'q', dataSource: 'd' }), InternalServerError);
  assert.equal(stub.seen.length, 1);
});

test('a dropped connection is retried for a GET but not for a POST', async () => {
  stub.script['GET /api/v1/ai/models'] = [drop(), answer(200, MODELS)];
  stub.script['POST /api/v1/analytics/chart'] = [drop(), answer(201, CHART)];
  const c = fast({ apiKey: 'k' });
  assert.equal((await c.ai.listModels())[0].modelId, 'm');
  await assert.rejects(c.analytics.generateChart({ query: 'q', dataSource: 'd' }), (e) => e instanceof APIConnectionError && !(e instanceof APITimeoutError) && e.requestSent);
  assert.deepEqual(stub.paths(), ['GET /api/v1/ai/models', 'GET /api/v1/ai/models', 'POST /api/v1/analytics/chart']);
});

test('a timeout is its own error and is retried only when idempotent', async () => {
  stub.script['GET /api/v1/ai/models'] = [slow(1000, answer(200, MODELS))];
  stub.script['POST /api/v1/analytics/chart'] = [slow(1000, answer(201, CHART))];
  const c = fast({ apiKey: 'k', timeout: 200, maxRetries: 1 });
  await assert.rejects(c.ai.listModels(), APITimeoutError);
  await assert.rejects(c.analytics.generateChart({ query: 'q', dataSource: 'd' }), APITimeoutError);
  assert.deepEqual(stub.paths(), ['GET /api/v1/ai/models', 'GET /api/v1/ai/models', 'POST /api/v1/analytics/chart']);
});

test('a replayable upload is retried after a 429; a one-shot stream is not', async () => {
  const ds = { data_source_id: 'ds_1', name: 'n', file_name: 'f.csv', file_type: 'csv', file_size: 3, rows: 1, columns: 1, tags: [], uploaded_at: '2026-01-01T00:00:00Z' };
  stub.script['POST /api/v1/data/upload'] = [error(429, 'RATE_LIMIT_EXCEEDED', { retry_after: 1 }), answer(201, ds)];
  const c = fast({ apiKey: 'k' });
  assert.equal((await c.data.upload({ file: new TextEncoder().encode('a\n1\n'), fileName: 'f.csv' })).dataSourceId, 'ds_1');
  assert.equal(stub.seen[0].body, stub.seen[1].body);
  assert.ok(stub.seen[1].body.includes('filename="f.csv"'));
  stub.script['POST /api/v1/data/upload'] = [error(429, 'RATE_LIMIT_EXCEEDED', { retry_after: 1 })];
  async function* once() { yield 'a\n1\n'; }
  await assert.rejects(c.data.upload({ file: once(), fileName: 'p.csv' }), RateLimitError);
  assert.equal(stub.seen.length, 3);
});

test('unknown fields are kept; data-keyed maps keep their keys', async () => {
  stub.script['GET /api/v1/ai/models'] = [answer(200, MODELS)];
  const [model] = await fast({ apiKey: 'k' }).ai.listModels();
  assert.deepEqual(model.brandNewField, { someKey: 1 });
  assert.equal(model.performanceMetrics.responseTime, null);
  assert.equal(stub.seen[0].headers['x-api-key'], 'k');
});

test('email and password: login, refresh before expiry, logout on close', async () => {
  stub.script['POST /api/v1/auth/login'] = [tokens(1, 2)];
  stub.script['POST /api/v1/auth/refresh'] = [tokens(2)];
  stub.script['GET /api/v1/ai/models'] = [answer(200, MODELS)];
  stub.script['POST /api/v1/auth/logout'] = [answer(200, { logged_out: true })];
  const c = fast({ email: 'a@example.com', password: 'pw' });
  await Promise.all([c.ai.listModels(), c.ai.listModels()]); // one login for both
  await new Promise((ok) => setTimeout(ok, 1900)); // inside the refresh margin (a tenth of the lifetime)
  await Promise.all([c.ai.listModels(), c.ai.listModels()]); // one refresh for both
  await c.close();
  assert.deepEqual(stub.paths(), [
    'POST /api/v1/auth/login', 'GET /api/v1/ai/models', 'GET /api/v1/ai/models', 'POST /api/v1/auth/refresh',
    'GET /api/v1/ai/models', 'GET /api/v1/ai/models', 'POST /api/v1/auth/logout',
  ]);
  assert.equal(stub.seen[1].headers.authorization, 'Bearer access-1');
  assert.deepEqual(JSON.parse(stub.seen[3].body), { refresh_token: 'refresh-1' });
  assert.equal(stub.seen[4].headers.authorization, 'Bearer access-2');
  assert.equal(stub.seen[6].headers.authorization, 'Bearer access-2');
});

test('a 401 refreshes once, then gives up; an API key 401 is thrown at once', async () => {
  stub.script['POST /api/v1/auth/refresh'] = [tokens(2), tokens(3)];
  stub.script['GET /api/v1/ai/models'] = [error(401, 'AUTHENTICATION_FAILED'), answer(200, MODELS)];
  const c = fast({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  assert.equal((await c.ai.listModels())[0].modelId, 'm');
  stub.script['GET /api/v1/ai/models'] = [error(401, 'AUTHENTICATION_FAILED')];
  await assert.rejects(c.ai.listModels(), AuthenticationError);
  assert.deepEqual(stub.paths(), [
    'GET /api/v1/ai/models', 'POST /api/v1/auth/refresh', 'GET /api/v1/ai/models',
    'GET /api/v1/ai/models', 'POST /api/v1/auth/refresh', 'GET /api/v1/ai/models',
  ]);
  await assert.rejects(fast({ apiKey: 'bad' }).ai.listModels(), AuthenticationError);
  assert.equal(stub.seen.length, 7);
  await fast({ accessToken: 't' }).close(); // a token the client did not open is never logged out
  assert.equal(stub.seen.length, 7);
});
