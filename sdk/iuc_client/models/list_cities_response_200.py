from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_cities_response_200_type import ListCitiesResponse200Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_cities_response_200_features_item import ListCitiesResponse200FeaturesItem


T = TypeVar("T", bound="ListCitiesResponse200")


@_attrs_define
class ListCitiesResponse200:
    """With `Accept: application/geo+json`: the same page as an RFC 7946 FeatureCollection, a Point feature per item (null
    geometry without coordinates), its fields as properties, and `next_page_token` as a foreign member.

        Attributes:
            features (list[ListCitiesResponse200FeaturesItem]):
            type_ (ListCitiesResponse200Type):
            next_page_token (None | str | Unset):
    """

    features: list[ListCitiesResponse200FeaturesItem]
    type_: ListCitiesResponse200Type
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        type_ = self.type_.value

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
                "type": type_,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_cities_response_200_features_item import ListCitiesResponse200FeaturesItem  # noqa: PLC0415

        d = dict(src_dict)
        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = ListCitiesResponse200FeaturesItem.from_dict(features_item_data)

            features.append(features_item)

        type_ = ListCitiesResponse200Type(d.pop("type"))

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        list_cities_response_200 = cls(
            features=features,
            type_=type_,
            next_page_token=next_page_token,
        )

        list_cities_response_200.additional_properties = d
        return list_cities_response_200

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
