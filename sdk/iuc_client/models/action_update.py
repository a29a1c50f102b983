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


T = TypeVar("T", bound="ActionUpdate")


@_attrs_define
class ActionUpdate:
    """Fields to change; absent fields stay as they are, null clears an optional one.

    Attributes:
        budget (Budget | None | Unset):
        depends_on (list[str] | None | Unset):
        description (str | Unset):
        ends_on (datetime.date | None | Unset):
        expected_impact (Impact | None | Unset):
        indicator_ids (list[str] | None | Unset):
        kind (ActionKind | Unset):
        organisations (list[Organisation] | None | Unset):
        sector (None | str | Unset):
        starts_on (datetime.date | None | Unset):
        theme (None | str | Unset):
        title (str | Unset):
    """

    budget: Budget | None | Unset = UNSET
    depends_on: list[str] | None | Unset = UNSET
    description: str | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    expected_impact: Impact | None | Unset = UNSET
    indicator_ids: list[str] | None | Unset = UNSET
    kind: ActionKind | Unset = UNSET
    organisations: list[Organisation] | None | Unset = UNSET
    sector: None | str | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    theme: None | str | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.impact import Impact  # noqa: PLC0415

        budget: dict[str, Any] | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, Budget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
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

        indicator_ids: list[str] | None | Unset
        if isinstance(self.indicator_ids, Unset):
            indicator_ids = UNSET
        elif isinstance(self.indicator_ids, list):
            indicator_ids = self.indicator_ids

        else:
            indicator_ids = self.indicator_ids

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        organisations: list[dict[str, Any]] | None | Unset
        if isinstance(self.organisations, Unset):
            organisations = UNSET
        elif isinstance(self.organisations, list):
            organisations = []
            for organisations_type_0_item_data in self.organisations:
                organisations_type_0_item = organisations_type_0_item_data.to_dict()
                organisations.append(organisations_type_0_item)

        else:
            organisations = self.organisations

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

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if sector is not UNSET:
            field_dict["sector"] = sector
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if theme is not UNSET:
            field_dict["theme"] = theme
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.impact import Impact  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_depends_on(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                depends_on_type_0 = cast(list[str], data)

                return depends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        depends_on = _parse_depends_on(d.pop("depends_on", UNSET))

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

        def _parse_indicator_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                indicator_ids_type_0 = cast(list[str], data)

                return indicator_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        indicator_ids = _parse_indicator_ids(d.pop("indicator_ids", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ActionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ActionKind(_kind)

        def _parse_organisations(data: object) -> list[Organisation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organisations_type_0 = []
                _organisations_type_0 = data
                for organisations_type_0_item_data in _organisations_type_0:
                    organisations_type_0_item = Organisation.from_dict(organisations_type_0_item_data)

                    organisations_type_0.append(organisations_type_0_item)

                return organisations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Organisation] | None | Unset, data)

        organisations = _parse_organisations(d.pop("organisations", UNSET))

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

        title = d.pop("title", UNSET)

        action_update = cls(
            budget=budget,
            depends_on=depends_on,
            description=description,
            ends_on=ends_on,
            expected_impact=expected_impact,
            indicator_ids=indicator_ids,
            kind=kind,
            organisations=organisations,
            sector=sector,
            starts_on=starts_on,
            theme=theme,
            title=title,
        )

        return action_update
