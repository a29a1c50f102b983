from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sdg_read_short import SdgReadShort
    from ..models.sdg_read_title import SdgReadTitle


T = TypeVar("T", bound="SdgRead")


@_attrs_define
class SdgRead:
    """
    Attributes:
        goal (int):
        short (SdgReadShort):
        title (SdgReadTitle):
    """

    goal: int
    short: SdgReadShort
    title: SdgReadTitle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goal = self.goal

        short = self.short.to_dict()

        title = self.title.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goal": goal,
                "short": short,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sdg_read_short import SdgReadShort  # noqa: PLC0415
        from ..models.sdg_read_title import SdgReadTitle  # noqa: PLC0415

        d = dict(src_dict)
        goal = d.pop("goal")

        short = SdgReadShort.from_dict(d.pop("short"))

        title = SdgReadTitle.from_dict(d.pop("title"))

        sdg_read = cls(
            goal=goal,
            short=short,
            title=title,
        )

        sdg_read.additional_properties = d
        return sdg_read

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
