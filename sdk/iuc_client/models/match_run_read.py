from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.match_read import MatchRead


T = TypeVar("T", bound="MatchRunRead")


@_attrs_define
class MatchRunRead:
    """What one matchmaking run proposed (pairs matched before are not proposed again).

    Attributes:
        considered (int):
        proposed (list[MatchRead]):
    """

    considered: int
    proposed: list[MatchRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        considered = self.considered

        proposed = []
        for proposed_item_data in self.proposed:
            proposed_item = proposed_item_data.to_dict()
            proposed.append(proposed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "considered": considered,
                "proposed": proposed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_read import MatchRead  # noqa: PLC0415

        d = dict(src_dict)
        considered = d.pop("considered")

        proposed = []
        _proposed = d.pop("proposed")
        for proposed_item_data in _proposed:
            proposed_item = MatchRead.from_dict(proposed_item_data)

            proposed.append(proposed_item)

        match_run_read = cls(
            considered=considered,
            proposed=proposed,
        )

        match_run_read.additional_properties = d
        return match_run_read

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
