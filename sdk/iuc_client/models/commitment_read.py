from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation import Generation
from ..models.pillar import Pillar

T = TypeVar("T", bound="CommitmentRead")


@_attrs_define
class CommitmentRead:
    """
    Attributes:
        committed_on (datetime.date):
        generation (Generation):
        id (str):
        pillar (Pillar):
    """

    committed_on: datetime.date
    generation: Generation
    id: str
    pillar: Pillar
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        committed_on = self.committed_on.isoformat()

        generation = self.generation.value

        id = self.id

        pillar = self.pillar.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "committed_on": committed_on,
                "generation": generation,
                "id": id,
                "pillar": pillar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        committed_on = datetime.date.fromisoformat(d.pop("committed_on"))

        generation = Generation(d.pop("generation"))

        id = d.pop("id")

        pillar = Pillar(d.pop("pillar"))

        commitment_read = cls(
            committed_on=committed_on,
            generation=generation,
            id=id,
            pillar=pillar,
        )

        commitment_read.additional_properties = d
        return commitment_read

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
