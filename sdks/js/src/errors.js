// The SDK's errors: one class per error code of the API, plus network errors.

/** Base class of every error this SDK throws. */
export class AiserError extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
}

/** The server could not be reached, or the connection broke before an answer arrived. */
export class APIConnectionError extends AiserError {
  constructor(message, { requestSent, cause } = {}) {
    super(message);
    /** False when the request never left this machine (connection refused, DNS failure). */
    this.requestSent = Boolean(requestSent);
    if (cause !== undefined) this.cause = cause;
  }
}

/** No answer within the client's timeout. */
export class APITimeoutError extends APIConnectionError {}

/** The server answered with an error envelope (or an unexpected non-success answer). */
export class APIError extends AiserError {
  static code = undefined;

  constructor(message, { status, code, requestId, details, body } = {}) {
    super(message);
    this.status = status;
    this.code = code ?? new.target.code;
    this.requestId = requestId;
    this.details = details ?? {};
    this.body = body;
  }
}

/** 401 AUTHENTICATION_FAILED. */
export class AuthenticationError extends APIError { static code = 'AUTHENTICATION_FAILED'; }
/** 403 PERMISSION_DENIED. */
export class PermissionDeniedError extends APIError { static code = 'PERMISSION_DENIED'; }
/** 404 RESOURCE_NOT_FOUND. */
export class NotFoundError extends APIError { static code = 'RESOURCE_NOT_FOUND'; }
/** 405 METHOD_NOT_ALLOWED. */
export class MethodNotAllowedError extends APIError { static code = 'METHOD_NOT_ALLOWED'; }
/** 409 CONFLICT. */
export class ConflictError extends APIError { static code = 'CONFLICT'; }
/** 413 PAYLOAD_TOO_LARGE. */
export class PayloadTooLargeError extends APIError { static code = 'PAYLOAD_TOO_LARGE'; }
/** 415 UNSUPPORTED_MEDIA_TYPE. */
export class UnsupportedMediaTypeError extends APIError { static code = 'UNSUPPORTED_MEDIA_TYPE'; }
/** 422 VALIDATION_ERROR: `details` maps each invalid field to the problem. */
export class ValidationError extends APIError { static code = 'VALIDATION_ERROR'; }

/** 429 RATE_LIMIT_EXCEEDED: `retryAfter` (also `retry_after`, as in the reference) in seconds. */
export class RateLimitError extends APIError {
  static code = 'RATE_LIMIT_EXCEEDED';

  constructor(message, options = {}) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }

  /** The reference's error-handling example reads `error.retry_after`. */
  get retry_after() {
    return this.retryAfter;
  }
}

/** 500 INTERNAL_ERROR. */
export class InternalServerError extends APIError { static code = 'INTERNAL_ERROR'; }
/** 503 SERVICE_UNAVAILABLE. */
export class ServiceUnavailableError extends APIError { static code = 'SERVICE_UNAVAILABLE'; }

const classes = [
  AuthenticationError, PermissionDeniedError, NotFoundError, MethodNotAllowedError, ConflictError,
  PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError, RateLimitError, InternalServerError,
  ServiceUnavailableError,
];
const byCode = new Map(classes.map((c) => [c.code, c]));
const byStatus = new Map([
  [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError], [405, MethodNotAllowedError],
  [409, ConflictError], [413, PayloadTooLargeError], [415, UnsupportedMediaTypeError], [422, ValidationError],
  [429, RateLimitError], [500, InternalServerError], [503, ServiceUnavailableError],
]);

/** The error class for an error code, else for the HTTP status, else `APIError`. */
export function errorClassFor(code, status) {
  return byCode.get(code) ?? byStatus.get(status) ?? APIError;
}
