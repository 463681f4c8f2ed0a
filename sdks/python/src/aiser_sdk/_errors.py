"""The SDK's exceptions: one class per error code of the API, plus network errors."""

from __future__ import annotations

from typing import Any, Mapping

__all__ = [
    "AiserError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotAllowedError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnsupportedMediaTypeError",
    "ValidationError",
    "RateLimitError",
    "InternalServerError",
    "ServiceUnavailableError",
    "error_class_for",
]


class AiserError(Exception):
    """Base class of every exception this SDK raises."""


class APIConnectionError(AiserError):
    """The server could not be reached, or the connection broke before an answer arrived."""

    def __init__(self, message: str, *, request_sent: bool) -> None:
        super().__init__(message)
        self.message = message
        #: False when the request never left this machine (connection refused, DNS failure).
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """No answer within the client's timeout."""


class APIError(AiserError):
    """The server answered with an error envelope (or an unexpected non-success answer)."""

    code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str | None = None,
        request_id: str | None = None,
        details: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        if code is not None:
            self.code = code
        self.request_id = request_id
        self.details: dict[str, Any] = dict(details or {})
        self.body = body

    def __str__(self) -> str:
        rid = f", request_id={self.request_id}" if self.request_id else ""
        return f"{self.code} ({self.status}{rid}): {self.message}"


class AuthenticationError(APIError):
    """401 AUTHENTICATION_FAILED: missing, invalid or expired credentials."""

    code = "AUTHENTICATION_FAILED"


class PermissionDeniedError(APIError):
    """403 PERMISSION_DENIED: the credentials lack the permission."""

    code = "PERMISSION_DENIED"


class NotFoundError(APIError):
    """404 RESOURCE_NOT_FOUND."""

    code = "RESOURCE_NOT_FOUND"


class MethodNotAllowedError(APIError):
    """405 METHOD_NOT_ALLOWED."""

    code = "METHOD_NOT_ALLOWED"


class ConflictError(APIError):
    """409 CONFLICT: the object collides with an existing one."""

    code = "CONFLICT"


class PayloadTooLargeError(APIError):
    """413 PAYLOAD_TOO_LARGE: the body exceeds the server's limit."""

    code = "PAYLOAD_TOO_LARGE"


class UnsupportedMediaTypeError(APIError):
    """415 UNSUPPORTED_MEDIA_TYPE."""

    code = "UNSUPPORTED_MEDIA_TYPE"


class ValidationError(APIError):
    """422 VALIDATION_ERROR: `details` maps each invalid field to what is wrong with it."""

    code = "VALIDATION_ERROR"


class RateLimitError(APIError):
    """429 RATE_LIMIT_EXCEEDED: `retry_after` is the number of seconds to wait."""

    code = "RATE_LIMIT_EXCEEDED"

    def __init__(self, message: str, *, retry_after: int | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class InternalServerError(APIError):
    """500 INTERNAL_ERROR."""

    code = "INTERNAL_ERROR"


class ServiceUnavailableError(APIError):
    """503 SERVICE_UNAVAILABLE."""

    code = "SERVICE_UNAVAILABLE"


_BY_CODE: dict[str, type[APIError]] = {
    c.code: c  # type: ignore[misc]
    for c in (
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        MethodNotAllowedError,
        ConflictError,
        PayloadTooLargeError,
        UnsupportedMediaTypeError,
        ValidationError,
        RateLimitError,
        InternalServerError,
        ServiceUnavailableError,
    )
}
_BY_STATUS: dict[int, type[APIError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: ValidationError,
    429: RateLimitError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}


def error_class_for(code: str | None, status: int) -> type[APIError]:
    """The exception class for an error code, else for the HTTP status, else `APIError`."""
    if code and code in _BY_CODE:
        return _BY_CODE[code]
    return _BY_STATUS.get(status, APIError)
