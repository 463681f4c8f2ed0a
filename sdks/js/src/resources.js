// The namespaces of AiserClient, one per API resource. Arguments and results are camelCase;
// the client converts them to and from the API's snake_case.

import { Pager, pageOf } from './pager.js';
import { prepareUpload } from './upload.js';

class Namespace {
  #client;

  constructor(client) {
    this.#client = client;
  }

  /** @protected */
  _request(op) {
    return this.#client._request(op);
  }

  /** @protected */
  get _client() {
    return this.#client;
  }
}

const need = (value, name) => {
  if (value === undefined || value === null || value === '') throw new TypeError(`${name} is required`);
  return value;
};

/** Log in, refresh and log out. The client keeps the tokens it receives and uses them. */
export class Auth extends Namespace {
  /** Exchanges email and password for an access token (and refresh token). */
  login({ email, password }) {
    return this._request({
      operationId: 'login', method: 'POST', path: '/auth/login', auth: false, body: { email, password },
      cast: (d) => this._client._storeTokens(d),
    });
  }

  /** New tokens for the client's (or the given) refresh token; the old one is rotated out. */
  refresh({ refreshToken } = {}) {
    return this._request({
      operationId: 'refresh', method: 'POST', path: '/auth/refresh', auth: false,
      body: { refreshToken: refreshToken ?? this._client.refreshToken }, cast: (d) => this._client._storeTokens(d),
    });
  }

  /** Revokes the current session and its refresh tokens. */
  logout() {
    return this._request({
      operationId: 'logout', method: 'POST', path: '/auth/logout', cast: (d) => this._client._clearTokensAnd(d),
    });
  }
}

/** Users of your organization. */
export class Users extends Namespace {
  /** Creates a user (platform administrators may name another `organization`). */
  create(params) {
    return this._request({ operationId: 'createUser', method: 'POST', path: '/users', body: params });
  }

  /** Every matching user: `for await (const user of client.users.list())`. */
  list({ page = 1, ...filters } = {}) {
    return new Pager((n) => this._request({
      operationId: 'listUsers', method: 'GET', path: '/users', query: { ...filters, page: n }, cast: pageOf('users'),
    }), page);
  }

  /** A user's profile with preferences and statistics. */
  get(userId) {
    return this._request({ operationId: 'getUser', method: 'GET', path: '/users/{user_id}', pathParams: { user_id: need(userId, 'userId') } });
  }

  /** Updates a profile; `role` and `status` need the manage-users permission. */
  update(userId, params) {
    return this._request({
      operationId: 'updateUser', method: 'PUT', path: '/users/{user_id}', pathParams: { user_id: need(userId, 'userId') }, body: params,
    });
  }
}

/** Organizations and their members. */
export class Organizations extends Namespace {
  /** Creates an organization (platform administrators). */
  create(params) {
    return this._request({ operationId: 'createOrganization', method: 'POST', path: '/organizations', body: params });
  }

  /** An organization with its settings and current usage. */
  get(organizationId) {
    return this._request({
      operationId: 'getOrganization', method: 'GET', path: '/organizations/{organization_id}',
      pathParams: { organization_id: need(organizationId, 'organizationId') },
    });
  }

  /**
   * Changes the name or the settings keys given (organization administrators), e.g.
   * `{ settings: { embed: { allowedOrigins: ['https://example.com'] } } }`; the others keep their value.
   */
  update(organizationId, params) {
    return this._request({
      operationId: 'updateOrganization', method: 'PUT', path: '/organizations/{organization_id}',
      pathParams: { organization_id: need(organizationId, 'organizationId') }, body: params,
    });
  }

  /** Every member of an organization: `for await (const member of …)`. */
  listMembers(organizationId, { page = 1, limit } = {}) {
    need(organizationId, 'organizationId');
    return new Pager((n) => this._request({
      operationId: 'listOrganizationMembers', method: 'GET', path: '/organizations/{organization_id}/members',
      pathParams: { organization_id: organizationId }, query: { limit, page: n }, cast: pageOf('members'),
    }), page);
  }
}

/** API keys: long-lived credentials for scripts and servers. */
export class APIKeys extends Namespace {
  /** Creates a key; its secret `apiKey` is in this answer only. */
  create(params) {
    return this._request({ operationId: 'createAPIKey', method: 'POST', path: '/api-keys', body: params });
  }

  /** Your API keys (prefixes only, never the secrets). */
  list() {
    return this._request({ operationId: 'listAPIKeys', method: 'GET', path: '/api-keys', cast: (d) => d.apiKeys });
  }

  /** Revokes a key. */
  revoke(keyId) {
    return this._request({ operationId: 'revokeAPIKey', method: 'DELETE', path: '/api-keys/{key_id}', pathParams: { key_id: need(keyId, 'keyId') } });
  }
}

/** Webhooks of your organization (organization administrators): signed event deliveries. */
export class Webhooks extends Namespace {
  /** Creates a webhook; its `secret` (generated when not given) is in this answer only. */
  create(params) {
    return this._request({ operationId: 'createWebhook', method: 'POST', path: '/webhooks', body: params });
  }

  /** The organization's webhooks (secrets only as `secretHint`). */
  list() {
    return this._request({ operationId: 'listWebhooks', method: 'GET', path: '/webhooks', cast: (d) => d.webhooks });
  }

  /** One webhook. */
  get(webhookId) {
    return this._request({ operationId: 'getWebhook', method: 'GET', path: '/webhooks/{webhook_id}', pathParams: { webhook_id: need(webhookId, 'webhookId') } });
  }

  /** Changes a webhook; absent fields stay. `active: true` clears a disable. */
  update(webhookId, params) {
    return this._request({ operationId: 'updateWebhook', method: 'PUT', path: '/webhooks/{webhook_id}', pathParams: { webhook_id: need(webhookId, 'webhookId') }, body: params });
  }

  /** Deletes a webhook and its deliveries. */
  delete(webhookId) {
    return this._request({ operationId: 'deleteWebhook', method: 'DELETE', path: '/webhooks/{webhook_id}', pathParams: { webhook_id: need(webhookId, 'webhookId') } });
  }

  /** Queues a `ping` delivery. */
  test(webhookId) {
    return this._request({ operationId: 'testWebhook', method: 'POST', path: '/webhooks/{webhook_id}/test', pathParams: { webhook_id: need(webhookId, 'webhookId') } });
  }

  /** A webhook's deliveries, newest first: `for await (const d of client.webhooks.listDeliveries(id))`. */
  listDeliveries(webhookId, { page = 1, limit } = {}) {
    need(webhookId, 'webhookId');
    return new Pager((n) => this._request({
      operationId: 'listWebhookDeliveries', method: 'GET', path: '/webhooks/{webhook_id}/deliveries',
      pathParams: { webhook_id: webhookId }, query: { limit, page: n }, cast: pageOf('deliveries'),
    }), page);
  }

  /** Queues the same event (same payload `id`) again as a new delivery. */
  redeliver(webhookId, deliveryId) {
    return this._request({
      operationId: 'redeliverWebhook', method: 'POST', path: '/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver',
      pathParams: { webhook_id: need(webhookId, 'webhookId'), delivery_id: need(deliveryId, 'deliveryId') },
    });
  }
}

/** Data sources: upload files, list them, read their schema, delete them. */
export class Data extends Namespace {
  /**
   * Uploads a CSV, TSV, XLSX, JSON or NDJSON file: `file` is a path (Node), bytes, a Blob or a
   * stream; `onProgress(sent, total)` is called as the body goes out.
   */
  async upload({ file, dataSourceName, description, tags, fileName, onProgress }) {
    const upload = await prepareUpload(file, {
      fileName, onProgress,
      fields: { data_source_name: dataSourceName, description, tags: Array.isArray(tags) ? tags.join(',') : tags },
    });
    return this._request({ operationId: 'uploadData', method: 'POST', path: '/data/upload', upload });
  }

  /**
   * Registers a warehouse table or query (`type` postgres or clickhouse; `url` or
   * host/port/database/user; `table` or `sql`) as a data source whose queries run in the
   * warehouse. The server must list the host in AISER_WAREHOUSE_HOSTS; the password is stored
   * encrypted and never returned.
   */
  createSource(params) {
    return this._request({ operationId: 'createDataSource', method: 'POST', path: '/data/sources', body: params });
  }

  /** Every matching data source: `for await (const source of client.data.listSources())`. */
  listSources({ page = 1, ...filters } = {}) {
    return new Pager((n) => this._request({
      operationId: 'listDataSources', method: 'GET', path: '/data/sources', query: { ...filters, page: n },
      cast: pageOf('dataSources'),
    }), page);
  }

  /** Each column's type, nulls, distinct values and samples, plus quality statistics. */
  getSchema(dataSourceId) {
    return this._request({
      operationId: 'getDataSourceSchema', method: 'GET', path: '/data/sources/{data_source_id}/schema',
      pathParams: { data_source_id: need(dataSourceId, 'dataSourceId') },
    });
  }

  /** Replaces a data source's data with a new file (as for `upload`), keeping its id; its charts show the new data. */
  async replaceFile(dataSourceId, { file, fileName, onProgress }) {
    const upload = await prepareUpload(file, { fileName, onProgress, fields: {} });
    return this._request({
      operationId: 'replaceDataSourceFile', method: 'PUT', path: '/data/sources/{data_source_id}/file',
      pathParams: { data_source_id: need(dataSourceId, 'dataSourceId') }, upload,
    });
  }

  /** Deletes a data source and its file. */
  deleteSource(dataSourceId) {
    return this._request({
      operationId: 'deleteDataSource', method: 'DELETE', path: '/data/sources/{data_source_id}',
      pathParams: { data_source_id: need(dataSourceId, 'dataSourceId') },
    });
  }
}

/** Charts from plain-language questions. */
export class Analytics extends Namespace {
  /** Answers a question about a data source (id or name) with a stored chart and insights;
   * `settings: { public: true }` shares its page with anyone who has the link. */
  generateChart(params) {
    return this._request({ operationId: 'createChart', method: 'POST', path: '/analytics/chart', body: params, opaque: ['options'] });
  }

  /** A stored chart with its question, chart data and insights. */
  getChart(chartId) {
    return this._request({ operationId: 'getChart', method: 'GET', path: '/analytics/chart/{chart_id}', pathParams: { chart_id: need(chartId, 'chartId') } });
  }

  /** Every matching chart: `for await (const chart of client.analytics.listCharts())`. */
  listCharts({ page = 1, ...filters } = {}) {
    return new Pager((n) => this._request({
      operationId: 'listCharts', method: 'GET', path: '/analytics/charts', query: { ...filters, page: n }, cast: pageOf('charts'),
    }), page);
  }

  /** Changes a chart's options, title or sharing (`settings: { public }`); the chart is re-rendered. */
  updateChart(chartId, params) {
    return this._request({
      operationId: 'updateChart', method: 'PUT', path: '/analytics/chart/{chart_id}',
      pathParams: { chart_id: need(chartId, 'chartId') }, body: params, opaque: ['options'],
    });
  }

  /** Deletes a chart (its page goes with it). */
  deleteChart(chartId) {
    return this._request({ operationId: 'deleteChart', method: 'DELETE', path: '/analytics/chart/{chart_id}', pathParams: { chart_id: need(chartId, 'chartId') } });
  }

  /** The chart's self-contained HTML page (what `chartUrl` points at): for members of its
   * organization, or anyone while its `settings.public` is on. */
  chartPage(chartId) {
    return this._request({
      operationId: 'chartPage', method: 'GET', path: '/charts/{chart_id}', pathParams: { chart_id: need(chartId, 'chartId') },
      root: true, raw: 'text',
    });
  }
}

/** Dashboards: charts of your organization on a 12-column grid. */
export class Dashboards extends Namespace {
  /** Creates a dashboard; `layout` items are `{ chartId, position: { x, y, w, h } }`. */
  create(params) {
    return this._request({ operationId: 'createDashboard', method: 'POST', path: '/dashboards', body: params });
  }

  /** A dashboard; each layout item carries its chart's data (or says the chart was deleted). */
  get(dashboardId) {
    return this._request({
      operationId: 'getDashboard', method: 'GET', path: '/dashboards/{dashboard_id}', pathParams: { dashboard_id: need(dashboardId, 'dashboardId') },
    });
  }

  /** Every matching dashboard: `for await (const d of client.dashboards.list({ search: 'sales' }))`. */
  list({ page = 1, ...filters } = {}) {
    return new Pager((n) => this._request({
      operationId: 'listDashboards', method: 'GET', path: '/dashboards', query: { ...filters, page: n }, cast: pageOf('dashboards'),
    }), page);
  }

  /** Changes the fields given (name, description, layout, settings); the others keep their value. */
  update(dashboardId, params) {
    return this._request({
      operationId: 'updateDashboard', method: 'PUT', path: '/dashboards/{dashboard_id}',
      pathParams: { dashboard_id: need(dashboardId, 'dashboardId') }, body: params,
    });
  }

  /** Deletes a dashboard (its charts stay). */
  delete(dashboardId) {
    return this._request({
      operationId: 'deleteDashboard', method: 'DELETE', path: '/dashboards/{dashboard_id}', pathParams: { dashboard_id: need(dashboardId, 'dashboardId') },
    });
  }

  /** The dashboard's self-contained HTML page (members of its organization, or anyone when it is public). */
  page(dashboardId) {
    return this._request({
      operationId: 'dashboardPage', method: 'GET', path: '/dashboards/{dashboard_id}', pathParams: { dashboard_id: need(dashboardId, 'dashboardId') },
      root: true, raw: 'text',
    });
  }
}

/** Files of charts and dashboards, computed from current data. */
export class Export extends Namespace {
  /** A chart as a file (`Uint8Array`): `format` png (default), pdf, svg, csv, json or html; `width`, `height`, `scale`, `theme`. */
  chart(chartId, params = {}) {
    return this._request({
      operationId: 'exportChart', method: 'GET', path: '/export/chart/{chart_id}', pathParams: { chart_id: need(chartId, 'chartId') },
      query: params, raw: 'bytes',
    });
  }

  /** A dashboard as a file (`Uint8Array`): `format` pdf (default) or html; `pageSize`, `orientation`, `includeCharts`, `theme`. */
  dashboard(dashboardId, params = {}) {
    return this._request({
      operationId: 'exportDashboard', method: 'GET', path: '/export/dashboard/{dashboard_id}',
      pathParams: { dashboard_id: need(dashboardId, 'dashboardId') }, query: params, raw: 'bytes',
    });
  }
}

/** Live embeds: signed tokens for one chart or dashboard, to put in an iframe on an allowed site. */
export class Embed extends Namespace {
  /** Mints a token (organization administrators, or the resource's owner): `{ token, url, iframeHtml, expiresAt }`. */
  createToken(params) {
    need(params?.resourceType, 'resourceType');
    need(params?.resourceId, 'resourceId');
    return this._request({ operationId: 'createEmbedToken', method: 'POST', path: '/embed/tokens', body: params });
  }

  /** Refuses every token minted so far for the resource; its open live views close. */
  revoke({ resourceType, resourceId } = {}) {
    return this._request({
      operationId: 'revokeEmbedTokens', method: 'POST', path: '/embed/revoke',
      body: { resourceType: need(resourceType, 'resourceType'), resourceId: need(resourceId, 'resourceId') },
    });
  }

  /** The embed page an iframe shows (what `url` points at), with the drawing inline. */
  page(resourceType, resourceId, token) {
    const query = { token: need(token, 'token') };
    if (need(resourceType, 'resourceType') === 'chart') {
      return this._request({
        operationId: 'embedChartPage', method: 'GET', path: '/embed/chart/{chart_id}',
        pathParams: { chart_id: need(resourceId, 'resourceId') }, query, root: true, auth: false, raw: 'text',
      });
    }
    return this._request({
      operationId: 'embedDashboardPage', method: 'GET', path: '/embed/dashboard/{dashboard_id}',
      pathParams: { dashboard_id: need(resourceId, 'resourceId') }, query, root: true, auth: false, raw: 'text',
    });
  }

  /** `embed.js`: `<div data-aiser-embed="URL"></div>` becomes an iframe sized to its content. */
  script() {
    return this._request({ operationId: 'embedScript', method: 'GET', path: '/embed.js', root: true, auth: false, raw: 'text' });
  }
}

/** Key-driver, trend, forecast and anomaly analysis; workflows; the models. */
export class AI extends Namespace {
  /** Analyses the column a question names: its key drivers, trend, forecast or anomalies. */
  intelligentAnalysis(params) {
    return this._request({ operationId: 'createAnalysis', method: 'POST', path: '/ai/intelligent-analysis', body: params });
  }

  /** A stored analysis. */
  getAnalysis(analysisId) {
    return this._request({
      operationId: 'getAnalysis', method: 'GET', path: '/ai/intelligent-analysis/{analysis_id}', pathParams: { analysis_id: need(analysisId, 'analysisId') },
    });
  }

  /** Runs steps (data_preparation, aggregation, trend_analysis, anomaly_detection, forecasting). */
  runWorkflow(params) {
    return this._request({ operationId: 'runWorkflow', method: 'POST', path: '/ai/workflow', body: params });
  }

  /** A stored workflow run. */
  getWorkflow(workflowId) {
    return this._request({ operationId: 'getWorkflow', method: 'GET', path: '/ai/workflow/{workflow_id}', pathParams: { workflow_id: need(workflowId, 'workflowId') } });
  }

  /** The available models with their capabilities and measured performance. */
  listModels() {
    return this._request({ operationId: 'listModels', method: 'GET', path: '/ai/models', cast: (d) => d.availableModels });
  }
}

/** Full-text search over your organization (users only for those who may list them). */
export class Search extends Namespace {
  /** Best matches first: `for await (const r of client.search.query('revenue', { type: 'charts' }))`. Every word matches as a prefix; typos are tolerated from five letters. */
  query(q, { page = 1, ...filters } = {}) {
    need(q, 'q');
    return new Pager((n) => this._request({
      operationId: 'search', method: 'GET', path: '/search', query: { q, ...filters, page: n }, cast: pageOf('results'),
    }), page);
  }
}

/** Usage figures computed from recorded facts. */
export class Metrics extends Namespace {
  /** The whole platform's users, charts, AI queries and performance (platform administrators). */
  platform() {
    return this._request({ operationId: 'platformMetrics', method: 'GET', path: '/metrics/platform' });
  }

  /** One user's usage, activity and performance (the user, or an admin of their organization). */
  user(userId) {
    return this._request({ operationId: 'userMetrics', method: 'GET', path: '/metrics/user/{user_id}', pathParams: { user_id: need(userId, 'userId') } });
  }
}

/** Liveness and readiness probes (no credentials needed). */
export class Health extends Namespace {
  /** `GET /healthz`: the process is up. */
  check() {
    return this._request({ operationId: 'healthz', method: 'GET', path: '/healthz', root: true, auth: false });
  }

  /** `GET /readyz`: the metadata database answers (ServiceUnavailableError otherwise). */
  ready() {
    return this._request({ operationId: 'readyz', method: 'GET', path: '/readyz', root: true, auth: false });
  }

  /** `GET /metrics`: the Prometheus text (a server with AISER_METRICS_TOKEN needs `defaultHeaders: { authorization: 'Bearer …' }`). */
  metrics() {
    return this._request({ operationId: 'prometheusMetrics', method: 'GET', path: '/metrics', root: true, auth: false, raw: 'text' });
  }
}
