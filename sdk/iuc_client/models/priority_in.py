from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriorityIn")


@_attrs_define
class PriorityIn:
    """
    Attributes:
        ecosystem (str): One of the EU's 14 industrial ecosystems (see /v1/value-chains/ecosystems).
        nace_codes (list[str]): NACE Rev. 2 codes: a section (C), division (26), group (26.1) or class (26.11).
        title (str):
        description (str | Unset):  Default: ''.
    """

    ecosystem: str
    nace_codes: list[str]
    title: str
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        ecosystem = self.ecosystem

        nace_codes = self.nace_codes

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ecosystem": ecosystem,
                "nace_codes": nace_codes,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ecosystem = d.pop("ecosystem")

        nace_codes = cast(list[str], d.pop("nace_codes"))

        title = d.pop("title")

        description = d.pop("description", UNSET)

        priority_in = cls(
            ecosystem=ecosystem,
            nace_codes=nace_codes,
            title=title,
            description=description,
        )

        return priority_in
