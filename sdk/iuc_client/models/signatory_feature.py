from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_geometry import PointGeometry
    from ..models.signatory_properties import SignatoryProperties


T = TypeVar("T", bound="SignatoryFeature")


@_attrs_define
class SignatoryFeature:
    """
    Attributes:
        geometry (PointGeometry):
        properties (SignatoryProperties):
        type_ (Literal['Feature'] | Unset):  Default: 'Feature'.
    """

    geometry: PointGeometry
    properties: SignatoryProperties
    type_: Literal["Feature"] | Unset = "Feature"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geometry = self.geometry.to_dict()

        properties = self.properties.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "geometry": geometry,
                "properties": properties,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_geometry import PointGeometry  # noqa: PLC0415
        from ..models.signatory_properties import SignatoryProperties  # noqa: PLC0415

        d = dict(src_dict)
        geometry = PointGeometry.from_dict(d.pop("geometry"))

        properties = SignatoryProperties.from_dict(d.pop("properties"))

        type_ = cast(Literal["Feature"] | Unset, d.pop("type", UNSET))
        if type_ != "Feature" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'Feature', got '{type_}'")

        signatory_feature = cls(
            geometry=geometry,
            properties=properties,
            type_=type_,
        )

        signatory_feature.additional_properties = d
        return signatory_feature

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
