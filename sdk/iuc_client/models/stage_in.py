from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StageIn")


@_attrs_define
class StageIn:
    """
    Attributes:
        key (str): Short identifier of the stage within the chain, e.g. cells, assembly.
        name (str):
        description (str | Unset):  Default: ''.
        nace_codes (list[str] | Unset): NACE Rev. 2 codes: a section (C), division (26), group (26.1) or class (26.11).
    """

    key: str
    name: str
    description: str | Unset = ""
    nace_codes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        nace_codes: list[str] | Unset = UNSET
        if not isinstance(self.nace_codes, Unset):
            nace_codes = self.nace_codes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if nace_codes is not UNSET:
            field_dict["nace_codes"] = nace_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        nace_codes = cast(list[str], d.pop("nace_codes", UNSET))

        stage_in = cls(
            key=key,
            name=name,
            description=description,
            nace_codes=nace_codes,
        )

        return stage_in
