"""Wire models of the insights API: the metric catalogue, series, the landing page's summary and
the map (GeoJSON, RFC 7946)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from services.insights.domain import MetricKind, SeriesInterval
from shared.schemas import ReadModel

Count = Annotated[int | float, Field(description="A whole number for counts; tCO2e figures may have decimals.")]
Position = Annotated[list[float], Field(min_length=2, max_length=2, description="[longitude, latitude] (WGS 84).")]


class MetricRead(ReadModel):
    name: str = Field(examples=["applications.by_state"])
    title: str
    description: str
    kind: MetricKind = Field(description="flow: what happened in each interval; stock: the level at the end of each interval.")
    unit: str
    group_by: list[str] = Field(description="The dimensions a series may be grouped by.")
    filters: list[str] = Field(description="The filters a series of this metric takes.")


class MetricList(ReadModel):
    items: list[MetricRead]


class SeriesPoint(ReadModel):
    period: date = Field(description="The first day of the day, ISO week (Monday) or month.")
    value: Count


class SeriesLine(ReadModel):
    group: str | None = Field(description="The value of the group_by dimension; null without group_by (or for no value).")
    points: list[SeriesPoint]


class SeriesRead(ReadModel):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True, serialize_by_alias=True)

    metric: str
    interval: SeriesInterval
    from_: date = Field(alias="from")
    to: date
    group_by: str | None
    series: list[SeriesLine]


# Counts of things by a dimension: whole numbers.
Tally = dict[str, int]


class ApplicationsSummary(ReadModel):
    total: int
    by_state: Tally
    refused_by_rule: Tally = Field(description="Submissions refused by the eligibility rules, by rule broken.")
    reviews: int
    mean_score_by_criterion: dict[str, float] = Field(description="The mean score (0-5) reviews gave each criterion.")


class RegionPairCount(ReadModel):
    regions: list[str] = Field(description="The world regions of the two parties, in alphabetical order.")
    count: int


class PairingSummary(ReadModel):
    proposed: int
    confirmed: int
    declined: int
    dissolved: int
    completed: int
    active: int
    by_region_pair: list[RegionPairCount] = Field(description="Confirmed pairings (ever) by the regions of their parties.")
    activities: int


class ActionPlansSummary(ReadModel):
    plans_by_state: Tally
    actions_by_status: Tally
    late_share: float = Field(ge=0, le=1, description="Late actions among those not completed or cancelled.")
    actions_by_theme: Tally = Field(description="Actions by theme, as they stand (those that have a theme).")
    indicators_by_trajectory: Tally = Field(description="Indicators on_track, behind or with no_goal to compare with.")


class CovenantSummary(ReadModel):
    signatories: int
    by_status: Tally
    by_regional_covenant: Tally
    by_badge: Tally
    emissions_baseline_tco2e: float = Field(description="Baseline emissions of the signatories that also report monitoring.")
    emissions_latest_monitoring_tco2e: float = Field(description="The same signatories' latest monitoring emissions.")


class ValueChainsSummary(ReadModel):
    organisations: int
    opportunities: int
    matches: int
    agreements: int


class KnowledgeSummary(ReadModel):
    practices_published: int
    by_theme: Tally


class SummaryRead(ReadModel):
    as_of: datetime | None = Field(description="The time (ce-time) of the latest event applied; null before any.")
    events_applied: int
    applications: ApplicationsSummary | None = Field(description="Null for a covenant office key, as every section but covenant.")
    pairing: PairingSummary | None
    action_plans: ActionPlansSummary | None
    covenant: CovenantSummary = Field(description="A covenant office key sees its own regional covenant's only.")
    value_chains: ValueChainsSummary | None
    knowledge: KnowledgeSummary | None


class PointGeometry(ReadModel):
    type: Literal["Point"] = "Point"
    coordinates: Position


class LineGeometry(ReadModel):
    type: Literal["LineString"] = "LineString"
    coordinates: list[Position] = Field(min_length=2, max_length=2)


class CityProperties(ReadModel):
    kind: Literal["city"] = "city"
    id: str
    name: str
    country_code: str
    world_region: str
    paired: bool = Field(description="In a confirmed or completed pairing.")


class PairingProperties(ReadModel):
    kind: Literal["pairing"] = "pairing"
    id: str
    state: str = Field(description="proposed, confirmed or completed.")
    cities: list[str] = Field(min_length=2, max_length=2)


class SignatoryProperties(ReadModel):
    kind: Literal["signatory"] = "signatory"
    id: str
    name: str | None
    status: str
    regional_covenant: str


class CityFeature(ReadModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: CityProperties


class PairingFeature(ReadModel):
    type: Literal["Feature"] = "Feature"
    geometry: LineGeometry
    properties: PairingProperties


class SignatoryFeature(ReadModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: SignatoryProperties


class FeatureCollection(ReadModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[CityFeature | PairingFeature | SignatoryFeature]
