from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionCreate")


@_attrs_define
class CriterionCreate:
    """A criterion the call's reviews score from 0 to 5.

    Attributes:
        name (str): The key of the criterion in a review's scores, e.g. relevance.
        description (str | Unset):  Default: ''.
        na_allowed (bool | Unset): Whether a review may score it null (not applicable). Default: False.
        weight (float | Unset): Its weight in the weighted total. Default: 1.0.
    """

    name: str
    description: str | Unset = ""
    na_allowed: bool | Unset = False
    weight: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        na_allowed = self.na_allowed

        weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if na_allowed is not UNSET:
            field_dict["na_allowed"] = na_allowed
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        na_allowed = d.pop("na_allowed", UNSET)

        weight = d.pop("weight", UNSET)

        criterion_create = cls(
            name=name,
            description=description,
            na_allowed=na_allowed,
            weight=weight,
        )

        return criterion_create
