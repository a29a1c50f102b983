from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.value_chains_stats_read_agreements_by_kind import ValueChainsStatsReadAgreementsByKind
    from ..models.value_chains_stats_read_matches_by_status import ValueChainsStatsReadMatchesByStatus
    from ..models.value_chains_stats_read_opportunities_open_by_kind import ValueChainsStatsReadOpportunitiesOpenByKind
    from ..models.value_chains_stats_read_organisations_by_kind import ValueChainsStatsReadOrganisationsByKind
    from ..models.value_chains_stats_read_organisations_by_side import ValueChainsStatsReadOrganisationsBySide


T = TypeVar("T", bound="ValueChainsStatsRead")


@_attrs_define
class ValueChainsStatsRead:
    """
    Attributes:
        agreements_by_kind (ValueChainsStatsReadAgreementsByKind):
        innovation_strategies (int):
        matches_by_status (ValueChainsStatsReadMatchesByStatus):
        open_gaps (int):
        opportunities_expired (int):
        opportunities_open_by_kind (ValueChainsStatsReadOpportunitiesOpenByKind):
        opportunities_withdrawn (int):
        organisations_by_kind (ValueChainsStatsReadOrganisationsByKind):
        organisations_by_side (ValueChainsStatsReadOrganisationsBySide):
        region_interests (int):
        value_chains (int):
        value_chains_with_gaps (int):
        opportunities_submitted (int | Unset):  Default: 0.
    """

    agreements_by_kind: ValueChainsStatsReadAgreementsByKind
    innovation_strategies: int
    matches_by_status: ValueChainsStatsReadMatchesByStatus
    open_gaps: int
    opportunities_expired: int
    opportunities_open_by_kind: ValueChainsStatsReadOpportunitiesOpenByKind
    opportunities_withdrawn: int
    organisations_by_kind: ValueChainsStatsReadOrganisationsByKind
    organisations_by_side: ValueChainsStatsReadOrganisationsBySide
    region_interests: int
    value_chains: int
    value_chains_with_gaps: int
    opportunities_submitted: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreements_by_kind = self.agreements_by_kind.to_dict()

        innovation_strategies = self.innovation_strategies

        matches_by_status = self.matches_by_status.to_dict()

        open_gaps = self.open_gaps

        opportunities_expired = self.opportunities_expired

        opportunities_open_by_kind = self.opportunities_open_by_kind.to_dict()

        opportunities_withdrawn = self.opportunities_withdrawn

        organisations_by_kind = self.organisations_by_kind.to_dict()

        organisations_by_side = self.organisations_by_side.to_dict()

        region_interests = self.region_interests

        value_chains = self.value_chains

        value_chains_with_gaps = self.value_chains_with_gaps

        opportunities_submitted = self.opportunities_submitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreements_by_kind": agreements_by_kind,
                "innovation_strategies": innovation_strategies,
                "matches_by_status": matches_by_status,
                "open_gaps": open_gaps,
                "opportunities_expired": opportunities_expired,
                "opportunities_open_by_kind": opportunities_open_by_kind,
                "opportunities_withdrawn": opportunities_withdrawn,
                "organisations_by_kind": organisations_by_kind,
                "organisations_by_side": organisations_by_side,
                "region_interests": region_interests,
                "value_chains": value_chains,
                "value_chains_with_gaps": value_chains_with_gaps,
            }
        )
        if opportunities_submitted is not UNSET:
            field_dict["opportunities_submitted"] = opportunities_submitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.value_chains_stats_read_agreements_by_kind import ValueChainsStatsReadAgreementsByKind  # noqa: PLC0415
        from ..models.value_chains_stats_read_matches_by_status import ValueChainsStatsReadMatchesByStatus  # noqa: PLC0415
        from ..models.value_chains_stats_read_opportunities_open_by_kind import (
            ValueChainsStatsReadOpportunitiesOpenByKind,  # noqa: PLC0415
        )
        from ..models.value_chains_stats_read_organisations_by_kind import ValueChainsStatsReadOrganisationsByKind  # noqa: PLC0415
        from ..models.value_chains_stats_read_organisations_by_side import ValueChainsStatsReadOrganisationsBySide  # noqa: PLC0415

        d = dict(src_dict)
        agreements_by_kind = ValueChainsStatsReadAgreementsByKind.from_dict(d.pop("agreements_by_kind"))

        innovation_strategies = d.pop("innovation_strategies")

        matches_by_status = ValueChainsStatsReadMatchesByStatus.from_dict(d.pop("matches_by_status"))

        open_gaps = d.pop("open_gaps")

        opportunities_expired = d.pop("opportunities_expired")

        opportunities_open_by_kind = ValueChainsStatsReadOpportunitiesOpenByKind.from_dict(
            d.pop("opportunities_open_by_kind")
        )

        opportunities_withdrawn = d.pop("opportunities_withdrawn")

        organisations_by_kind = ValueChainsStatsReadOrganisationsByKind.from_dict(d.pop("organisations_by_kind"))

        organisations_by_side = ValueChainsStatsReadOrganisationsBySide.from_dict(d.pop("organisations_by_side"))

        region_interests = d.pop("region_interests")

        value_chains = d.pop("value_chains")

        value_chains_with_gaps = d.pop("value_chains_with_gaps")

        opportunities_submitted = d.pop("opportunities_submitted", UNSET)

        value_chains_stats_read = cls(
            agreements_by_kind=agreements_by_kind,
            innovation_strategies=innovation_strategies,
            matches_by_status=matches_by_status,
            open_gaps=open_gaps,
            opportunities_expired=opportunities_expired,
            opportunities_open_by_kind=opportunities_open_by_kind,
            opportunities_withdrawn=opportunities_withdrawn,
            organisations_by_kind=organisations_by_kind,
            organisations_by_side=organisations_by_side,
            region_interests=region_interests,
            value_chains=value_chains,
            value_chains_with_gaps=value_chains_with_gaps,
            opportunities_submitted=opportunities_submitted,
        )

        value_chains_stats_read.additional_properties = d
        return value_chains_stats_read

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
