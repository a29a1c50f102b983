"""Wire models of reviews, a call's criteria and review panel, assignments and the weighted scores."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints, computed_field

from services.applications.domain import SCALE_MAX, Recommendation, review_average
from shared.schemas import ReadModel, StrictInput

# A review scores a call's criteria (relevance, feasibility, impact...): a few, never dozens.
MAX_CRITERIA = 20
# A call's panel: the programme's reviewers of one call, a few dozen at most.
MAX_REVIEWERS = 50

CriterionName = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
# A reviewer is a key, named by its id: the subject of the identity the gateway forwards.
ReviewerKey = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Score = Annotated[int, Field(ge=0, le=SCALE_MAX)]


def _unique(values: list[str]) -> list[str]:
    if len(set(values)) != len(values):
        raise ValueError("reviewers repeats a key")
    return values


class CriterionCreate(StrictInput):
    """A criterion the call's reviews score from 0 to 5."""

    name: CriterionName = Field(description="The key of the criterion in a review's scores, e.g. relevance.")
    description: str = Field("", max_length=2_000)
    weight: float = Field(1.0, gt=0, le=100, description="Its weight in the weighted total.")
    na_allowed: bool = Field(False, description="Whether a review may score it null (not applicable).")


class CriterionRead(ReadModel):
    name: str
    description: str
    weight: float
    na_allowed: bool


CRITERIA = (
    f"What the call's reviews score, each 0 to {SCALE_MAX} (null where na_allowed); at most {MAX_CRITERIA}. Empty: reviews "
    "score free criteria, as before criteria existed. Set when the call is opened, or changed until it opens."
)
REVIEWERS = (
    f"The call's review panel: the ids of reviewer keys (at most {MAX_REVIEWERS}). With a panel, a reviewer sees and reviews "
    "only the applications it is assigned; without one, every reviewer reviews every application, as before panels existed."
)

Criteria = Annotated[list[CriterionCreate], Field(max_length=MAX_CRITERIA, description=CRITERIA)]
Panel = Annotated[
    list[ReviewerKey],
    Field(max_length=MAX_REVIEWERS, description=REVIEWERS, json_schema_extra={"uniqueItems": True}),
    AfterValidator(_unique),
]


class ReviewCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "scores": {"relevance": 4, "feasibility": 3},
                    "recommendation": "yes",
                    "comment": "Clear plan, realistic budget.",
                }
            ]
        }
    )

    scores: dict[Annotated[str, StringConstraints(min_length=1, max_length=60)], Score | None] = Field(
        min_length=1,
        max_length=MAX_CRITERIA,
        description=(
            f'Per-criterion scores from 0 to {SCALE_MAX}, e.g. {{"relevance": 4}}; at most {MAX_CRITERIA} criteria. For a call '
            "with criteria, every criterion and no other, null (not applicable) only where the criterion allows it; "
            "otherwise 422 with the rules criterion_missing, unknown_criterion or na_not_allowed."
        ),
    )
    recommendation: Recommendation
    comment: str = Field("", max_length=10_000)


class ReviewUpdate(ReviewCreate):
    """A review's new scores, recommendation and comment (all of it: it replaces the review)."""


class ReviewRead(ReadModel):
    id: str
    reviewer: str | None = Field(description="The reviewer's key; always null in an applicant's view (a city key).")
    scores: dict[str, int | None]
    recommendation: Recommendation
    comment: str | None = Field(description="Null in an applicant's view unless the call's review_visibility is full.")
    created_at: datetime
    updated_at: datetime | None = Field(None, description="The reviewer's last edit; null in an applicant's view.")

    @computed_field
    @property
    def average(self) -> float:
        """The mean of the per-criterion scores, N/A left out (a review stores no average of its own)."""
        return round(review_average(self.scores), 2)


# --- the panel and assignments ------------------------------------------------------------


class ReviewerAssignmentCreate(StrictInput):
    reviewer: ReviewerKey = Field(description="A key of the call's panel.")


class ReviewerAssignmentRead(ReadModel):
    application_id: str
    reviewer: str
    assigned_by: str
    assigned_at: datetime


class ConflictDeclaration(StrictInput):
    reason: str = Field("", max_length=5_000)


class ConflictRead(ReadModel):
    application_id: str
    reviewer: str
    reason: str
    declared_at: datetime


class ApplicationReviewersRead(ReadModel):
    """Who is assigned to review an application, and who declared a conflict of interest with it."""

    application_id: str
    assignments: list[ReviewerAssignmentRead]
    conflicts: list[ConflictRead]


class AssignReviewers(StrictInput):
    reviewers_per_application: int = Field(
        ge=1, le=MAX_REVIEWERS, description="How many reviewers each application of the call ends up with."
    )


class Shortfall(ReadModel):
    application_id: str
    missing: int = Field(description="Reviewers it still lacks: the panel has no more without a conflict or an assignment.")


class AssignReviewersRead(ReadModel):
    assigned: list[ReviewerAssignmentRead]
    short: list[Shortfall]


class PanelReviewerRead(ReadModel):
    reviewer: str
    assigned: int = Field(description="Applications of the call it is assigned (its load).")


class PanelRead(ReadModel):
    call_id: str
    reviewers: list[PanelReviewerRead]


# --- the weighted scores ------------------------------------------------------------------


class CriterionScore(ReadModel):
    name: str
    weight: float
    mean: float | None = Field(description="The mean over the reviews that scored it (N/A left out); null if none did.")
    scored: int
    not_applicable: int


class ReviewSummaryRead(ReadModel):
    """The weighted scores of an application's reviews: total = sum(weight * mean) / sum(weights of the criteria
    with a mean)."""

    application_id: str
    reviews: int
    criteria: list[CriterionScore]
    weighted_total: float | None
    recommendations: dict[str, int] = Field(description="How many reviews recommend yes, maybe and no.")
