from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemError")


@_attrs_define
class ProblemError:
    """One field problem (with a JSON `pointer` into the request) or broken rule (with its `rule`).

    Attributes:
        detail (str):
        code (str | Unset): A machine-readable code for the error.
        pointer (str | Unset): RFC 6901 pointer into the body, or `query:name`, `path:name`.
        rule (str | Unset): The name of the domain rule that was broken.
    """

    detail: str
    code: str | Unset = UNSET
    pointer: str | Unset = UNSET
    rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        code = self.code

        pointer = self.pointer

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if pointer is not UNSET:
            field_dict["pointer"] = pointer
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        code = d.pop("code", UNSET)

        pointer = d.pop("pointer", UNSET)

        rule = d.pop("rule", UNSET)

        problem_error = cls(
            detail=detail,
            code=code,
            pointer=pointer,
            rule=rule,
        )

        problem_error.additional_properties = d
        return problem_error

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
