from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_plans_summary import ActionPlansSummary
    from ..models.applications_summary import ApplicationsSummary
    from ..models.covenant_summary import CovenantSummary
    from ..models.knowledge_summary import KnowledgeSummary
    from ..models.pairing_summary import PairingSummary
    from ..models.value_chains_summary import ValueChainsSummary


T = TypeVar("T", bound="SummaryRead")


@_attrs_define
class SummaryRead:
    """
    Attributes:
        action_plans (ActionPlansSummary | None):
        applications (ApplicationsSummary | None): Null for a covenant office key, as every section but covenant.
        as_of (datetime.datetime | None): The time (ce-time) of the latest event applied; null before any.
        covenant (CovenantSummary):
        events_applied (int):
        knowledge (KnowledgeSummary | None):
        pairing (None | PairingSummary):
        value_chains (None | ValueChainsSummary):
    """

    action_plans: ActionPlansSummary | None
    applications: ApplicationsSummary | None
    as_of: datetime.datetime | None
    covenant: CovenantSummary
    events_applied: int
    knowledge: KnowledgeSummary | None
    pairing: None | PairingSummary
    value_chains: None | ValueChainsSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_plans_summary import ActionPlansSummary  # noqa: PLC0415
        from ..models.applications_summary import ApplicationsSummary  # noqa: PLC0415
        from ..models.knowledge_summary import KnowledgeSummary  # noqa: PLC0415
        from ..models.pairing_summary import PairingSummary  # noqa: PLC0415
        from ..models.value_chains_summary import ValueChainsSummary  # noqa: PLC0415

        action_plans: dict[str, Any] | None
        if isinstance(self.action_plans, ActionPlansSummary):
            action_plans = self.action_plans.to_dict()
        else:
            action_plans = self.action_plans

        applications: dict[str, Any] | None
        if isinstance(self.applications, ApplicationsSummary):
            applications = self.applications.to_dict()
        else:
            applications = self.applications

        as_of: None | str
        if isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        covenant = self.covenant.to_dict()

        events_applied = self.events_applied

        knowledge: dict[str, Any] | None
        if isinstance(self.knowledge, KnowledgeSummary):
            knowledge = self.knowledge.to_dict()
        else:
            knowledge = self.knowledge

        pairing: dict[str, Any] | None
        if isinstance(self.pairing, PairingSummary):
            pairing = self.pairing.to_dict()
        else:
            pairing = self.pairing

        value_chains: dict[str, Any] | None
        if isinstance(self.value_chains, ValueChainsSummary):
            value_chains = self.value_chains.to_dict()
        else:
            value_chains = self.value_chains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_plans": action_plans,
                "applications": applications,
                "as_of": as_of,
                "covenant": covenant,
                "events_applied": events_applied,
                "knowledge": knowledge,
                "pairing": pairing,
                "value_chains": value_chains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_plans_summary import ActionPlansSummary  # noqa: PLC0415
        from ..models.applications_summary import ApplicationsSummary  # noqa: PLC0415
        from ..models.covenant_summary import CovenantSummary  # noqa: PLC0415
        from ..models.knowledge_summary import KnowledgeSummary  # noqa: PLC0415
        from ..models.pairing_summary import PairingSummary  # noqa: PLC0415
        from ..models.value_chains_summary import ValueChainsSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action_plans(data: object) -> ActionPlansSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_plans_type_0 = ActionPlansSummary.from_dict(data)

                return action_plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionPlansSummary | None, data)

        action_plans = _parse_action_plans(d.pop("action_plans"))

        def _parse_applications(data: object) -> ApplicationsSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                applications_type_0 = ApplicationsSummary.from_dict(data)

                return applications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationsSummary | None, data)

        applications = _parse_applications(d.pop("applications"))

        def _parse_as_of(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.datetime.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        as_of = _parse_as_of(d.pop("as_of"))

        covenant = CovenantSummary.from_dict(d.pop("covenant"))

        events_applied = d.pop("events_applied")

        def _parse_knowledge(data: object) -> KnowledgeSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                knowledge_type_0 = KnowledgeSummary.from_dict(data)

                return knowledge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnowledgeSummary | None, data)

        knowledge = _parse_knowledge(d.pop("knowledge"))

        def _parse_pairing(data: object) -> None | PairingSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pairing_type_0 = PairingSummary.from_dict(data)

                return pairing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PairingSummary, data)

        pairing = _parse_pairing(d.pop("pairing"))

        def _parse_value_chains(data: object) -> None | ValueChainsSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_chains_type_0 = ValueChainsSummary.from_dict(data)

                return value_chains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ValueChainsSummary, data)

        value_chains = _parse_value_chains(d.pop("value_chains"))

        summary_read = cls(
            action_plans=action_plans,
            applications=applications,
            as_of=as_of,
            covenant=covenant,
            events_applied=events_applied,
            knowledge=knowledge,
            pairing=pairing,
            value_chains=value_chains,
        )

        summary_read.additional_properties = d
        return summary_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
