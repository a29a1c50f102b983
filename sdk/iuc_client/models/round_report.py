from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blocking_pair import BlockingPair
    from ..models.round_report_country_quotas import RoundReportCountryQuotas
    from ..models.round_report_region_quotas import RoundReportRegionQuotas
    from ..models.round_report_share_matched_by_region import RoundReportShareMatchedByRegion
    from ..models.score_distribution import ScoreDistribution
    from ..models.skipped_lock import SkippedLock
    from ..models.unmatched_party import UnmatchedParty
    from ..models.worst_off import WorstOff


T = TypeVar("T", bound="RoundReport")


@_attrs_define
class RoundReport:
    """
    Attributes:
        blocking_pair_count (int):
        blocking_pairs (list[BlockingPair]):
        pairs (int):
        score_distribution (ScoreDistribution):
        share_matched_by_region (RoundReportShareMatchedByRegion):
        total_score (float):
        unmatched (list[UnmatchedParty]):
        worst_off (None | WorstOff):
        country_quotas (RoundReportCountryQuotas | Unset):
        kept_pairs (int | Unset):  Default: 0.
        locked_pairs (int | Unset): Proposals of pairs the coordination unit locked (counted in `pairs`). Default: 0.
        locked_skipped (list[SkippedLock] | Unset): Locked pairs the round could not propose.
        region_quotas (RoundReportRegionQuotas | Unset): The quotas the round kept. A pairing counts against the quota
            of the world region (country) of each of its two parties; the two sides of a call never share a region, so it
            counts once against any quota: with the default sides (EU x the rest of the world), a quota of a non-EU region
            or country caps the pairs whose non-EU party is there, a quota of 'eu' or of an EU country those whose EU party
            is. Locked pairs count against the quotas too.
    """

    blocking_pair_count: int
    blocking_pairs: list[BlockingPair]
    pairs: int
    score_distribution: ScoreDistribution
    share_matched_by_region: RoundReportShareMatchedByRegion
    total_score: float
    unmatched: list[UnmatchedParty]
    worst_off: None | WorstOff
    country_quotas: RoundReportCountryQuotas | Unset = UNSET
    kept_pairs: int | Unset = 0
    locked_pairs: int | Unset = 0
    locked_skipped: list[SkippedLock] | Unset = UNSET
    region_quotas: RoundReportRegionQuotas | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.worst_off import WorstOff  # noqa: PLC0415

        blocking_pair_count = self.blocking_pair_count

        blocking_pairs = []
        for blocking_pairs_item_data in self.blocking_pairs:
            blocking_pairs_item = blocking_pairs_item_data.to_dict()
            blocking_pairs.append(blocking_pairs_item)

        pairs = self.pairs

        score_distribution = self.score_distribution.to_dict()

        share_matched_by_region = self.share_matched_by_region.to_dict()

        total_score = self.total_score

        unmatched = []
        for unmatched_item_data in self.unmatched:
            unmatched_item = unmatched_item_data.to_dict()
            unmatched.append(unmatched_item)

        worst_off: dict[str, Any] | None
        if isinstance(self.worst_off, WorstOff):
            worst_off = self.worst_off.to_dict()
        else:
            worst_off = self.worst_off

        country_quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_quotas, Unset):
            country_quotas = self.country_quotas.to_dict()

        kept_pairs = self.kept_pairs

        locked_pairs = self.locked_pairs

        locked_skipped: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locked_skipped, Unset):
            locked_skipped = []
            for locked_skipped_item_data in self.locked_skipped:
                locked_skipped_item = locked_skipped_item_data.to_dict()
                locked_skipped.append(locked_skipped_item)

        region_quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region_quotas, Unset):
            region_quotas = self.region_quotas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocking_pair_count": blocking_pair_count,
                "blocking_pairs": blocking_pairs,
                "pairs": pairs,
                "score_distribution": score_distribution,
                "share_matched_by_region": share_matched_by_region,
                "total_score": total_score,
                "unmatched": unmatched,
                "worst_off": worst_off,
            }
        )
        if country_quotas is not UNSET:
            field_dict["country_quotas"] = country_quotas
        if kept_pairs is not UNSET:
            field_dict["kept_pairs"] = kept_pairs
        if locked_pairs is not UNSET:
            field_dict["locked_pairs"] = locked_pairs
        if locked_skipped is not UNSET:
            field_dict["locked_skipped"] = locked_skipped
        if region_quotas is not UNSET:
            field_dict["region_quotas"] = region_quotas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blocking_pair import BlockingPair  # noqa: PLC0415
        from ..models.round_report_country_quotas import RoundReportCountryQuotas  # noqa: PLC0415
        from ..models.round_report_region_quotas import RoundReportRegionQuotas  # noqa: PLC0415
        from ..models.round_report_share_matched_by_region import RoundReportShareMatchedByRegion  # noqa: PLC0415
        from ..models.score_distribution import ScoreDistribution  # noqa: PLC0415
        from ..models.skipped_lock import SkippedLock  # noqa: PLC0415
        from ..models.unmatched_party import UnmatchedParty  # noqa: PLC0415
        from ..models.worst_off import WorstOff  # noqa: PLC0415

        d = dict(src_dict)
        blocking_pair_count = d.pop("blocking_pair_count")

        blocking_pairs = []
        _blocking_pairs = d.pop("blocking_pairs")
        for blocking_pairs_item_data in _blocking_pairs:
            blocking_pairs_item = BlockingPair.from_dict(blocking_pairs_item_data)

            blocking_pairs.append(blocking_pairs_item)

        pairs = d.pop("pairs")

        score_distribution = ScoreDistribution.from_dict(d.pop("score_distribution"))

        share_matched_by_region = RoundReportShareMatchedByRegion.from_dict(d.pop("share_matched_by_region"))

        total_score = d.pop("total_score")

        unmatched = []
        _unmatched = d.pop("unmatched")
        for unmatched_item_data in _unmatched:
            unmatched_item = UnmatchedParty.from_dict(unmatched_item_data)

            unmatched.append(unmatched_item)

        def _parse_worst_off(data: object) -> None | WorstOff:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worst_off_type_0 = WorstOff.from_dict(data)

                return worst_off_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorstOff, data)

        worst_off = _parse_worst_off(d.pop("worst_off"))

        _country_quotas = d.pop("country_quotas", UNSET)
        country_quotas: RoundReportCountryQuotas | Unset
        if isinstance(_country_quotas, Unset):
            country_quotas = UNSET
        else:
            country_quotas = RoundReportCountryQuotas.from_dict(_country_quotas)

        kept_pairs = d.pop("kept_pairs", UNSET)

        locked_pairs = d.pop("locked_pairs", UNSET)

        _locked_skipped = d.pop("locked_skipped", UNSET)
        locked_skipped: list[SkippedLock] | Unset = UNSET
        if _locked_skipped is not UNSET:
            locked_skipped = []
            for locked_skipped_item_data in _locked_skipped:
                locked_skipped_item = SkippedLock.from_dict(locked_skipped_item_data)

                locked_skipped.append(locked_skipped_item)

        _region_quotas = d.pop("region_quotas", UNSET)
        region_quotas: RoundReportRegionQuotas | Unset
        if isinstance(_region_quotas, Unset):
            region_quotas = UNSET
        else:
            region_quotas = RoundReportRegionQuotas.from_dict(_region_quotas)

        round_report = cls(
            blocking_pair_count=blocking_pair_count,
            blocking_pairs=blocking_pairs,
            pairs=pairs,
            score_distribution=score_distribution,
            share_matched_by_region=share_matched_by_region,
            total_score=total_score,
            unmatched=unmatched,
            worst_off=worst_off,
            country_quotas=country_quotas,
            kept_pairs=kept_pairs,
            locked_pairs=locked_pairs,
            locked_skipped=locked_skipped,
            region_quotas=region_quotas,
        )

        round_report.additional_properties = d
        return round_report

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
