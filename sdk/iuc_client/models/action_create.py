from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.action_kind import ActionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget import Budget
    from ..models.impact import Impact
    from ..models.organisation import Organisation


T = TypeVar("T", bound="ActionCreate")


@_attrs_define
class ActionCreate:
    """
    Attributes:
        kind (ActionKind):
        title (str):
        budget (Budget | None | Unset):
        depends_on (list[str] | Unset): Ids of actions of the same plan.
        description (str | Unset):  Default: ''.
        ends_on (datetime.date | None | Unset):
        expected_impact (Impact | None | Unset):
        indicator_ids (list[str] | Unset): Indicators of the same plan.
        organisations (list[Organisation] | Unset):
        sector (None | str | Unset):
        starts_on (datetime.date | None | Unset):
        theme (None | str | Unset):
    """

    kind: ActionKind
    title: str
    budget: Budget | None | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    description: str | Unset = ""
    ends_on: datetime.date | None | Unset = UNSET
    expected_impact: Impact | None | Unset = UNSET
    indicator_ids: list[str] | Unset = UNSET
    organisations: list[Organisation] | Unset = UNSET
    sector: None | str | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    theme: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.impact import Impact  # noqa: PLC0415

        kind = self.kind.value

        title = self.title

        budget: dict[str, Any] | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, Budget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        description = self.description

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        expected_impact: dict[str, Any] | None | Unset
        if isinstance(self.expected_impact, Unset):
            expected_impact = UNSET
        elif isinstance(self.expected_impact, Impact):
            expected_impact = self.expected_impact.to_dict()
        else:
            expected_impact = self.expected_impact

        indicator_ids: list[str] | Unset = UNSET
        if not isinstance(self.indicator_ids, Unset):
            indicator_ids = self.indicator_ids

        organisations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organisations, Unset):
            organisations = []
            for organisations_item_data in self.organisations:
                organisations_item = organisations_item_data.to_dict()
                organisations.append(organisations_item)

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if description is not UNSET:
            field_dict["description"] = description
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if expected_impact is not UNSET:
            field_dict["expected_impact"] = expected_impact
        if indicator_ids is not UNSET:
            field_dict["indicator_ids"] = indicator_ids
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if sector is not UNSET:
            field_dict["sector"] = sector
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.impact import Impact  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415

        d = dict(src_dict)
        kind = ActionKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_budget(data: object) -> Budget | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_type_0 = Budget.from_dict(data)

                return budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Budget | None | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        depends_on = cast(list[str], d.pop("depends_on", UNSET))

        description = d.pop("description", UNSET)

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_expected_impact(data: object) -> Impact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_impact_type_0 = Impact.from_dict(data)

                return expected_impact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Impact | None | Unset, data)

        expected_impact = _parse_expected_impact(d.pop("expected_impact", UNSET))

        indicator_ids = cast(list[str], d.pop("indicator_ids", UNSET))

        _organisations = d.pop("organisations", UNSET)
        organisations: list[Organisation] | Unset = UNSET
        if _organisations is not UNSET:
            organisations = []
            for organisations_item_data in _organisations:
                organisations_item = Organisation.from_dict(organisations_item_data)

                organisations.append(organisations_item)

        def _parse_sector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sector = _parse_sector(d.pop("sector", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        action_create = cls(
            kind=kind,
            title=title,
            budget=budget,
            depends_on=depends_on,
            description=description,
            ends_on=ends_on,
            expected_impact=expected_impact,
            indicator_ids=indicator_ids,
            organisations=organisations,
            sector=sector,
            starts_on=starts_on,
            theme=theme,
        )

        return action_create
