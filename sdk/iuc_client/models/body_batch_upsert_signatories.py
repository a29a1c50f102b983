from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.body_batch_upsert_signatories_items_item import BodyBatchUpsertSignatoriesItemsItem


T = TypeVar("T", bound="BodyBatchUpsertSignatories")


@_attrs_define
class BodyBatchUpsertSignatories:
    """
    Attributes:
        items (list[BodyBatchUpsertSignatoriesItemsItem]): Up to 1,000 BatchItem objects (a signatory with its gcom_id).
    """

    items: list[BodyBatchUpsertSignatoriesItemsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.body_batch_upsert_signatories_items_item import BodyBatchUpsertSignatoriesItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BodyBatchUpsertSignatoriesItemsItem.from_dict(items_item_data)

            items.append(items_item)

        body_batch_upsert_signatories = cls(
            items=items,
        )

        body_batch_upsert_signatories.additional_properties = d
        return body_batch_upsert_signatories

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
