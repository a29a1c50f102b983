from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.opportunity_kind import OpportunityKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate:
    """
    Attributes:
        keywords (list[str]):
        kind (OpportunityKind): The five profile types of the Enterprise Europe Network.
        nace_codes (list[str]): NACE Rev. 2 codes: a section (C), division (26), group (26.1) or class (26.11).
        organisation_id (str): The organisation that offers or requests (hidden from other partners).
        title (str):
        description (str | Unset):  Default: ''.
        ecosystem (None | str | Unset):
        expires_on (datetime.date | None | Unset): Asked for; if absent or past at publication, it expires 12 months
            after publication.
        target_region_ids (list[str] | Unset): Regions (or countries) sought on the other side; empty means any.
    """

    keywords: list[str]
    kind: OpportunityKind
    nace_codes: list[str]
    organisation_id: str
    title: str
    description: str | Unset = ""
    ecosystem: None | str | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    target_region_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        keywords = self.keywords

        kind = self.kind.value

        nace_codes = self.nace_codes

        organisation_id = self.organisation_id

        title = self.title

        description = self.description

        ecosystem: None | str | Unset
        if isinstance(self.ecosystem, Unset):
            ecosystem = UNSET
        else:
            ecosystem = self.ecosystem

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        target_region_ids: list[str] | Unset = UNSET
        if not isinstance(self.target_region_ids, Unset):
            target_region_ids = self.target_region_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keywords": keywords,
                "kind": kind,
                "nace_codes": nace_codes,
                "organisation_id": organisation_id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if ecosystem is not UNSET:
            field_dict["ecosystem"] = ecosystem
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if target_region_ids is not UNSET:
            field_dict["target_region_ids"] = target_region_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keywords = cast(list[str], d.pop("keywords"))

        kind = OpportunityKind(d.pop("kind"))

        nace_codes = cast(list[str], d.pop("nace_codes"))

        organisation_id = d.pop("organisation_id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        def _parse_ecosystem(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ecosystem = _parse_ecosystem(d.pop("ecosystem", UNSET))

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))

        target_region_ids = cast(list[str], d.pop("target_region_ids", UNSET))

        opportunity_create = cls(
            keywords=keywords,
            kind=kind,
            nace_codes=nace_codes,
            organisation_id=organisation_id,
            title=title,
            description=description,
            ecosystem=ecosystem,
            expires_on=expires_on,
            target_region_ids=target_region_ids,
        )

        return opportunity_create
