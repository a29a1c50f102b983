from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gap_read import GapRead


T = TypeVar("T", bound="GapsRead")


@_attrs_define
class GapsRead:
    """
    Attributes:
        gaps (list[GapRead]):
        value_chain_id (str):
    """

    gaps: list[GapRead]
    value_chain_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gaps = []
        for gaps_item_data in self.gaps:
            gaps_item = gaps_item_data.to_dict()
            gaps.append(gaps_item)

        value_chain_id = self.value_chain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gaps": gaps,
                "value_chain_id": value_chain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gap_read import GapRead  # noqa: PLC0415

        d = dict(src_dict)
        gaps = []
        _gaps = d.pop("gaps")
        for gaps_item_data in _gaps:
            gaps_item = GapRead.from_dict(gaps_item_data)

            gaps.append(gaps_item)

        value_chain_id = d.pop("value_chain_id")

        gaps_read = cls(
            gaps=gaps,
            value_chain_id=value_chain_id,
        )

        gaps_read.additional_properties = d
        return gaps_read

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
