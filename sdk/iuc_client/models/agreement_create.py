from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agreement_kind import AgreementKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementCreate")


@_attrs_define
class AgreementCreate:
    """
    Attributes:
        kind (AgreementKind):
        match_id (str):
        title (str):
        signed_on (datetime.date | None | Unset): Defaults to today.
        summary (str | Unset):  Default: ''.
    """

    kind: AgreementKind
    match_id: str
    title: str
    signed_on: datetime.date | None | Unset = UNSET
    summary: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        match_id = self.match_id

        title = self.title

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "match_id": match_id,
                "title": title,
            }
        )
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = AgreementKind(d.pop("kind"))

        match_id = d.pop("match_id")

        title = d.pop("title")

        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        signed_on = _parse_signed_on(d.pop("signed_on", UNSET))

        summary = d.pop("summary", UNSET)

        agreement_create = cls(
            kind=kind,
            match_id=match_id,
            title=title,
            signed_on=signed_on,
            summary=summary,
        )

        return agreement_create
