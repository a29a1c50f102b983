from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.adhesion_type import AdhesionType
from ..models.signatory_status import SignatoryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commitment_in import CommitmentIn
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="SignatoryUpsert")


@_attrs_define
class SignatoryUpsert:
    """The whole record a regional office syncs; a sync never removes a commitment.

    Attributes:
        adhesion_date (datetime.date): The date of the council decision.
        country_code (str): ISO 3166-1 alpha-2; decides the regional covenant.
        name (str):
        adhesion_type (AdhesionType | Unset):
        commitments (list[CommitmentIn] | Unset):
        coordinators (list[str] | Unset):
        group (GroupRef | None | Unset): The group the signatory belongs to, if any.
        group_profile (bool | Unset): The signatory is a group of local authorities. Default: False.
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        organisation_id (None | str | Unset): The MyCovenant organisation id.
        population (int | None | Unset): Population at adhesion.
        reported_status (None | SignatoryStatus | Unset): The office's status; `withdrawn` withdraws the signatory, the
            others are kept for reference.
        reporting_expected (bool | Unset): False for members of a joint plan and group coordinators. Default: True.
        supporters (list[str] | Unset):
    """

    adhesion_date: datetime.date
    country_code: str
    name: str
    adhesion_type: AdhesionType | Unset = UNSET
    commitments: list[CommitmentIn] | Unset = UNSET
    coordinators: list[str] | Unset = UNSET
    group: GroupRef | None | Unset = UNSET
    group_profile: bool | Unset = False
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    organisation_id: None | str | Unset = UNSET
    population: int | None | Unset = UNSET
    reported_status: None | SignatoryStatus | Unset = UNSET
    reporting_expected: bool | Unset = True
    supporters: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        adhesion_date = self.adhesion_date.isoformat()

        country_code = self.country_code

        name = self.name

        adhesion_type: str | Unset = UNSET
        if not isinstance(self.adhesion_type, Unset):
            adhesion_type = self.adhesion_type.value

        commitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commitments, Unset):
            commitments = []
            for commitments_item_data in self.commitments:
                commitments_item = commitments_item_data.to_dict()
                commitments.append(commitments_item)

        coordinators: list[str] | Unset = UNSET
        if not isinstance(self.coordinators, Unset):
            coordinators = self.coordinators

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, GroupRef):
            group = self.group.to_dict()
        else:
            group = self.group

        group_profile = self.group_profile

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        population: int | None | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        else:
            population = self.population

        reported_status: None | str | Unset
        if isinstance(self.reported_status, Unset):
            reported_status = UNSET
        elif isinstance(self.reported_status, SignatoryStatus):
            reported_status = self.reported_status.value
        else:
            reported_status = self.reported_status

        reporting_expected = self.reporting_expected

        supporters: list[str] | Unset = UNSET
        if not isinstance(self.supporters, Unset):
            supporters = self.supporters

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adhesion_date": adhesion_date,
                "country_code": country_code,
                "name": name,
            }
        )
        if adhesion_type is not UNSET:
            field_dict["adhesion_type"] = adhesion_type
        if commitments is not UNSET:
            field_dict["commitments"] = commitments
        if coordinators is not UNSET:
            field_dict["coordinators"] = coordinators
        if group is not UNSET:
            field_dict["group"] = group
        if group_profile is not UNSET:
            field_dict["group_profile"] = group_profile
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if population is not UNSET:
            field_dict["population"] = population
        if reported_status is not UNSET:
            field_dict["reported_status"] = reported_status
        if reporting_expected is not UNSET:
            field_dict["reporting_expected"] = reporting_expected
        if supporters is not UNSET:
            field_dict["supporters"] = supporters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commitment_in import CommitmentIn  # noqa: PLC0415
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        d = dict(src_dict)
        adhesion_date = datetime.date.fromisoformat(d.pop("adhesion_date"))

        country_code = d.pop("country_code")

        name = d.pop("name")

        _adhesion_type = d.pop("adhesion_type", UNSET)
        adhesion_type: AdhesionType | Unset
        if isinstance(_adhesion_type, Unset):
            adhesion_type = UNSET
        else:
            adhesion_type = AdhesionType(_adhesion_type)

        _commitments = d.pop("commitments", UNSET)
        commitments: list[CommitmentIn] | Unset = UNSET
        if _commitments is not UNSET:
            commitments = []
            for commitments_item_data in _commitments:
                commitments_item = CommitmentIn.from_dict(commitments_item_data)

                commitments.append(commitments_item)

        coordinators = cast(list[str], d.pop("coordinators", UNSET))

        def _parse_group(data: object) -> GroupRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = GroupRef.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupRef | None | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        group_profile = d.pop("group_profile", UNSET)

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        def _parse_population(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        def _parse_reported_status(data: object) -> None | SignatoryStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_status_type_0 = SignatoryStatus(data)

                return reported_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatoryStatus | Unset, data)

        reported_status = _parse_reported_status(d.pop("reported_status", UNSET))

        reporting_expected = d.pop("reporting_expected", UNSET)

        supporters = cast(list[str], d.pop("supporters", UNSET))

        signatory_upsert = cls(
            adhesion_date=adhesion_date,
            country_code=country_code,
            name=name,
            adhesion_type=adhesion_type,
            commitments=commitments,
            coordinators=coordinators,
            group=group,
            group_profile=group_profile,
            latitude=latitude,
            longitude=longitude,
            organisation_id=organisation_id,
            population=population,
            reported_status=reported_status,
            reporting_expected=reporting_expected,
            supporters=supporters,
        )

        return signatory_upsert
