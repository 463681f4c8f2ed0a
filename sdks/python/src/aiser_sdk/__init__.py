"""Python SDK for the Aiser API.

    from aiser_sdk import AiserClient
    client = AiserClient(base_url="http://127.0.0.1:8000/api/v1", api_key="…")
    chart = client.analytics.generate_chart(query="Show me sales by month", data_source="sales_data")
"""

from ._async_client import AsyncAiserClient
from ._client import AiserClient
from ._errors import (
    AiserError, APIConnectionError, APIError, APITimeoutError, AuthenticationError, ConflictError,
    InternalServerError, MethodNotAllowedError, NotFoundError, PayloadTooLargeError, PermissionDeniedError,
    RateLimitError, ServiceUnavailableError, UnsupportedMediaTypeError, ValidationError,
)
from ._models import (
    AIModel, AiserObject, Analysis, AnalysisResults, APIKey, Chart, ChartData, ChartSeries, ChartSummary,
    ColumnProfile, CreatedAPIKey, CreatedChart, Dashboard, DashboardItem, DashboardSettings, DashboardSummary,
    Dataset, DataSource, DataSourceSchema, DataStatistics,
    DeletedChart, DeletedDashboard, DeletedDataSource, Driver, EmbedRevocation, EmbedSettings, EmbedToken, GridPosition,
    HealthStatus, Insight, LogoutResult, Organization,
    OrganizationSettings, OrganizationUsage, Page, Pagination, PerformanceMetrics, Preferences, RevokedAPIKey,
    Webhook, CreatedWebhook, DeletedWebhook, WebhookDelivery, QueuedDelivery,
    PlatformMetrics, SearchResult, UserMetrics,
    Token, TokenUser, User, UserProfile, UserStatistics, Workflow, WorkflowStep,
)
from ._pagination import AsyncPager, SyncPager
from ._version import __version__
from ._webhooks import verify_signature

__all__ = [name for name in dir() if not name.startswith("_")] + ["__version__"]
