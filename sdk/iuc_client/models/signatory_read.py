from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.adhesion_type import AdhesionType
from ..models.signatory_status import SignatoryStatus

if TYPE_CHECKING:
    from ..models.commitment_read import CommitmentRead
    from ..models.compliance_summary import ComplianceSummary
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="SignatoryRead")


@_attrs_define
class SignatoryRead:
    """
    Attributes:
        adhesion_date (datetime.date):
        adhesion_type (AdhesionType):
        badges (list[str]):
        commitments (list[CommitmentRead]):
        compliance (ComplianceSummary):
        coordinators (list[str]):
        country_code (str):
        created_at (datetime.datetime):
        gcom_id (None | str):
        group (GroupRef | None):
        group_profile (bool):
        id (str):
        latitude (float | None):
        longitude (float | None):
        name (str):
        organisation_id (None | str):
        population (int | None):
        regional_covenant (str):
        reported_status (None | SignatoryStatus):
        reporting_expected (bool):
        status (SignatoryStatus):
        supporters (list[str]):
        updated_at (datetime.datetime):
        version (int):
        withdrawn_at (datetime.datetime | None):
    """

    adhesion_date: datetime.date
    adhesion_type: AdhesionType
    badges: list[str]
    commitments: list[CommitmentRead]
    compliance: ComplianceSummary
    coordinators: list[str]
    country_code: str
    created_at: datetime.datetime
    gcom_id: None | str
    group: GroupRef | None
    group_profile: bool
    id: str
    latitude: float | None
    longitude: float | None
    name: str
    organisation_id: None | str
    population: int | None
    regional_covenant: str
    reported_status: None | SignatoryStatus
    reporting_expected: bool
    status: SignatoryStatus
    supporters: list[str]
    updated_at: datetime.datetime
    version: int
    withdrawn_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        adhesion_date = self.adhesion_date.isoformat()

        adhesion_type = self.adhesion_type.value

        badges = self.badges

        commitments = []
        for commitments_item_data in self.commitments:
            commitments_item = commitments_item_data.to_dict()
            commitments.append(commitments_item)

        compliance = self.compliance.to_dict()

        coordinators = self.coordinators

        country_code = self.country_code

        created_at = self.created_at.isoformat()

        gcom_id: None | str
        gcom_id = self.gcom_id

        group: dict[str, Any] | None
        if isinstance(self.group, GroupRef):
            group = self.group.to_dict()
        else:
            group = self.group

        group_profile = self.group_profile

        id = self.id

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        name = self.name

        organisation_id: None | str
        organisation_id = self.organisation_id

        population: int | None
        population = self.population

        regional_covenant = self.regional_covenant

        reported_status: None | str
        if isinstance(self.reported_status, SignatoryStatus):
            reported_status = self.reported_status.value
        else:
            reported_status = self.reported_status

        reporting_expected = self.reporting_expected

        status = self.status.value

        supporters = self.supporters

        updated_at = self.updated_at.isoformat()

        version = self.version

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adhesion_date": adhesion_date,
                "adhesion_type": adhesion_type,
                "badges": badges,
                "commitments": commitments,
                "compliance": compliance,
                "coordinators": coordinators,
                "country_code": country_code,
                "created_at": created_at,
                "gcom_id": gcom_id,
                "group": group,
                "group_profile": group_profile,
                "id": id,
                "latitude": latitude,
                "longitude": longitude,
                "name": name,
                "organisation_id": organisation_id,
                "population": population,
                "regional_covenant": regional_covenant,
                "reported_status": reported_status,
                "reporting_expected": reporting_expected,
                "status": status,
                "supporters": supporters,
                "updated_at": updated_at,
                "version": version,
                "withdrawn_at": withdrawn_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commitment_read import CommitmentRead  # noqa: PLC0415
        from ..models.compliance_summary import ComplianceSummary  # noqa: PLC0415
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        d = dict(src_dict)
        adhesion_date = datetime.date.fromisoformat(d.pop("adhesion_date"))

        adhesion_type = AdhesionType(d.pop("adhesion_type"))

        badges = cast(list[str], d.pop("badges"))

        commitments = []
        _commitments = d.pop("commitments")
        for commitments_item_data in _commitments:
            commitments_item = CommitmentRead.from_dict(commitments_item_data)

            commitments.append(commitments_item)

        compliance = ComplianceSummary.from_dict(d.pop("compliance"))

        coordinators = cast(list[str], d.pop("coordinators"))

        country_code = d.pop("country_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_gcom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gcom_id = _parse_gcom_id(d.pop("gcom_id"))

        def _parse_group(data: object) -> GroupRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = GroupRef.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupRef | None, data)

        group = _parse_group(d.pop("group"))

        group_profile = d.pop("group_profile")

        id = d.pop("id")

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        name = d.pop("name")

        def _parse_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        def _parse_population(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        population = _parse_population(d.pop("population"))

        regional_covenant = d.pop("regional_covenant")

        def _parse_reported_status(data: object) -> None | SignatoryStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_status_type_0 = SignatoryStatus(data)

                return reported_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatoryStatus, data)

        reported_status = _parse_reported_status(d.pop("reported_status"))

        reporting_expected = d.pop("reporting_expected")

        status = SignatoryStatus(d.pop("status"))

        supporters = cast(list[str], d.pop("supporters"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)

                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))

        signatory_read = cls(
            adhesion_date=adhesion_date,
            adhesion_type=adhesion_type,
            badges=badges,
            commitments=commitments,
            compliance=compliance,
            coordinators=coordinators,
            country_code=country_code,
            created_at=created_at,
            gcom_id=gcom_id,
            group=group,
            group_profile=group_profile,
            id=id,
            latitude=latitude,
            longitude=longitude,
            name=name,
            organisation_id=organisation_id,
            population=population,
            regional_covenant=regional_covenant,
            reported_status=reported_status,
            reporting_expected=reporting_expected,
            status=status,
            supporters=supporters,
            updated_at=updated_at,
            version=version,
            withdrawn_at=withdrawn_at,
        )

        signatory_read.additional_properties = d
        return signatory_read

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
