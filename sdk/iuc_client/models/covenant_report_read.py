from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pillar import Pillar
from ..models.report_kind import ReportKind

T = TypeVar("T", bound="CovenantReportRead")


@_attrs_define
class CovenantReportRead:
    """
    Attributes:
        created_at (datetime.datetime):
        external_id (None | str):
        id (str):
        kind (ReportKind):
        pillars (list[Pillar]):
        signatory_id (str):
        source (str):
        submitted_on (datetime.date):
        title (str):
        version (int):
    """

    created_at: datetime.datetime
    external_id: None | str
    id: str
    kind: ReportKind
    pillars: list[Pillar]
    signatory_id: str
    source: str
    submitted_on: datetime.date
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        external_id: None | str
        external_id = self.external_id

        id = self.id

        kind = self.kind.value

        pillars = []
        for pillars_item_data in self.pillars:
            pillars_item = pillars_item_data.value
            pillars.append(pillars_item)

        signatory_id = self.signatory_id

        source = self.source

        submitted_on = self.submitted_on.isoformat()

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "external_id": external_id,
                "id": id,
                "kind": kind,
                "pillars": pillars,
                "signatory_id": signatory_id,
                "source": source,
                "submitted_on": submitted_on,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        id = d.pop("id")

        kind = ReportKind(d.pop("kind"))

        pillars = []
        _pillars = d.pop("pillars")
        for pillars_item_data in _pillars:
            pillars_item = Pillar(pillars_item_data)

            pillars.append(pillars_item)

        signatory_id = d.pop("signatory_id")

        source = d.pop("source")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        title = d.pop("title")

        version = d.pop("version")

        covenant_report_read = cls(
            created_at=created_at,
            external_id=external_id,
            id=id,
            kind=kind,
            pillars=pillars,
            signatory_id=signatory_id,
            source=source,
            submitted_on=submitted_on,
            title=title,
            version=version,
        )

        covenant_report_read.additional_properties = d
        return covenant_report_read

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
