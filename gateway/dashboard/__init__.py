"""The programme dashboard page at `/dashboard/` (issue 16): `dashboard_router()` serves it from this package."""

from gateway.dashboard.routes import dashboard_router

__all__ = ["dashboard_router"]
