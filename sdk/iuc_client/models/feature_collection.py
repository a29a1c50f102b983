from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.city_feature import CityFeature
    from ..models.pairing_feature import PairingFeature
    from ..models.signatory_feature import SignatoryFeature


T = TypeVar("T", bound="FeatureCollection")


@_attrs_define
class FeatureCollection:
    """
    Attributes:
        features (list[CityFeature | PairingFeature | SignatoryFeature]):
        type_ (Literal['FeatureCollection'] | Unset):  Default: 'FeatureCollection'.
    """

    features: list[CityFeature | PairingFeature | SignatoryFeature]
    type_: Literal["FeatureCollection"] | Unset = "FeatureCollection"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.city_feature import CityFeature  # noqa: PLC0415
        from ..models.pairing_feature import PairingFeature  # noqa: PLC0415

        features = []
        for features_item_data in self.features:
            features_item: dict[str, Any]
            if isinstance(features_item_data, CityFeature):
                features_item = features_item_data.to_dict()
            elif isinstance(features_item_data, PairingFeature):
                features_item = features_item_data.to_dict()
            else:
                features_item = features_item_data.to_dict()

            features.append(features_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.city_feature import CityFeature  # noqa: PLC0415
        from ..models.pairing_feature import PairingFeature  # noqa: PLC0415
        from ..models.signatory_feature import SignatoryFeature  # noqa: PLC0415

        d = dict(src_dict)
        features = []
        _features = d.pop("features")
        for features_item_data in _features:

            def _parse_features_item(data: object) -> CityFeature | PairingFeature | SignatoryFeature:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    features_item_type_0 = CityFeature.from_dict(data)

                    return features_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    features_item_type_1 = PairingFeature.from_dict(data)

                    return features_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                features_item_type_2 = SignatoryFeature.from_dict(data)

                return features_item_type_2

            features_item = _parse_features_item(features_item_data)

            features.append(features_item)

        type_ = cast(Literal["FeatureCollection"] | Unset, d.pop("type", UNSET))
        if type_ != "FeatureCollection" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'FeatureCollection', got '{type_}'")

        feature_collection = cls(
            features=features,
            type_=type_,
        )

        feature_collection.additional_properties = d
        return feature_collection

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
