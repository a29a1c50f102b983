from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agreement_kind import AgreementKind

T = TypeVar("T", bound="AgreementRead")


@_attrs_define
class AgreementRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        kind (AgreementKind):
        match_id (str):
        organisation_ids (list[str]):
        signed_on (datetime.date):
        summary (str):
        title (str):
        version (int):
    """

    created_at: datetime.datetime
    id: str
    kind: AgreementKind
    match_id: str
    organisation_ids: list[str]
    signed_on: datetime.date
    summary: str
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        match_id = self.match_id

        organisation_ids = self.organisation_ids

        signed_on = self.signed_on.isoformat()

        summary = self.summary

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "match_id": match_id,
                "organisation_ids": organisation_ids,
                "signed_on": signed_on,
                "summary": summary,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        kind = AgreementKind(d.pop("kind"))

        match_id = d.pop("match_id")

        organisation_ids = cast(list[str], d.pop("organisation_ids"))

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))

        summary = d.pop("summary")

        title = d.pop("title")

        version = d.pop("version")

        agreement_read = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            match_id=match_id,
            organisation_ids=organisation_ids,
            signed_on=signed_on,
            summary=summary,
            title=title,
            version=version,
        )

        agreement_read.additional_properties = d
        return agreement_read

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
