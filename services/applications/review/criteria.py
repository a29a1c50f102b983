"""A call's criteria and panel as stored, and the weighted scores of an application's reviews."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import domain, repository
from services.applications.models import Application, Call, CallCriterion, CallReviewer
from services.applications.review.schemas import CriterionCreate
from shared.problems import Problem


def terms(call: Call) -> list[domain.Criterion]:
    """The call's criteria as the review rules read them (empty for a call without criteria)."""
    return [domain.Criterion(c.name, c.weight, c.na_allowed) for c in call.criteria]


def has_panel(call: Call) -> bool:
    """A call with a panel is reviewed by assignment; one without keeps open reviewing."""
    return bool(call.reviewers)


async def set_up(
    session: AsyncSession,
    call: Call,
    now: datetime | None,
    *,
    criteria: list[CriterionCreate] | None,
    reviewers: list[str] | None,
    new: bool = False,
) -> bool:
    """Give the call these criteria and this panel (None: unchanged); whether anything changed. Criteria change only
    until the call opens (409), a reviewer still assigned stays on the panel (409), criteria are named once (422)."""
    changed = False
    if criteria is not None:
        if not new and now is not None and now.date() >= call.opens_on:
            raise Problem(
                409,
                f"The call opened on {call.opens_on.isoformat()}: its criteria no longer change.",
                errors=[{"rule": "criteria_fixed_once_open", "pointer": "/criteria", "detail": "the call is open"}],
            )
        if errors := domain.criteria_problems([c.name for c in criteria]):
            raise Problem(422, "A criterion is named more than once.", errors=errors)
        existing = {c.name: c for c in call.criteria}
        rows = []
        for position, item in enumerate(criteria):
            row = existing.get(item.name) or CallCriterion(name=item.name)
            row.position, row.description, row.weight, row.na_allowed = position, item.description, item.weight, item.na_allowed
            rows.append(row)
        call.criteria = rows
        changed = True
    if reviewers is not None:
        if not new and (kept := await repository.assigned_reviewers(session, call.id) - set(reviewers)):
            raise Problem(
                409,
                "Reviewers still assigned to applications of the call stay on its panel: " + ", ".join(sorted(kept)) + ".",
                errors=[{"rule": "reviewer_has_assignments", "pointer": "/reviewers", "detail": k} for k in sorted(kept)],
            )
        existing_keys = {r.reviewer: r for r in call.reviewers}
        call.reviewers = [existing_keys.get(k) or CallReviewer(reviewer=k) for k in reviewers]
        changed = True
    return changed


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def summary(app: Application) -> dict:
    """The weighted scores of the application's reviews (ReviewSummaryRead): per criterion the mean over the reviews,
    N/A left out, and the weighted total."""
    criteria = terms(app.call)
    scores = [dict(r.scores) for r in app.reviews]
    means = domain.criterion_means(criteria, scores)
    weights = {c.name: c.weight for c in criteria}
    recommendations = Counter(r.recommendation for r in app.reviews)
    return {
        "application_id": app.id,
        "reviews": len(app.reviews),
        "criteria": [
            {
                "name": name,
                "weight": weights.get(name, 1.0),
                "mean": _rounded(mean),
                "scored": sum(1 for s in scores if s.get(name) is not None),
                "not_applicable": sum(1 for s in scores if name in s and s[name] is None),
            }
            for name, mean in means.items()
        ],
        "weighted_total": _rounded(domain.weighted_total(criteria, means)),
        "recommendations": {r.value: recommendations.get(r.value, 0) for r in domain.Recommendation},
    }
