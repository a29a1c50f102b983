from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_kind import OpportunityKind
from ..models.side import Side

T = TypeVar("T", bound="OpportunityRead")


@_attrs_define
class OpportunityRead:
    """
    Attributes:
        description (str):
        ecosystem (None | str):
        expires_on (datetime.date):
        id (str):
        keywords (list[str]):
        kind (OpportunityKind): The five profile types of the Enterprise Europe Network.
        nace_codes (list[str]):
        organisation_id (str):
        published_at (datetime.datetime):
        side (Side): The two sides of the Atlantic the component connects.
        status (str): open | expired | withdrawn
        target_region_ids (list[str]):
        title (str):
        version (int):
    """

    description: str
    ecosystem: None | str
    expires_on: datetime.date
    id: str
    keywords: list[str]
    kind: OpportunityKind
    nace_codes: list[str]
    organisation_id: str
    published_at: datetime.datetime
    side: Side
    status: str
    target_region_ids: list[str]
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        ecosystem: None | str
        ecosystem = self.ecosystem

        expires_on = self.expires_on.isoformat()

        id = self.id

        keywords = self.keywords

        kind = self.kind.value

        nace_codes = self.nace_codes

        organisation_id = self.organisation_id

        published_at = self.published_at.isoformat()

        side = self.side.value

        status = self.status

        target_region_ids = self.target_region_ids

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "ecosystem": ecosystem,
                "expires_on": expires_on,
                "id": id,
                "keywords": keywords,
                "kind": kind,
                "nace_codes": nace_codes,
                "organisation_id": organisation_id,
                "published_at": published_at,
                "side": side,
                "status": status,
                "target_region_ids": target_region_ids,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_ecosystem(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ecosystem = _parse_ecosystem(d.pop("ecosystem"))

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))

        id = d.pop("id")

        keywords = cast(list[str], d.pop("keywords"))

        kind = OpportunityKind(d.pop("kind"))

        nace_codes = cast(list[str], d.pop("nace_codes"))

        organisation_id = d.pop("organisation_id")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        side = Side(d.pop("side"))

        status = d.pop("status")

        target_region_ids = cast(list[str], d.pop("target_region_ids"))

        title = d.pop("title")

        version = d.pop("version")

        opportunity_read = cls(
            description=description,
            ecosystem=ecosystem,
            expires_on=expires_on,
            id=id,
            keywords=keywords,
            kind=kind,
            nace_codes=nace_codes,
            organisation_id=organisation_id,
            published_at=published_at,
            side=side,
            status=status,
            target_region_ids=target_region_ids,
            title=title,
            version=version,
        )

        opportunity_read.additional_properties = d
        return opportunity_read

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
