// Type declarations of @aiser/sdk (hand-written; the sources are plain ES modules).
// Results are the API's objects with camelCase keys; fields a newer server adds are kept, so
// every result type also allows unknown keys.

export const VERSION: string;
/**
 * Resolves to true when `body` (the raw request body) carries a valid `X-Aiser-Signature` made
 * with the webhook's `secret` less than `tolerance` seconds (default 300) ago.
 */
export function verifySignature(
  secret: string, headers: Record<string, string | string[] | undefined> | Headers, body: string | Uint8Array,
  options?: { tolerance?: number; now?: number },
): Promise<boolean>;

type Extra = { [key: string]: unknown };
export type Role = 'viewer' | 'user' | 'admin';
export type ChartType =
  | 'line' | 'area' | 'bar' | 'pie' | 'donut' | 'scatter' | 'bubble' | 'histogram' | 'heatmap' | 'kpi'
  | 'table' | 'combo' | 'forecast';

export interface ClientOptions {
  /** Default `AISER_BASE_URL`, else `http://127.0.0.1:8000/api/v1`. */
  baseUrl?: string;
  /** Sent as `X-API-Key`. Default `AISER_API_KEY` when no other credentials are given. */
  apiKey?: string;
  /** A bearer access token (renewed with `refreshToken` when one is given). */
  accessToken?: string;
  refreshToken?: string;
  /** With `password`: log in on first use, refresh automatically, log out on `close()`. */
  email?: string;
  password?: string;
  /** Retries after a retryable failure (default 2). */
  maxRetries?: number;
  /** Milliseconds per request (default 60000). */
  timeout?: number;
  /** A 429 asking to wait longer than this many seconds is thrown at once (default 60). */
  maxRetryAfter?: number;
  defaultHeaders?: Record<string, string>;
  /** A fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof fetch;
}

// -- Results -----------------------------------------------------------------------------------

export interface Pagination extends Extra { page: number; limit: number; total: number; pages: number }
export interface Page<T> { items: T[]; pagination: Pagination }

/** A lazy list: `for await (const item of pager)` pages through everything. */
export class Pager<T> implements AsyncIterable<T> {
  firstPage(): Promise<Page<T>>;
  pages(): AsyncGenerator<Page<T>>;
  toArray(): Promise<T[]>;
  [Symbol.asyncIterator](): AsyncGenerator<T>;
}

export interface HealthStatus extends Extra { status: string; version: string }
export interface Token extends Extra {
  accessToken: string;
  tokenType: 'bearer';
  expiresIn: number;
  refreshToken: string;
  user?: { id: string; email: string; username: string; role: Role } & Extra;
}
export interface LogoutResult extends Extra { loggedOut: boolean }

export interface User extends Extra {
  userId: string;
  email: string;
  username: string;
  role: Role;
  organization: string;
  organizationId: string;
  platformAdmin: boolean;
  createdAt: string;
  status: 'active' | 'disabled';
  firstName?: string;
  lastName?: string;
}
export interface Preferences extends Extra { theme: string; language: string; timezone: string }
export interface UserProfile extends User {
  preferences: Preferences;
  statistics: { chartsCreated: number; totalUsageTime: number; lastLogin?: string } & Extra;
}

export interface OrganizationSettings extends Extra {
  maxUsers: number; dataRetentionDays: number; aiModelAccess: string[];
  /** The origins allowed to frame the organization's embeds. */
  embed?: { allowedOrigins: string[] } & Extra;
}
export interface EmbedToken extends Extra {
  token: string; url: string; iframeHtml: string; expiresAt: string; resourceType: 'chart' | 'dashboard'; resourceId: string;
}
export interface EmbedRevocation extends Extra { resourceType: 'chart' | 'dashboard'; resourceId: string; generation: number }
export interface Organization extends Extra {
  organizationId: string;
  name: string;
  plan: string;
  status: string;
  createdAt: string;
  domain?: string;
  settings: OrganizationSettings;
  usage: { currentUsers: number; dataStorageGb: number; apiCallsMonth: number } & Extra;
}

export interface APIKey extends Extra { keyId: string; name: string; prefix: string; createdAt: string; role?: Role }
export interface CreatedAPIKey extends APIKey { /** The secret, shown only in this answer. */ apiKey: string }
export interface RevokedAPIKey extends Extra { keyId: string; revoked: boolean }
export type WebhookEvent =
  | 'chart.created' | 'chart.updated' | 'chart.deleted' | 'dashboard.created' | 'dashboard.updated' | 'dashboard.deleted'
  | 'user.created' | 'data.uploaded' | 'data.deleted' | '*';
export interface Webhook extends Extra {
  webhookId: string; name: string; url: string; events: WebhookEvent[]; active: boolean;
  /** The secret's last characters, masked. */
  secretHint: string;
  /** Set when the server switched the hook off. */
  disabledReason?: 'gone' | 'failures';
  consecutiveFailures: number; createdAt: string; updatedAt: string;
}
export interface CreatedWebhook extends Webhook { /** The signing secret, shown only in this answer. */ secret: string }
export interface DeletedWebhook extends Extra { webhookId: string; deleted: boolean }
export interface WebhookDelivery extends Extra {
  deliveryId: string; eventId: string; event: string; status: 'pending' | 'delivered' | 'failed'; attempts: number;
  responseCode?: number; durationMs?: number; error?: string; nextRetryAt?: string; createdAt: string; deliveredAt?: string;
}
export interface QueuedDelivery extends Extra { deliveryId: string; eventId: string; status: 'pending' }

export type ColumnType = 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'string';
export interface DataSource extends Extra {
  dataSourceId: string;
  name: string;
  fileName: string;
  fileType: 'csv' | 'tsv' | 'xlsx' | 'json' | 'ndjson' | 'postgres' | 'clickhouse';
  /** `file` for an upload, else the warehouse engine. */
  type?: 'file' | 'postgres' | 'clickhouse';
  /** A warehouse source's connection (never its password). */
  connection?: { host: string; port: number; database: string; user: string; tls: boolean; table?: string; sql?: string } & Extra;
  fileSize: number;
  rows: number;
  columns: number;
  tags: string[];
  uploadedAt: string;
  description?: string;
  /** Column name (as in the file) → type. */
  schema?: Record<string, ColumnType>;
}
export interface ColumnProfile extends Extra {
  type: ColumnType;
  nullable: boolean;
  uniqueValues: number;
  sampleValues: string[];
  min?: unknown;
  max?: unknown;
  mean?: unknown;
}
export interface DataSourceSchema extends Extra {
  dataSourceId: string;
  /** Column name (as in the file) → profile. */
  schema: Record<string, ColumnProfile>;
  statistics: { totalRows: number; completeness: number; dataQualityScore: number } & Extra;
}
export interface DeletedDataSource extends Extra { dataSourceId: string; deleted: boolean }

export interface ChartData extends Extra {
  type: ChartType;
  data: { labels: string[]; datasets: Array<{ label: string; data: unknown[] } & Extra> } & Extra;
  /** Free-form, as the server sent it. */
  options: Record<string, unknown>;
}
export interface Insight extends Extra {
  kind: string;
  text: string;
  /** Metric name → value (keys as the server sent them). */
  values: Record<string, number>;
  confidence: number;
}
export interface CreatedChart extends Extra {
  chartId: string;
  chartUrl: string;
  chartData: ChartData;
  insights: string[];
  insightDetails?: Insight[];
  interpretation?: string;
  generatedAt?: string;
}
export interface Chart extends Extra {
  chartId: string;
  query: string;
  dataSourceId: string;
  chartType: ChartType;
  chartUrl: string;
  chartData: ChartData;
  /** Free-form, as stored. */
  options: Record<string, unknown>;
  insights: string[];
  insightDetails: Insight[];
  interpretation: string;
  /** `public`: the chart's page answers anyone with the link. */
  settings: ChartSettings;
  createdAt: string;
  updatedAt: string;
  title?: string;
}
export interface ChartSettings { public: boolean }
export interface ChartSummary extends Extra {
  chartId: string; query: string; chartType: ChartType; createdAt: string; updatedAt: string; title?: string;
}
export interface DeletedChart extends Extra { chartId: string; deleted: boolean }
export interface GridPosition extends Extra { x: number; y: number; w: number; h: number }
export interface DashboardItem extends Extra {
  chartId: string; position: GridPosition; status: 'ok' | 'chart_deleted'; title?: string; chartData?: ChartData; message?: string;
}
export interface DashboardSettings extends Extra {
  autoRefresh: boolean; refreshInterval: number; theme: 'light' | 'dark' | 'auto'; public: boolean;
}
export interface Dashboard extends Extra {
  dashboardId: string; name: string; description?: string; layout: DashboardItem[]; settings: DashboardSettings;
  dashboardUrl: string; createdAt: string; updatedAt: string;
}
export interface DashboardSummary extends Extra {
  dashboardId: string; name: string; description?: string; items: number; createdAt: string; updatedAt: string;
}
export interface DeletedDashboard extends Extra { dashboardId: string; deleted: boolean }
export interface DashboardParams {
  name?: string; description?: string;
  layout?: Array<{ chartId: string; position: GridPosition }>;
  settings?: Partial<DashboardSettings>;
}

export interface Driver extends Extra {
  factor: string; method: string; correlation: number; pValue: number; impact: 'High' | 'Medium' | 'Low'; confidence: number;
}
export interface Analysis extends Extra {
  analysisId: string;
  query: string;
  analysisType: string;
  dataSourceId: string;
  target: string;
  rows: number;
  results: { insights?: string[]; recommendations?: string[]; primaryDrivers?: Driver[]; output?: unknown } & Extra;
  generatedAt: string;
}
export interface Workflow extends Extra {
  workflowId: string;
  workflowName?: string | null;
  dataSourceId: string;
  status: string;
  steps: Array<{ step: number; type: string; output: unknown } & Extra>;
  parallelGroups?: number[][];
  /** Free-form, as the server sent it. */
  result: unknown;
  generatedAt: string;
}
export interface AIModel extends Extra {
  modelId: string;
  provider: string;
  capabilities: string[];
  status: string;
  performanceMetrics: {
    accuracy: number; accuracyBasis: string; responseTime: number | null; measuredRequests: number; costPerRequest: number;
  } & Extra;
}

// -- Requests ----------------------------------------------------------------------------------

export interface ListParams { page?: number; limit?: number }
export type FileInput = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

export class Auth {
  login(params: { email: string; password: string }): Promise<Token>;
  refresh(params?: { refreshToken?: string }): Promise<Token>;
  logout(): Promise<LogoutResult>;
}
export class Users {
  create(params: {
    email: string; password: string; username?: string; firstName?: string; lastName?: string; role?: Role;
    organization?: string;
  } & Extra): Promise<User>;
  list(params?: ListParams & { role?: Role; organization?: string; status?: 'active' | 'disabled' }): Pager<User>;
  get(userId: string): Promise<UserProfile>;
  update(userId: string, params: {
    firstName?: string; lastName?: string; username?: string; password?: string; role?: Role;
    status?: 'active' | 'disabled'; preferences?: { theme?: 'light' | 'dark'; language?: string; timezone?: string };
  } & Extra): Promise<UserProfile>;
}
export class Organizations {
  create(params: { name: string; domain?: string; plan?: 'free' | 'pro' | 'enterprise'; settings?: Partial<OrganizationSettings> } & Extra): Promise<Organization>;
  get(organizationId: string): Promise<Organization>;
  /** Changes the name or the settings keys given (organization administrators). */
  update(organizationId: string, params: { name?: string; settings?: Partial<Omit<OrganizationSettings, 'embed'>> & { embed?: { allowedOrigins?: string[] } } }): Promise<Organization>;
  listMembers(organizationId: string, params?: ListParams): Pager<User>;
}
export class Embed {
  createToken(params: {
    resourceType: 'chart' | 'dashboard'; resourceId: string; expiresIn?: number; theme?: 'light' | 'dark' | 'auto'; params?: Record<string, string>;
  }): Promise<EmbedToken>;
  revoke(params: { resourceType: 'chart' | 'dashboard'; resourceId: string }): Promise<EmbedRevocation>;
  /** The embed page an iframe shows. */
  page(resourceType: 'chart' | 'dashboard', resourceId: string, token: string): Promise<string>;
  /** The text of `embed.js`. */
  script(): Promise<string>;
}
export class APIKeys {
  create(params: { name: string; role?: Role }): Promise<CreatedAPIKey>;
  list(): Promise<APIKey[]>;
  revoke(keyId: string): Promise<RevokedAPIKey>;
}
export class Webhooks {
  create(params: { name: string; url: string; events: WebhookEvent[]; secret?: string; active?: boolean }): Promise<CreatedWebhook>;
  list(): Promise<Webhook[]>;
  get(webhookId: string): Promise<Webhook>;
  update(webhookId: string, params: { name?: string; url?: string; events?: WebhookEvent[]; secret?: string; active?: boolean }): Promise<Webhook>;
  delete(webhookId: string): Promise<DeletedWebhook>;
  test(webhookId: string): Promise<QueuedDelivery>;
  listDeliveries(webhookId: string, params?: ListParams): Pager<WebhookDelivery>;
  redeliver(webhookId: string, deliveryId: string): Promise<QueuedDelivery>;
}
export class Data {
  upload(params: {
    /** A path (Node), bytes, a Blob/File, or a stream. */
    file: FileInput;
    dataSourceName?: string;
    description?: string;
    tags?: string[] | string;
    /** Needed for bytes and streams. */
    fileName?: string;
    onProgress?: (sent: number, total: number | null) => void;
  }): Promise<DataSource>;
  createSource(params: {
    name: string;
    type: 'postgres' | 'clickhouse';
    url?: string; host?: string; port?: number; database?: string; user?: string; password?: string;
    table?: string; sql?: string; description?: string; tags?: string[];
  }): Promise<DataSource>;
  listSources(params?: ListParams & { tags?: string[] | string; createdAfter?: string | Date; fileType?: string }): Pager<DataSource>;
  getSchema(dataSourceId: string): Promise<DataSourceSchema>;
  replaceFile(dataSourceId: string, params: {
    file: FileInput;
    /** Needed for bytes and streams. */
    fileName?: string;
    onProgress?: (sent: number, total: number | null) => void;
  }): Promise<DataSource>;
  deleteSource(dataSourceId: string): Promise<DeletedDataSource>;
}
export class Analytics {
  generateChart(params: {
    query: string; dataSource: string; chartType?: ChartType | 'auto'; title?: string; options?: Record<string, unknown>;
    settings?: Partial<ChartSettings>;
  } & Extra): Promise<CreatedChart>;
  getChart(chartId: string): Promise<Chart>;
  listCharts(params?: ListParams & {
    query?: string; chartType?: ChartType; createdAfter?: string | Date; sortBy?: 'created_at' | 'updated_at' | 'query';
    sortOrder?: 'asc' | 'desc';
  }): Pager<ChartSummary>;
  updateChart(
    chartId: string, params: { options?: Record<string, unknown>; title?: string; settings?: Partial<ChartSettings> },
  ): Promise<Chart>;
  deleteChart(chartId: string): Promise<DeletedChart>;
  /** The chart's HTML page (members of its organization, or anyone while it is shared). */
  chartPage(chartId: string): Promise<string>;
}
export class Dashboards {
  create(params: DashboardParams & { name: string }): Promise<Dashboard>;
  get(dashboardId: string): Promise<Dashboard>;
  list(params?: ListParams & { search?: string; sortBy?: 'created_at' | 'updated_at' | 'name'; sortOrder?: 'asc' | 'desc' }): Pager<DashboardSummary>;
  update(dashboardId: string, params: DashboardParams): Promise<Dashboard>;
  delete(dashboardId: string): Promise<DeletedDashboard>;
  /** The dashboard's HTML page (members of its organization, or anyone when public). */
  page(dashboardId: string): Promise<string>;
}
export class Export {
  chart(chartId: string, params?: {
    format?: 'png' | 'pdf' | 'svg' | 'csv' | 'json' | 'html'; width?: number; height?: number; scale?: number; theme?: 'light' | 'dark';
  }): Promise<Uint8Array>;
  dashboard(dashboardId: string, params?: {
    format?: 'pdf' | 'html'; pageSize?: 'a4' | 'letter' | 'legal'; orientation?: 'portrait' | 'landscape'; includeCharts?: boolean; theme?: 'light' | 'dark';
  }): Promise<Uint8Array>;
}
export class AI {
  intelligentAnalysis(params: {
    query: string; dataSource: string; analysisType?: 'auto' | 'drivers' | 'trend' | 'forecast' | 'anomalies' | 'comparison';
    target?: string; options?: { includeInsights?: boolean; includeRecommendations?: boolean; confidenceThreshold?: number };
  } & Extra): Promise<Analysis>;
  getAnalysis(analysisId: string): Promise<Analysis>;
  runWorkflow(params: {
    steps: Array<{ step?: number; type: 'data_preparation' | 'aggregation' | 'trend_analysis' | 'anomaly_detection' | 'forecasting'; parameters?: Record<string, unknown> }>;
    dataSource?: string; workflowName?: string; options?: { parallelExecution?: boolean; saveIntermediateResults?: boolean };
  }): Promise<Workflow>;
  getWorkflow(workflowId: string): Promise<Workflow>;
  listModels(): Promise<AIModel[]>;
}
export interface SearchResult extends Extra {
  type: 'chart' | 'dashboard' | 'data_source' | 'user'; id: string; title: string; query?: string; description?: string;
  relevanceScore: number; createdAt: string;
}
export class Search {
  query(q: string, params?: ListParams & { type?: 'charts' | 'dashboards' | 'data_sources' | 'users' }): Pager<SearchResult>;
}
export interface PlatformMetrics extends Extra {
  users: { total: number; activeToday: number; activeThisWeek: number; activeThisMonth: number };
  charts: { total: number; createdToday: number; createdThisWeek: number; createdThisMonth: number };
  aiQueries: { total: number; today: number; thisWeek: number; thisMonth: number };
  performance: { averageResponseTime: number; uptimePercentage: number; errorRate: number };
}
export interface UserMetrics extends Extra {
  userId: string;
  usage: { chartsCreated: number; aiQueries: number; dataUploadedMb: number; apiCalls: number };
  activity: { lastLogin: string | null; loginCountThisMonth: number; totalSessionTime: number };
  performance: { averageQueryTime: number | null; successRate: number | null };
}
export class Metrics {
  platform(): Promise<PlatformMetrics>;
  user(userId: string): Promise<UserMetrics>;
}
export class Health {
  check(): Promise<HealthStatus>;
  ready(): Promise<HealthStatus>;
  /** The Prometheus text of `GET /metrics`. */
  metrics(): Promise<string>;
}

export class AiserClient {
  constructor(options?: ClientOptions);
  readonly baseUrl: string;
  readonly serverRoot: string;
  readonly refreshToken: string | undefined;
  maxRetries: number;
  timeout: number;
  maxRetryAfter: number;
  auth: Auth;
  users: Users;
  organizations: Organizations;
  apiKeys: APIKeys;
  webhooks: Webhooks;
  data: Data;
  analytics: Analytics;
  dashboards: Dashboards;
  export: Export;
  embed: Embed;
  ai: AI;
  health: Health;
  search: Search;
  metrics: Metrics;
  /** The server's OpenAPI document, keys untouched. */
  openapi(): Promise<Record<string, unknown>>;
  /** Logs out a session the client opened itself (email + password). */
  close(): Promise<void>;
}

// -- Errors ------------------------------------------------------------------------------------

export class AiserError extends Error {}
export class APIConnectionError extends AiserError {
  /** False when the request never left this machine. */
  requestSent: boolean;
}
export class APITimeoutError extends APIConnectionError {}
export class APIError extends AiserError {
  code: string | undefined;
  status: number;
  requestId: string | undefined;
  details: Record<string, string>;
  body: unknown;
}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class MethodNotAllowedError extends APIError {}
export class ConflictError extends APIError {}
export class PayloadTooLargeError extends APIError {}
export class UnsupportedMediaTypeError extends APIError {}
export class ValidationError extends APIError {}
export class RateLimitError extends APIError {
  retryAfter: number | undefined;
  /** The reference's spelling of `retryAfter`. */
  readonly retry_after: number | undefined;
}
export class InternalServerError extends APIError {}
export class ServiceUnavailableError extends APIError {}
export function errorClassFor(code: string | undefined, status: number): typeof APIError;

export function camel(key: string): string;
export function snake(key: string): string;
export function toCamel<T = unknown>(value: unknown): T;
export function toSnake<T = unknown>(value: unknown, opaque?: string[]): T;
