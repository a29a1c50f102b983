from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_kind import OpportunityKind
from ..models.opportunity_status import OpportunityStatus
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityRead")


@_attrs_define
class OpportunityRead:
    """
    Attributes:
        description (str):
        ecosystem (None | str):
        expires_on (datetime.date | None): null while submitted without a date asked for.
        id (str):
        keywords (list[str]):
        kind (OpportunityKind): The five profile types of the Enterprise Europe Network.
        nace_codes (list[str]):
        organisation_id (None | str): null while the organisation is anonymous to the caller (until it accepts the
            caller's interest).
        published_at (datetime.datetime | None):
        side (Side): The two sides of the Atlantic the component connects.
        status (OpportunityStatus):
        target_region_ids (list[str]):
        title (str):
        version (int):
        rejection_reason (None | str | Unset):
        renewed_at (datetime.datetime | None | Unset):
        reviewed_at (datetime.datetime | None | Unset):
    """

    description: str
    ecosystem: None | str
    expires_on: datetime.date | None
    id: str
    keywords: list[str]
    kind: OpportunityKind
    nace_codes: list[str]
    organisation_id: None | str
    published_at: datetime.datetime | None
    side: Side
    status: OpportunityStatus
    target_region_ids: list[str]
    title: str
    version: int
    rejection_reason: None | str | Unset = UNSET
    renewed_at: datetime.datetime | None | Unset = UNSET
    reviewed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        ecosystem: None | str
        ecosystem = self.ecosystem

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = self.id

        keywords = self.keywords

        kind = self.kind.value

        nace_codes = self.nace_codes

        organisation_id: None | str
        organisation_id = self.organisation_id

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        side = self.side.value

        status = self.status.value

        target_region_ids = self.target_region_ids

        title = self.title

        version = self.version

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        renewed_at: None | str | Unset
        if isinstance(self.renewed_at, Unset):
            renewed_at = UNSET
        elif isinstance(self.renewed_at, datetime.datetime):
            renewed_at = self.renewed_at.isoformat()
        else:
            renewed_at = self.renewed_at

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        elif isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

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
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if renewed_at is not UNSET:
            field_dict["renewed_at"] = renewed_at
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at

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

        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))

        id = d.pop("id")

        keywords = cast(list[str], d.pop("keywords"))

        kind = OpportunityKind(d.pop("kind"))

        nace_codes = cast(list[str], d.pop("nace_codes"))

        def _parse_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        side = Side(d.pop("side"))

        status = OpportunityStatus(d.pop("status"))

        target_region_ids = cast(list[str], d.pop("target_region_ids"))

        title = d.pop("title")

        version = d.pop("version")

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        def _parse_renewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                renewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return renewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        renewed_at = _parse_renewed_at(d.pop("renewed_at", UNSET))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

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
            rejection_reason=rejection_reason,
            renewed_at=renewed_at,
            reviewed_at=reviewed_at,
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
