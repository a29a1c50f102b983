"""An injectable clock, so time-dependent rules are tested without patching the real one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field


class Clock:
    """The real clock, optionally shifted (IUC_CLOCK_OFFSET_DAYS, for trials and e2e tests)."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def today(self) -> date:
        return self.now().date()


async def _clock(request: Request) -> Clock:
    return request.app.state.clock


ClockDep = Annotated[Clock, Depends(_clock)]


class ClockShift(BaseModel):
    offset_days: float = Field(ge=0, le=36_500, description="Days the service's clock runs ahead of the real one.")


# Mounted only with IUC_TEST_CLOCK_CONTROL=true: end-to-end tests move a running process's
# clock forward (deadlines passing) without touching the real clock.
clock_control_router = APIRouter(prefix="/_test", include_in_schema=False)


@clock_control_router.put("/clock")
async def shift_clock(request: Request, body: ClockShift) -> ClockShift:
    """Set how far ahead of the real clock this process runs."""
    request.app.state.clock.offset = timedelta(days=body.offset_days)
    return body
