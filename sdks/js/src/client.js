// AiserClient: configuration, credentials, retries, and how answers become results or errors.

import { toCamel, toSnake } from './case.js';
import {
  APIConnectionError, APIError, APITimeoutError, AuthenticationError, RateLimitError, errorClassFor,
} from './errors.js';
import {
  AI, APIKeys, Analytics, Auth, Dashboards, Data, Embed, Export, Health, Metrics, Organizations, Search, Users,
  Webhooks,
} from './resources.js';

export const VERSION = '0.1.0';
const DEFAULT_BASE_URL = 'http://127.0.0.1:8000/api/v1';
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([408, 500, 502, 503, 504]);
/** Network error codes that mean the request never left this machine. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

const env = (name) => (typeof process !== 'undefined' ? process.env?.[name] : undefined) || undefined;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function jwtExpiry(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
    return typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function queryString(query) {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(toSnake(query))) {
    if (v === undefined || v === null) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : v instanceof Date ? v.toISOString() : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The Aiser API client.
 *
 * Authenticate with `apiKey`, with a bearer `accessToken` (and optionally its `refreshToken`), or
 * with `email` and `password` (the client logs in on first use, refreshes the access token before
 * it expires and once after a 401, and logs out on `close()`).
 */
export class AiserClient {
  #apiKey;
  #email;
  #password;
  #accessToken;
  #refreshToken;
  #expiresAt;
  #lifetime;
  #loggedInBySdk = false;
  #renewing = null;
  #fetch;

  constructor({
    baseUrl, apiKey, accessToken, refreshToken, email, password, maxRetries = 2, timeout = 60_000,
    maxRetryAfter = 60, defaultHeaders = {}, fetch: fetchImpl,
  } = {}) {
    this.baseUrl = (baseUrl ?? env('AISER_BASE_URL') ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    if (!apiKey && !accessToken && !refreshToken && !email) apiKey = env('AISER_API_KEY');
    if (email && password === undefined) throw new TypeError('email needs a password');
    this.#apiKey = apiKey;
    this.#email = email;
    this.#password = password;
    this.#accessToken = accessToken;
    this.#refreshToken = refreshToken;
    this.#expiresAt = accessToken ? jwtExpiry(accessToken) : undefined;
    /** Retries after a retryable failure (see the README). */
    this.maxRetries = maxRetries;
    /** Milliseconds before a request is abandoned. */
    this.timeout = timeout;
    /** A 429 asking to wait longer than this many seconds is thrown instead of waited out. */
    this.maxRetryAfter = maxRetryAfter;
    this.backoffInitial = 500;
    this.backoffMax = 8_000;
    this.defaultHeaders = { accept: 'application/json', ...defaultHeaders };
    this.#fetch = fetchImpl ?? globalThis.fetch.bind(globalThis);
    /** Called with each operation before it is sent (the tests record coverage with it). */
    this.onRequest = undefined;
    this.auth = new Auth(this);
    this.users = new Users(this);
    this.organizations = new Organizations(this);
    this.apiKeys = new APIKeys(this);
    this.webhooks = new Webhooks(this);
    this.data = new Data(this);
    this.analytics = new Analytics(this);
    this.dashboards = new Dashboards(this);
    this.export = new Export(this);
    this.embed = new Embed(this);
    this.ai = new AI(this);
    this.health = new Health(this);
    this.search = new Search(this);
    this.metrics = new Metrics(this);
  }

  /** The base URL without its `/api/v1` suffix: where /healthz and /charts/… live. */
  get serverRoot() {
    return this.baseUrl.endsWith('/api/v1') ? this.baseUrl.slice(0, -'/api/v1'.length) : this.baseUrl;
  }

  /** The server's OpenAPI 3.1 document (as JSON, keys untouched). */
  openapi() {
    return this._request({ operationId: 'openapi', method: 'GET', path: '/openapi.json', auth: false, raw: 'json' });
  }

  /** Logs out a session this client opened itself. */
  async close() {
    if (this.#loggedInBySdk && this.#accessToken) {
      try {
        await this.#send({ operationId: 'logout', method: 'POST', path: '/auth/logout' });
      } catch {
        // Closing never fails on a logout that did not work.
      }
      this.#clearTokens();
    }
  }

  // -- Tokens (the namespaces' auth calls go through these) -------------------------------

  /** The refresh token the client holds, if any. */
  get refreshToken() {
    return this.#refreshToken;
  }

  _storeTokens(data) {
    this.#accessToken = data.accessToken;
    if (data.refreshToken) this.#refreshToken = data.refreshToken;
    if (typeof data.expiresIn === 'number') {
      this.#lifetime = data.expiresIn * 1000;
      this.#expiresAt = Date.now() + this.#lifetime;
    } else this.#expiresAt = jwtExpiry(data.accessToken);
    return data;
  }

  _clearTokensAnd(data) {
    this.#clearTokens();
    return data;
  }

  #clearTokens() {
    this.#accessToken = undefined;
    this.#refreshToken = undefined;
    this.#expiresAt = undefined;
    this.#loggedInBySdk = false;
  }

  /** Test hook: pretend the access token expires at `ms` (epoch milliseconds), or replace it. */
  _setTokenState({ accessToken, expiresAt } = {}) {
    if (accessToken !== undefined) this.#accessToken = accessToken;
    if (expiresAt !== undefined) this.#expiresAt = expiresAt;
  }

  _tokenState() {
    return { accessToken: this.#accessToken, refreshToken: this.#refreshToken, expiresAt: this.#expiresAt };
  }

  #needsLogin(op) {
    return op.auth !== false && !this.#accessToken && !this.#apiKey && this.#email !== undefined;
  }

  #needsRefresh(op) {
    if (op.auth === false || !this.#refreshToken || this.#expiresAt === undefined) return false;
    const margin = this.#lifetime === undefined ? 60_000 : Math.min(60_000, this.#lifetime / 10);
    return Date.now() >= this.#expiresAt - margin;
  }

  #canRecover401(op) {
    return op.auth !== false && !['login', 'refresh', 'logout'].includes(op.operationId)
      && (this.#refreshToken !== undefined || this.#email !== undefined);
  }

  async #login() {
    const data = await this.#send({
      operationId: 'login', method: 'POST', path: '/auth/login', auth: false,
      body: { email: this.#email, password: this.#password },
    });
    this._storeTokens(data);
    this.#loggedInBySdk = true;
  }

  /** New tokens, once even when several calls ask at the same time. */
  #renew() {
    this.#renewing ??= (async () => {
      try {
        if (this.#refreshToken) {
          try {
            this._storeTokens(await this.#send({
              operationId: 'refresh', method: 'POST', path: '/auth/refresh', auth: false,
              body: { refreshToken: this.#refreshToken },
            }));
            return;
          } catch (e) {
            if (!(e instanceof APIError) || this.#email === undefined) throw e;
          }
        }
        if (this.#email !== undefined) await this.#login();
        else throw new AuthenticationError('The access token expired and there is no way to renew it.', { status: 401 });
      } finally {
        this.#renewing = null;
      }
    })();
    return this.#renewing;
  }

  // -- Requests ----------------------------------------------------------------------------

  /**
   * Sends one operation: `{ operationId, method, path, pathParams, query, body, opaque, upload,
   * cast, root, auth, raw }` (raw: 'text', 'json' or 'bytes'). Used by the namespaces.
   */
  async _request(op) {
    this.onRequest?.(op);
    if (this.#needsLogin(op)) await (this.#renewing ??= this.#login().finally(() => { this.#renewing = null; }));
    else if (this.#needsRefresh(op)) await this.#renew();
    const token = this.#accessToken;
    try {
      return await this.#send(op);
    } catch (e) {
      if (!(e instanceof AuthenticationError) || !this.#canRecover401(op)) throw e;
      if (this.#accessToken === token) await this.#renew();
      return this.#send(op);
    }
  }

  #url(op) {
    let path = op.path;
    for (const [k, v] of Object.entries(op.pathParams ?? {})) path = path.replace(`{${k}}`, encodeURIComponent(String(v)));
    return (op.root ? this.serverRoot : this.baseUrl) + path + queryString(op.query);
  }

  #headers(op) {
    const h = { ...this.defaultHeaders };
    if (op.auth !== false) {
      if (this.#accessToken) h.authorization = `Bearer ${this.#accessToken}`;
      else if (this.#apiKey) h['x-api-key'] = this.#apiKey;
    }
    return h;
  }

  #backoff(attempt) {
    const delay = Math.min(this.backoffMax, this.backoffInitial * 2 ** attempt);
    return delay * (0.5 + Math.random() / 2);
  }

  async #send(op) {
    for (let attempt = 0; ; attempt += 1) {
      const replayable = !op.upload || op.upload.replayable;
      const canRetry = attempt < this.maxRetries && replayable;
      const headers = this.#headers(op);
      const init = { method: op.method, headers };
      if (op.upload) {
        Object.assign(headers, op.upload.headers);
        Object.assign(init, await op.upload.body());
      } else if (op.body !== undefined) {
        headers['content-type'] = 'application/json';
        init.body = JSON.stringify(toSnake(op.body, op.opaque ?? []));
      }
      const controller = new AbortController();
      init.signal = controller.signal;
      const timer = setTimeout(() => controller.abort(), this.timeout);
      let response;
      let text;
      try {
        response = await this.#fetch(this.#url(op), init);
        // A file (raw: 'bytes') is read as bytes; an error answer is still the JSON envelope.
        text = op.raw === 'bytes' && response.status < 400 ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      } catch (e) {
        const timedOut = controller.signal.aborted;
        const code = e?.cause?.code ?? e?.code;
        const sent = !timedOut ? !NOT_SENT.has(code) : true;
        const error = timedOut
          ? new APITimeoutError(`Request timed out after ${this.timeout} ms`, { requestSent: true, cause: e })
          : new APIConnectionError(`Connection error: ${e?.cause?.message ?? e?.message ?? e}`, { requestSent: sent, cause: e });
        if (canRetry && (IDEMPOTENT.has(op.method) || !sent)) {
          await sleep(this.#backoff(attempt));
          continue;
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
      if (response.status < 400) return this.#result(op, response, text);
      if (canRetry) {
        let wait;
        if (response.status === 429) {
          // The rate limiter answers before the request is handled: safe for any method.
          const after = retryAfterSeconds(response, text);
          if (after === undefined) wait = this.#backoff(attempt);
          else if (after <= this.maxRetryAfter) wait = after * 1000;
        } else if (RETRY_STATUSES.has(response.status) && IDEMPOTENT.has(op.method)) {
          wait = this.#backoff(attempt);
        }
        if (wait !== undefined) {
          await sleep(wait);
          continue;
        }
      }
      throw apiError(response, text);
    }
  }

  #result(op, response, text) {
    if (op.raw === 'text' || op.raw === 'bytes') return op.cast ? op.cast(text) : text;
    let payload;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new APIError("The server's answer is not JSON.", {
        status: response.status, requestId: response.headers.get('x-request-id') ?? undefined, body: text,
      });
    }
    if (op.raw === 'json') return payload;
    const data = toCamel(payload && typeof payload === 'object' && 'data' in payload ? payload.data : payload);
    return op.cast ? op.cast(data) : data;
  }
}

function retryAfterSeconds(response, text) {
  const header = response.headers.get('retry-after');
  if (header !== null) {
    const n = Number(header);
    if (Number.isFinite(n)) return Math.max(0, n);
    const when = Date.parse(header);
    if (!Number.isNaN(when)) return Math.max(0, (when - Date.now()) / 1000);
  }
  try {
    const ra = JSON.parse(text).error.retry_after;
    return typeof ra === 'number' ? ra : undefined;
  } catch {
    return undefined;
  }
}

function apiError(response, text) {
  let requestId = response.headers.get('x-request-id') ?? undefined;
  let code;
  let message = `HTTP ${response.status} ${response.statusText}`.trim();
  let details = {};
  let retryAfter;
  let body = text;
  try {
    body = JSON.parse(text);
    const err = body.error;
    code = err.code;
    message = err.message ?? message;
    details = err.details ?? {};
    requestId = err.request_id ?? requestId;
    retryAfter = err.retry_after;
  } catch {
    // Not an error envelope: the status decides the class.
  }
  const Class = errorClassFor(code, response.status);
  if (Class === RateLimitError && retryAfter === undefined) {
    const header = Number(response.headers.get('retry-after'));
    if (Number.isFinite(header) && header > 0) retryAfter = header;
  }
  return new Class(message, { status: response.status, code, requestId, details, body, retryAfter });
}
