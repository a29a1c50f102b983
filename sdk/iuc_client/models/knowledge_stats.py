from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_stats_practices_by_kind import KnowledgeStatsPracticesByKind
    from ..models.knowledge_stats_practices_by_state import KnowledgeStatsPracticesByState
    from ..models.knowledge_stats_published_by_region import KnowledgeStatsPublishedByRegion
    from ..models.knowledge_stats_published_by_sdg import KnowledgeStatsPublishedBySdg
    from ..models.knowledge_stats_published_by_theme import KnowledgeStatsPublishedByTheme
    from ..models.knowledge_stats_published_by_year import KnowledgeStatsPublishedByYear
    from ..models.knowledge_stats_resources_by_kind import KnowledgeStatsResourcesByKind


T = TypeVar("T", bound="KnowledgeStats")


@_attrs_define
class KnowledgeStats:
    """
    Attributes:
        harvested_drafts (int): Drafts harvested from events that no editor has submitted yet.
        practices_by_kind (KnowledgeStatsPracticesByKind):
        practices_by_state (KnowledgeStatsPracticesByState):
        published_by_region (KnowledgeStatsPublishedByRegion):
        published_by_sdg (KnowledgeStatsPublishedBySdg):
        published_by_theme (KnowledgeStatsPublishedByTheme):
        published_by_year (KnowledgeStatsPublishedByYear):
        resources_by_kind (KnowledgeStatsResourcesByKind):
    """

    harvested_drafts: int
    practices_by_kind: KnowledgeStatsPracticesByKind
    practices_by_state: KnowledgeStatsPracticesByState
    published_by_region: KnowledgeStatsPublishedByRegion
    published_by_sdg: KnowledgeStatsPublishedBySdg
    published_by_theme: KnowledgeStatsPublishedByTheme
    published_by_year: KnowledgeStatsPublishedByYear
    resources_by_kind: KnowledgeStatsResourcesByKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        harvested_drafts = self.harvested_drafts

        practices_by_kind = self.practices_by_kind.to_dict()

        practices_by_state = self.practices_by_state.to_dict()

        published_by_region = self.published_by_region.to_dict()

        published_by_sdg = self.published_by_sdg.to_dict()

        published_by_theme = self.published_by_theme.to_dict()

        published_by_year = self.published_by_year.to_dict()

        resources_by_kind = self.resources_by_kind.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "harvested_drafts": harvested_drafts,
                "practices_by_kind": practices_by_kind,
                "practices_by_state": practices_by_state,
                "published_by_region": published_by_region,
                "published_by_sdg": published_by_sdg,
                "published_by_theme": published_by_theme,
                "published_by_year": published_by_year,
                "resources_by_kind": resources_by_kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_stats_practices_by_kind import KnowledgeStatsPracticesByKind  # noqa: PLC0415
        from ..models.knowledge_stats_practices_by_state import KnowledgeStatsPracticesByState  # noqa: PLC0415
        from ..models.knowledge_stats_published_by_region import KnowledgeStatsPublishedByRegion  # noqa: PLC0415
        from ..models.knowledge_stats_published_by_sdg import KnowledgeStatsPublishedBySdg  # noqa: PLC0415
        from ..models.knowledge_stats_published_by_theme import KnowledgeStatsPublishedByTheme  # noqa: PLC0415
        from ..models.knowledge_stats_published_by_year import KnowledgeStatsPublishedByYear  # noqa: PLC0415
        from ..models.knowledge_stats_resources_by_kind import KnowledgeStatsResourcesByKind  # noqa: PLC0415

        d = dict(src_dict)
        harvested_drafts = d.pop("harvested_drafts")

        practices_by_kind = KnowledgeStatsPracticesByKind.from_dict(d.pop("practices_by_kind"))

        practices_by_state = KnowledgeStatsPracticesByState.from_dict(d.pop("practices_by_state"))

        published_by_region = KnowledgeStatsPublishedByRegion.from_dict(d.pop("published_by_region"))

        published_by_sdg = KnowledgeStatsPublishedBySdg.from_dict(d.pop("published_by_sdg"))

        published_by_theme = KnowledgeStatsPublishedByTheme.from_dict(d.pop("published_by_theme"))

        published_by_year = KnowledgeStatsPublishedByYear.from_dict(d.pop("published_by_year"))

        resources_by_kind = KnowledgeStatsResourcesByKind.from_dict(d.pop("resources_by_kind"))

        knowledge_stats = cls(
            harvested_drafts=harvested_drafts,
            practices_by_kind=practices_by_kind,
            practices_by_state=practices_by_state,
            published_by_region=published_by_region,
            published_by_sdg=published_by_sdg,
            published_by_theme=published_by_theme,
            published_by_year=published_by_year,
            resources_by_kind=resources_by_kind,
        )

        knowledge_stats.additional_properties = d
        return knowledge_stats

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
