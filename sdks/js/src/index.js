// @aiser/sdk: the JavaScript client for the Aiser API.
export { AiserClient, VERSION } from './client.js';
export { Pager } from './pager.js';
export { camel, snake, toCamel, toSnake } from './case.js';
export {
  AiserError, APIError, APIConnectionError, APITimeoutError, AuthenticationError, PermissionDeniedError,
  NotFoundError, MethodNotAllowedError, ConflictError, PayloadTooLargeError, UnsupportedMediaTypeError,
  ValidationError, RateLimitError, InternalServerError, ServiceUnavailableError, errorClassFor,
} from './errors.js';
