from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.obligation import Obligation
from ..models.pillar import Pillar
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeadlineExtensionCreate")


@_attrs_define
class DeadlineExtensionCreate:
    """
    Attributes:
        due_on (datetime.date): The new due date: later than the one the signatory has now.
        item (Obligation): A report the compliance engine expects by a due date.
        reason (str):
        pillar (None | Pillar | Unset): Needed for a plan (owed per pillar); the others have one at most.
    """

    due_on: datetime.date
    item: Obligation
    reason: str
    pillar: None | Pillar | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        item = self.item.value

        reason = self.reason

        pillar: None | str | Unset
        if isinstance(self.pillar, Unset):
            pillar = UNSET
        elif isinstance(self.pillar, Pillar):
            pillar = self.pillar.value
        else:
            pillar = self.pillar

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "due_on": due_on,
                "item": item,
                "reason": reason,
            }
        )
        if pillar is not UNSET:
            field_dict["pillar"] = pillar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        item = Obligation(d.pop("item"))

        reason = d.pop("reason")

        def _parse_pillar(data: object) -> None | Pillar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pillar_type_0 = Pillar(data)

                return pillar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pillar | Unset, data)

        pillar = _parse_pillar(d.pop("pillar", UNSET))

        deadline_extension_create = cls(
            due_on=due_on,
            item=item,
            reason=reason,
            pillar=pillar,
        )

        return deadline_extension_create
