from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.obligation import Obligation
from ..models.pillar import Pillar

T = TypeVar("T", bound="DeadlineExtensionRead")


@_attrs_define
class DeadlineExtensionRead:
    """
    Attributes:
        created_at (datetime.datetime):
        due_on (datetime.date):
        granted_by (str):
        id (str):
        item (Obligation): A report the compliance engine expects by a due date.
        pillar (None | Pillar):
        reason (str):
        signatory_id (str):
    """

    created_at: datetime.datetime
    due_on: datetime.date
    granted_by: str
    id: str
    item: Obligation
    pillar: None | Pillar
    reason: str
    signatory_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        due_on = self.due_on.isoformat()

        granted_by = self.granted_by

        id = self.id

        item = self.item.value

        pillar: None | str
        if isinstance(self.pillar, Pillar):
            pillar = self.pillar.value
        else:
            pillar = self.pillar

        reason = self.reason

        signatory_id = self.signatory_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "due_on": due_on,
                "granted_by": granted_by,
                "id": id,
                "item": item,
                "pillar": pillar,
                "reason": reason,
                "signatory_id": signatory_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        granted_by = d.pop("granted_by")

        id = d.pop("id")

        item = Obligation(d.pop("item"))

        def _parse_pillar(data: object) -> None | Pillar:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pillar_type_0 = Pillar(data)

                return pillar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pillar, data)

        pillar = _parse_pillar(d.pop("pillar"))

        reason = d.pop("reason")

        signatory_id = d.pop("signatory_id")

        deadline_extension_read = cls(
            created_at=created_at,
            due_on=due_on,
            granted_by=granted_by,
            id=id,
            item=item,
            pillar=pillar,
            reason=reason,
            signatory_id=signatory_id,
        )

        deadline_extension_read.additional_properties = d
        return deadline_extension_read

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
