from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.generation import Generation
from ..models.pillar import Pillar
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommitmentIn")


@_attrs_define
class CommitmentIn:
    """
    Attributes:
        generation (Generation):
        pillar (Pillar):
        committed_on (datetime.date | None | Unset): Defaults to the adhesion date.
    """

    generation: Generation
    pillar: Pillar
    committed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        generation = self.generation.value

        pillar = self.pillar.value

        committed_on: None | str | Unset
        if isinstance(self.committed_on, Unset):
            committed_on = UNSET
        elif isinstance(self.committed_on, datetime.date):
            committed_on = self.committed_on.isoformat()
        else:
            committed_on = self.committed_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "generation": generation,
                "pillar": pillar,
            }
        )
        if committed_on is not UNSET:
            field_dict["committed_on"] = committed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generation = Generation(d.pop("generation"))

        pillar = Pillar(d.pop("pillar"))

        def _parse_committed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                committed_on_type_0 = datetime.date.fromisoformat(data)

                return committed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        committed_on = _parse_committed_on(d.pop("committed_on", UNSET))

        commitment_in = cls(
            generation=generation,
            pillar=pillar,
            committed_on=committed_on,
        )

        return commitment_in
