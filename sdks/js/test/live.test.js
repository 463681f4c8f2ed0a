// Every operation of the API through AiserClient, against a live `aiser serve`; the snippets of
// the API reference and the README; and the coverage check against the server's OpenAPI document.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { createServer } from 'node:http';

import {
  AiserClient, verifySignature, APIConnectionError, AuthenticationError, NotFoundError, Pager, PermissionDeniedError, ValidationError,
} from '@aiser/sdk';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, salesCsv, startServer } from './support/server.js';
import { apiReference, codeBlock, withServer } from './support/snippets.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE = resolve(HERE, '..');
const called = new Set();
let server;

/** Operations deliberately not in the SDK, with the reason. */
// The sign-in form of the pages is for a person's browser; programs sign in with auth.login and tokens.
// The live-update streams of embed pages are opened by the page's own script in the browser.
const EXCLUDED = {
  ...Object.fromEntries(['loginPage', 'loginForm', 'logoutForm'].map((id) => [id, 'the browser sign-in form of the pages'])),
  embedChartEvents: "a Server-Sent Events stream the embed page's own script opens in the browser",
  embedDashboardEvents: "a Server-Sent Events stream the embed page's own script opens in the browser",
};

const client = (options = {}) => {
  const c = new AiserClient({ baseUrl: server.baseUrl, ...(options.apiKey || options.email || options.accessToken ? {} : { apiKey: server.apiKey }), ...options });
  c.onRequest = (op) => called.add(op.operationId);
  return c;
};
const unique = (prefix) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

// Webhook tests deliver to a receiver on 127.0.0.1, which the SSRF guard refuses by default.
before(async () => { server = await startServer({ AISER_WEBHOOK_ALLOW_PRIVATE: 'true' }); });
after(async () => { await server?.stop(); });

// -- snippets ----------------------------------------------------------------------------------------

async function runSnippet(snippet) {
  // Inside the package directory, so that `import … from '@aiser/sdk'` resolves (self-reference).
  const file = join(PACKAGE, `.snippet-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`);
  const check = '\nconsole.log(JSON.stringify({ chart: typeof chart === "undefined" ? null : chart, insights: typeof insights === "undefined" ? null : insights }));\n';
  writeFileSync(file, withServer(snippet, server.baseUrl, server.apiKey) + check);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: mkdtempSync(join(tmpdir(), 'snippet-')) });
    return JSON.parse(stdout.trim().split('\n').pop());
  } finally {
    rmSync(file, { force: true });
  }
}

test("the API reference's TypeScript snippet runs as written", async (t) => {
  const ref = apiReference();
  if (ref === null) return t.skip('shared/api-reference.md is not beside this clone (set AISER_API_REFERENCE)');
  const { chart, insights } = await runSnippet(codeBlock(ref, '### **JavaScript/TypeScript SDK**', 'typescript'));
  assert.match(chart.chartId, /^chart_/);
  assert.equal(chart.chartData.type, 'line');
  assert.ok(chart.chartData.data.labels.length >= 12);
  assert.equal(insights.target, 'sales');
  assert.equal(insights.results.primaryDrivers[0].factor, 'marketing_spend');
});

test("the README's first call and its copy of the reference example run as written", async (t) => {
  const readme = readFileSync(join(PACKAGE, 'README.md'), 'utf8');
  const first = await runSnippet(codeBlock(readme, '## First call', 'js'));
  assert.match(first.chart.chartId, /^chart_/);
  const copy = codeBlock(readme, "## The API reference's example", 'typescript');
  const { insights } = await runSnippet(copy);
  assert.equal(insights.results.primaryDrivers[0].factor, 'marketing_spend');
  const ref = apiReference();
  if (ref === null) return t.skip('the reference is not here to compare with');
  assert.equal(copy, codeBlock(ref, '### **JavaScript/TypeScript SDK**', 'typescript'));
});

test("the site page's JavaScript example runs as written", async () => {
  const page = readFileSync(join(PACKAGE, '..', '..', 'site', 'pages', 'reference', 'sdks.md'), 'utf8');
  const { chart } = await runSnippet(codeBlock(page, '## JavaScript / TypeScript', 'js'));
  assert.match(chart.chartId, /^chart_/);
  assert.ok(chart.insights.length > 0);
});

// -- health, OpenAPI ------------------------------------------------------------------------------

test('health probes answer without credentials; the OpenAPI document', async () => {
  const c = client({ apiKey: 'not-a-key' });
  assert.equal((await c.health.check()).status, 'ok');
  assert.equal((await c.health.ready()).status, 'ready');
  const doc = await c.openapi();
  assert.ok(doc.openapi.startsWith('3.1') && doc.paths['/api/v1/analytics/chart']);
});

// -- auth ---------------------------------------------------------------------------------------------

test('email and password: log in on first use, refresh before expiry and after a 401, log out on close', async () => {
  const c = client({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  assert.ok(Array.isArray(await c.apiKeys.list()));
  const first = c._tokenState();
  assert.ok(first.accessToken && first.refreshToken);
  c._setTokenState({ expiresAt: Date.now() + 1000 }); // inside the refresh margin
  await c.apiKeys.list();
  const second = c._tokenState();
  assert.notEqual(second.accessToken, first.accessToken);
  assert.notEqual(second.refreshToken, first.refreshToken);
  c._setTokenState({ accessToken: `${second.accessToken.slice(0, -4)}AAAA`, expiresAt: Date.now() + 3_600_000 });
  await c.apiKeys.list(); // 401 → refresh → retried
  const third = c._tokenState();
  assert.notEqual(third.refreshToken, second.refreshToken);
  await c.close();
  await assert.rejects(client().auth.refresh({ refreshToken: third.refreshToken }), (e) => {
    assert.ok(e instanceof AuthenticationError);
    assert.equal(e.status, 401);
    assert.equal(e.code, 'AUTHENTICATION_FAILED');
    assert.match(e.requestId, /^req_/);
    return true;
  });
});

test('explicit login, refresh and logout; a bearer token with its refresh token', async () => {
  const token = await client().auth.login({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  assert.equal(token.tokenType, 'bearer');
  assert.equal(token.user.email, ADMIN_EMAIL);
  const c = client({ accessToken: token.accessToken, refreshToken: token.refreshToken });
  assert.equal((await c.users.get(token.user.id)).email, ADMIN_EMAIL);
  const renewed = await c.auth.refresh();
  assert.notEqual(renewed.accessToken, token.accessToken);
  assert.equal((await c.users.get(token.user.id)).userId, token.user.id);
  assert.equal((await c.auth.logout()).loggedOut, true);
  await assert.rejects(c.auth.refresh({ refreshToken: renewed.refreshToken }), AuthenticationError);
  await assert.rejects(client({ email: ADMIN_EMAIL, password: 'wrong password!' }).apiKeys.list(), AuthenticationError);
});

// -- users, organizations, API keys -------------------------------------------------------------------

test('users: create, get, update, and list with auto-paging', async () => {
  const c = client();
  const created = [];
  for (let i = 0; i < 3; i += 1) {
    created.push(await c.users.create({ email: `${unique('u')}@example.com`, password: 'a password 123', firstName: 'Ada', role: 'viewer' }));
  }
  assert.ok(created.every((u) => u.role === 'viewer' && u.status === 'active' && u.firstName === 'Ada'));
  const profile = await c.users.get(created[0].userId);
  assert.equal(profile.preferences.theme, 'light');
  assert.equal(typeof profile.statistics.chartsCreated, 'number');
  const updated = await c.users.update(created[0].userId, { firstName: 'Augusta', preferences: { theme: 'dark' } });
  assert.equal(updated.firstName, 'Augusta');
  assert.equal(updated.preferences.theme, 'dark');
  const pager = c.users.list({ role: 'viewer', limit: 1 });
  assert.ok(pager instanceof Pager);
  const first = await pager.firstPage();
  assert.equal(first.items.length, 1);
  assert.ok(first.pagination.pages >= 3);
  const ids = [];
  for await (const u of pager) ids.push(u.userId);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(ids.length, first.pagination.total);
  for (const u of created) assert.ok(ids.includes(u.userId));
});

test('organizations: create, get, members', async () => {
  const c = client();
  const org = await c.organizations.create({ name: unique('Org'), plan: 'pro', settings: { maxUsers: 10, dataRetentionDays: 30, aiModelAccess: [] } });
  assert.equal(org.plan, 'pro');
  assert.equal(org.settings.maxUsers, 10);
  assert.equal(org.settings.dataRetentionDays, 30);
  assert.equal(org.usage.currentUsers, 0);
  assert.equal((await c.organizations.get(org.organizationId)).name, org.name);
  for (let i = 0; i < 2; i += 1) await c.users.create({ email: `${unique('m')}@example.com`, password: 'a password 123', organization: org.organizationId });
  const members = await c.organizations.listMembers(org.organizationId, { limit: 1 }).toArray();
  assert.equal(members.length, 2);
  assert.ok(members.every((m) => m.organizationId === org.organizationId));
});

test('API keys: create, list, revoke; a viewer key is refused writes', async () => {
  const c = client();
  const created = await c.apiKeys.create({ name: unique('key'), role: 'viewer' });
  assert.ok(created.apiKey.startsWith(created.prefix));
  assert.ok((await c.apiKeys.list()).some((k) => k.keyId === created.keyId));
  const viewer = client({ apiKey: created.apiKey });
  assert.equal((await viewer.analytics.listCharts().firstPage()).pagination.page, 1);
  await assert.rejects(viewer.users.create({ email: `${unique('x')}@example.com`, password: 'a password 123' }), (e) => {
    assert.ok(e instanceof PermissionDeniedError);
    assert.equal(e.status, 403);
    assert.equal(e.code, 'PERMISSION_DENIED');
    return true;
  });
  assert.equal((await c.apiKeys.revoke(created.keyId)).revoked, true);
  await assert.rejects(client({ apiKey: created.apiKey }).apiKeys.list(), AuthenticationError);
});

// -- data ---------------------------------------------------------------------------------------------

test('registering a warehouse source on a host the server does not list is refused', async () => {
  // The test server lists no warehouse host (the default): refused before any connection.
  await assert.rejects(
    client().data.createSource({ name: 'orders', type: 'postgres', url: 'postgres://u:Pw-123456@10.1.2.3:5432/db', table: 'orders' }),
    (e) => e instanceof ValidationError && e.status === 422 && 'host' in e.details && !String(e.message).includes('Pw-123456'),
  );
});

test('upload from a path with progress, from bytes, a Blob and streams', async () => {
  const c = client();
  const dir = mkdtempSync(join(tmpdir(), 'sdk-upload-'));
  const path = join(dir, 'sales.csv');
  writeFileSync(path, salesCsv(4000));
  const seen = [];
  const ds = await c.data.upload({ file: path, dataSourceName: unique('from-path'), description: 'd', tags: ['a', 'b'], onProgress: (sent, total) => seen.push([sent, total]) });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(ds.rows, 4000);
  assert.equal(ds.fileName, 'sales.csv');
  assert.deepEqual(ds.tags, ['a', 'b']);
  assert.equal(ds.schema.marketing_spend, 'decimal'); // column names are data: not camelCased
  assert.ok(seen.length > 3);
  assert.equal(seen.at(-1)[0], seen.at(-1)[1]);
  const bytes = new TextEncoder().encode(salesCsv(50));
  assert.equal((await c.data.upload({ file: bytes, fileName: 'b.csv' })).rows, 50);
  assert.equal((await c.data.upload({ file: new Blob([bytes]), fileName: 'blob.csv' })).rows, 50);
  const totals = [];
  const stream = new ReadableStream({ start(ctl) { ctl.enqueue(bytes.subarray(0, 100)); ctl.enqueue(bytes.subarray(100)); ctl.close(); } });
  assert.equal((await c.data.upload({ file: stream, fileName: 's.csv', onProgress: (s, t) => totals.push(t) })).rows, 50);
  assert.equal(totals.at(-1), null);
  async function* chunks() { yield bytes.subarray(0, 10); yield bytes.subarray(10); }
  assert.equal((await c.data.upload({ file: chunks(), fileName: 'it.csv' })).rows, 50);
  await assert.rejects(c.data.upload({ file: bytes }), TypeError);
});

test('data sources: list with paging, schema, delete', async () => {
  const c = client();
  const names = [unique('listed'), unique('listed'), unique('listed')];
  for (const n of names) await c.data.upload({ file: new TextEncoder().encode(salesCsv(20)), fileName: `${n}.csv`, dataSourceName: n, tags: ['paged'] });
  const listed = (await c.data.listSources({ tags: ['paged'], limit: 2 }).toArray()).map((s) => s.name);
  for (const n of names) assert.ok(listed.includes(n));
  assert.equal(new Set(listed).size, listed.length);
  const ds = (await c.data.listSources({ fileType: 'csv' }).toArray()).find((s) => s.name === names[0]);
  const schema = await c.data.getSchema(ds.dataSourceId);
  assert.equal(schema.schema.marketing_spend.type, 'decimal');
  assert.equal(schema.schema.region.uniqueValues, 4);
  assert.equal(schema.statistics.totalRows, 20);
  const replaced = await c.data.replaceFile(ds.dataSourceId, { file: new TextEncoder().encode(salesCsv(7)), fileName: 'new.csv' });
  assert.equal(replaced.dataSourceId, ds.dataSourceId);
  assert.equal(replaced.rows, 7);
  assert.equal((await c.data.getSchema(ds.dataSourceId)).statistics.totalRows, 7);
  assert.equal((await c.data.deleteSource(ds.dataSourceId)).deleted, true);
  await assert.rejects(c.data.getSchema(ds.dataSourceId), (e) => e instanceof NotFoundError && e.status === 404 && /^req_/.test(e.requestId));
});

// -- analytics --------------------------------------------------------------------------------------

test('charts: generate, get, list, update, page, delete', async () => {
  const c = client();
  const created = await c.analytics.generateChart({ query: 'Show me sales by month', dataSource: 'sales_data', title: 'Monthly sales' });
  assert.ok(created.chartUrl.endsWith(created.chartId));
  assert.equal(created.chartData.type, 'line');
  assert.ok(created.insightDetails.length > 0);
  const chart = await c.analytics.getChart(created.chartId);
  assert.equal(chart.query, 'Show me sales by month');
  assert.equal(chart.title, 'Monthly sales');
  const second = await c.analytics.generateChart({ query: 'total sales by region', dataSource: 'sales_data' });
  const all = await c.analytics.listCharts({ limit: 1, sortBy: 'created_at', sortOrder: 'asc' }).toArray();
  assert.ok(all.some((s) => s.chartId === created.chartId) && all.some((s) => s.chartId === second.chartId));
  const found = await c.analytics.listCharts({ query: 'region' }).toArray();
  assert.ok(found.some((s) => s.chartId === second.chartId) && !found.some((s) => s.chartId === created.chartId));
  const updated = await c.analytics.updateChart(created.chartId, { title: 'Sales per month', options: { theme: 'dark', export_formats: ['png'] } });
  assert.equal(updated.title, 'Sales per month');
  assert.equal(updated.options.theme, 'dark');
  assert.deepEqual(updated.options.export_formats, ['png']); // free-form options are left as given
  const page = await c.analytics.chartPage(created.chartId);
  assert.match(page, /^\s*<!doctype html/i);
  assert.ok(page.includes('Sales per month'));
  assert.equal(updated.settings.public, false);
  const shared = await c.analytics.updateChart(created.chartId, { settings: { public: true } });
  assert.equal(shared.settings.public, true);
  // Shared: the page answers without credentials.
  const anonymous = await fetch(`${c.serverRoot}/charts/${created.chartId}`);
  assert.equal(anonymous.status, 200);
  assert.equal((await c.analytics.deleteChart(created.chartId)).deleted, true);
  await assert.rejects(c.analytics.getChart(created.chartId), NotFoundError);
  await assert.rejects(c.analytics.chartPage(created.chartId), NotFoundError);
});

test('embed: organization origins, tokens, pages, script, revocation', async () => {
  const c = client();
  const org = await c.organizations.create({ name: unique('Embed') });
  const updated = await c.organizations.update(org.organizationId, { settings: { embed: { allowedOrigins: ['https://Blog.example.com/'] } } });
  assert.deepEqual(updated.settings.embed.allowedOrigins, ['https://blog.example.com']);
  assert.equal(updated.settings.maxUsers, org.settings.maxUsers);
  await assert.rejects(
    c.organizations.update(org.organizationId, { settings: { embed: { allowedOrigins: ['https://*.example.com'] } } }),
    (e) => e.status === 422 && 'settings.embed.allowed_origins[0]' in e.details,
  );
  const chart = await c.analytics.generateChart({ query: 'total sales by region', dataSource: 'sales_data' });
  const minted = await c.embed.createToken({ resourceType: 'chart', resourceId: chart.chartId, expiresIn: 600 });
  assert.ok(minted.url.includes(`/embed/chart/${chart.chartId}?token=${minted.token}`));
  assert.ok(minted.iframeHtml.startsWith('<iframe'));
  const page = await c.embed.page('chart', chart.chartId, minted.token);
  assert.ok(page.includes('<svg') && page.includes('data-events='));
  const board = await c.dashboards.create({ name: unique('Embedded'), layout: [{ chartId: chart.chartId, position: { x: 0, y: 0, w: 12, h: 4 } }] });
  const forBoard = await c.embed.createToken({ resourceType: 'dashboard', resourceId: board.dashboardId });
  assert.ok((await c.embed.page('dashboard', board.dashboardId, forBoard.token)).includes('dashboard-grid'));
  assert.ok((await c.embed.script()).includes('data-aiser-embed'));
  const revoked = await c.embed.revoke({ resourceType: 'chart', resourceId: chart.chartId });
  assert.ok(revoked.generation >= 1);
  await assert.rejects(c.embed.page('chart', chart.chartId, minted.token), (e) => e.status === 401);
});

test('dashboards: create, get, list, update, page, delete', async () => {
  const c = client();
  const chart = await c.analytics.generateChart({ query: 'total sales by region', dataSource: 'sales_data' });
  const name = unique('Board');
  const board = await c.dashboards.create({
    name, description: 'Sales views', settings: { theme: 'dark', autoRefresh: true },
    layout: [{ chartId: chart.chartId, position: { x: 0, y: 0, w: 6, h: 4 } }],
  });
  assert.match(board.dashboardId, /^dashboard_/);
  assert.ok(board.dashboardUrl.endsWith(board.dashboardId));
  assert.equal(board.layout[0].position.w, 6);
  assert.equal(board.layout[0].chartData.type, chart.chartData.type);
  assert.equal(board.settings.theme, 'dark');
  assert.equal(board.settings.autoRefresh, true);
  assert.equal(board.settings.public, false);
  const got = await c.dashboards.get(board.dashboardId);
  assert.equal(got.name, name);
  assert.equal(got.layout[0].status, 'ok');
  const found = await c.dashboards.list({ search: name, limit: 1 }).toArray();
  assert.deepEqual(found.map((d) => d.dashboardId), [board.dashboardId]);
  assert.equal(found[0].items, 1);
  const moved = await c.dashboards.update(board.dashboardId, { layout: [{ chartId: chart.chartId, position: { x: 6, y: 0, w: 6, h: 3 } }] });
  assert.equal(moved.layout[0].position.x, 6);
  assert.equal(moved.description, 'Sales views');
  const page = await c.dashboards.page(board.dashboardId);
  assert.match(page, /^<!doctype html/i);
  assert.ok(page.includes('dashboard-grid'));
  await assert.rejects(
    c.dashboards.update(board.dashboardId, { layout: [{ chartId: chart.chartId, position: { x: 8, y: 0, w: 6, h: 3 } }] }),
    (e) => e instanceof ValidationError && 'layout[0].position.w' in e.details,
  );
  assert.equal((await c.dashboards.delete(board.dashboardId)).deleted, true);
  await assert.rejects(c.dashboards.get(board.dashboardId), NotFoundError);
});

test('export: a chart as PNG, CSV and JSON; a dashboard as PDF and HTML', async () => {
  const c = client();
  const chart = await c.analytics.generateChart({ query: 'total sales by region', dataSource: 'sales_data' });
  const png = await c.export.chart(chart.chartId, { format: 'png', width: 320, height: 200, scale: 2 });
  assert.ok(png instanceof Uint8Array);
  assert.deepEqual([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
  const view = new DataView(png.buffer, png.byteOffset);
  assert.deepEqual([view.getUint32(16), view.getUint32(20)], [640, 400]);
  const csv = new TextDecoder().decode(await c.export.chart(chart.chartId, { format: 'csv' }));
  assert.equal(csv.split('\n')[0], 'region,Sum of sales');
  const json = JSON.parse(new TextDecoder().decode(await c.export.chart(chart.chartId, { format: 'json' })));
  assert.ok(json.rows.length > 0);
  assert.equal(json.chart_data.type, chart.chartData.type);
  await assert.rejects(c.export.chart(chart.chartId, { width: 5000 }), (e) => e instanceof ValidationError && 'width' in e.details);
  const board = await c.dashboards.create({ name: unique('Export'), layout: [{ chartId: chart.chartId, position: { x: 0, y: 0, w: 12, h: 4 } }] });
  const pdf = await c.export.dashboard(board.dashboardId, { pageSize: 'letter', orientation: 'landscape' });
  assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-');
  const html = new TextDecoder().decode(await c.export.dashboard(board.dashboardId, { format: 'html', includeCharts: false }));
  assert.ok(html.includes('dashboard-grid') && !html.includes('<svg'));
});

test('validation errors carry details', async () => {
  await assert.rejects(client().analytics.generateChart({ query: '', dataSource: 'sales_data' }), (e) => {
    assert.ok(e instanceof ValidationError);
    assert.equal(e.status, 422);
    assert.equal(e.code, 'VALIDATION_ERROR');
    assert.ok('query' in e.details);
    assert.match(e.requestId, /^req_/);
    return true;
  });
});

// -- AI ---------------------------------------------------------------------------------------------

test('intelligent analysis, workflow and models', async () => {
  const c = client();
  const analysis = await c.ai.intelligentAnalysis({ query: 'What drives our sales performance?', dataSource: 'sales_data', options: { includeRecommendations: true } });
  assert.equal(analysis.rows, 240);
  assert.equal(analysis.results.primaryDrivers[0].factor, 'marketing_spend');
  assert.equal(analysis.results.primaryDrivers[0].impact, 'High');
  assert.equal(typeof analysis.results.primaryDrivers[0].pValue, 'number');
  assert.equal((await c.ai.getAnalysis(analysis.analysisId)).analysisId, analysis.analysisId);
  const run = await c.ai.runWorkflow({
    workflowName: 'forecast', dataSource: 'sales_data', steps: [
      { step: 1, type: 'data_preparation', parameters: { cleaningRules: ['fill_missing'] } },
      { step: 2, type: 'trend_analysis', parameters: { method: 'moving_average', windowSize: 3 } },
      { step: 3, type: 'forecasting', parameters: { forecastPeriods: 6 } },
    ],
  });
  assert.equal(run.workflowName, 'forecast');
  assert.deepEqual(run.steps.map((s) => s.type), ['data_preparation', 'trend_analysis', 'forecasting']);
  assert.equal((await c.ai.getWorkflow(run.workflowId)).workflowId, run.workflowId);
  const models = await c.ai.listModels();
  assert.ok(models[0].performanceMetrics.accuracy > 0);
});

test('an unreachable server is a connection error, not an API error', async () => {
  const c = new AiserClient({ baseUrl: `http://127.0.0.1:${await freePort()}/api/v1`, apiKey: 'k', maxRetries: 1 });
  await assert.rejects(c.analytics.generateChart({ query: 'q', dataSource: 'd' }), (e) => e instanceof APIConnectionError && e.requestSent === false);
});

// -- webhooks -------------------------------------------------------------------------------------

/** A receiver on 127.0.0.1 that records every POST (headers and raw body) and answers 200. */
async function startReceiver() {
  const received = [];
  const http = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => { received.push({ headers: req.headers, body: Buffer.concat(chunks) }); res.end(); });
  });
  await new Promise((ok) => http.listen(0, '127.0.0.1', ok));
  const waitFor = async (match, timeout = 20_000) => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const hit = received.find((r) => match(r.headers, JSON.parse(r.body.toString('utf8'))));
      if (hit) return hit;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`no matching delivery within ${timeout} ms; got ${received.length}`);
  };
  return { url: `http://127.0.0.1:${http.address().port}/hook`, waitFor, close: () => new Promise((ok) => http.close(ok)) };
}

/** The site page's verification recipe, imported as written. */
async function documentedVerify() {
  const page = readFileSync(join(PACKAGE, '..', '..', 'site', 'pages', 'reference', 'webhooks.md'), 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'verify-')), 'verify.mjs');
  writeFileSync(file, codeBlock(page, '### JavaScript (Node)', 'js'));
  return (await import(file)).verify;
}

test('webhooks: create, update, a signed ping verified by the documented recipe, chart events, redelivery, delete', async () => {
  const c = client();
  const receiver = await startReceiver();
  try {
    const hook = await c.webhooks.create({ name: 'sdk js', url: receiver.url, events: ['chart.created'] });
    assert.match(hook.secret, /^whsec_/);
    assert.ok(hook.secretHint.endsWith(hook.secret.slice(-4)));
    assert.ok((await c.webhooks.list()).some((w) => w.webhookId === hook.webhookId));
    const got = await c.webhooks.get(hook.webhookId);
    assert.equal(got.secret, undefined);
    assert.deepEqual(got.events, ['chart.created']);
    assert.equal((await c.webhooks.update(hook.webhookId, { name: 'sdk js (renamed)' })).name, 'sdk js (renamed)');

    const ping = await c.webhooks.test(hook.webhookId);
    assert.equal(ping.status, 'pending');
    const delivered = await receiver.waitFor((h, b) => b.id === ping.eventId);
    assert.equal(delivered.headers['x-aiser-event'], 'ping');
    const verify = await documentedVerify();
    assert.equal(verify(hook.secret, delivered.headers, delivered.body), true);
    assert.equal(verify('whsec_wrong', delivered.headers, delivered.body), false);
    assert.equal(await verifySignature(hook.secret, delivered.headers, delivered.body), true);
    assert.equal(await verifySignature(hook.secret, new Headers(delivered.headers), delivered.body.toString('utf8')), true);
    assert.equal(await verifySignature(hook.secret, delivered.headers, Buffer.concat([delivered.body, Buffer.from(' ')])), false);
    assert.equal(await verifySignature(hook.secret, delivered.headers, delivered.body, { now: Date.now() / 1000 + 301 }), false);

    const chart = await c.analytics.generateChart({ query: 'total sales by region', dataSource: 'sales_data' });
    await receiver.waitFor((h, b) => b.event === 'chart.created' && b.data.chart_id === chart.chartId);

    const deliveries = await c.webhooks.listDeliveries(hook.webhookId, { limit: 1 }).toArray();
    const first = deliveries.find((d) => d.deliveryId === ping.deliveryId);
    assert.equal(first.status, 'delivered');
    assert.equal(first.responseCode, 200);
    const again = await c.webhooks.redeliver(hook.webhookId, ping.deliveryId);
    assert.equal(again.eventId, ping.eventId);
    const second = await receiver.waitFor((h) => h['x-aiser-delivery'] === again.deliveryId);
    assert.ok(second.body.equals(delivered.body));
    assert.equal((await c.webhooks.delete(hook.webhookId)).deleted, true);
    await assert.rejects(c.webhooks.create({ name: 'x', url: receiver.url, events: ['chart.exploded'] }), (e) => e instanceof ValidationError && 'events' in e.details);
  } finally {
    await receiver.close();
  }
});

test('search: prefix and typo matches, FTS syntax as text; metrics: platform and user figures', async () => {
  const c = client();
  const name = unique('Findable');
  const board = await c.dashboards.create({ name, description: 'Quarterly revenue review' });
  const found = await c.search.query(name.slice(-8), { type: 'dashboards' }).toArray();
  assert.deepEqual(found.map((r) => r.id), [board.dashboardId]);
  assert.equal(found[0].type, 'dashboard');
  assert.ok(found[0].relevanceScore > 0 && found[0].relevanceScore <= 1);
  const typo = await c.search.query('quartrly revenu', { type: 'dashboards' }).firstPage();
  assert.ok(typo.items.some((r) => r.id === board.dashboardId) && typo.pagination.total >= 1);
  assert.ok(Array.isArray((await c.search.query('NEAR("revenue" * ^:-').firstPage()).items));
  await assert.rejects(c.search.query('   ').firstPage(), (e) => e instanceof ValidationError && 'q' in e.details);
  await c.dashboards.delete(board.dashboardId);
  const platform = await c.metrics.platform();
  assert.ok(platform.users.total >= 1 && platform.performance.errorRate >= 0);
  assert.deepEqual(Object.keys(platform.aiQueries).sort(), ['thisMonth', 'thisWeek', 'today', 'total']);
  const me = (await client().auth.login({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).user.id;
  const mine = await c.metrics.user(me);
  assert.equal(mine.userId, me);
  assert.ok(mine.usage.apiCalls >= 1 && mine.activity.lastLogin !== null);
});

test('health.metrics() is the Prometheus text counting requests by route', async () => {
  const c = client();
  await c.health.check();
  const text = await c.health.metrics();
  assert.match(text, /# TYPE aiser_http_requests_total counter/);
  assert.match(text, /aiser_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
});

// -- kept in step with the server (runs last) ---------------------------------------------------------

test('every operation of the server is in the SDK and was called by this suite', async () => {
  const doc = await (await fetch(`${server.baseUrl}/openapi.json`)).json();
  const operations = new Set(Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId)));
  const sources = ['resources.js', 'client.js'].map((f) => readFileSync(join(PACKAGE, 'src', f), 'utf8')).join('\n');
  const declared = new Set([...sources.matchAll(/operationId: '(\w+)'/g)].map((m) => m[1]));
  const missing = [...operations].filter((id) => !declared.has(id) && !(id in EXCLUDED));
  assert.deepEqual(missing, [], 'operations without an SDK method');
  const uncalled = [...operations].filter((id) => !called.has(id) && !(id in EXCLUDED));
  assert.deepEqual(uncalled, [], 'operations no test called');
  for (const id of Object.keys(EXCLUDED)) assert.ok(operations.has(id), `excluded ${id} is not an operation`);
});
