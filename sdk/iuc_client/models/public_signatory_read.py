from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signatory_status import SignatoryStatus

if TYPE_CHECKING:
    from ..models.commitment_read import CommitmentRead


T = TypeVar("T", bound="PublicSignatoryRead")


@_attrs_define
class PublicSignatoryRead:
    """A signatory's public profile, as the showcase shows it to everyone (MyCovenant's public pages): who it
    is, what it committed to, its badges and status; not its coordinators, reporting or history.

        Attributes:
            adhesion_date (datetime.date):
            badges (list[str]):
            commitments (list[CommitmentRead]):
            country_code (str):
            gcom_id (None | str):
            id (str):
            latitude (float | None):
            longitude (float | None):
            name (str):
            population (int | None):
            regional_covenant (str):
            status (SignatoryStatus):
    """

    adhesion_date: datetime.date
    badges: list[str]
    commitments: list[CommitmentRead]
    country_code: str
    gcom_id: None | str
    id: str
    latitude: float | None
    longitude: float | None
    name: str
    population: int | None
    regional_covenant: str
    status: SignatoryStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adhesion_date = self.adhesion_date.isoformat()

        badges = self.badges

        commitments = []
        for commitments_item_data in self.commitments:
            commitments_item = commitments_item_data.to_dict()
            commitments.append(commitments_item)

        country_code = self.country_code

        gcom_id: None | str
        gcom_id = self.gcom_id

        id = self.id

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        name = self.name

        population: int | None
        population = self.population

        regional_covenant = self.regional_covenant

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adhesion_date": adhesion_date,
                "badges": badges,
                "commitments": commitments,
                "country_code": country_code,
                "gcom_id": gcom_id,
                "id": id,
                "latitude": latitude,
                "longitude": longitude,
                "name": name,
                "population": population,
                "regional_covenant": regional_covenant,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commitment_read import CommitmentRead  # noqa: PLC0415

        d = dict(src_dict)
        adhesion_date = datetime.date.fromisoformat(d.pop("adhesion_date"))

        badges = cast(list[str], d.pop("badges"))

        commitments = []
        _commitments = d.pop("commitments")
        for commitments_item_data in _commitments:
            commitments_item = CommitmentRead.from_dict(commitments_item_data)

            commitments.append(commitments_item)

        country_code = d.pop("country_code")

        def _parse_gcom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gcom_id = _parse_gcom_id(d.pop("gcom_id"))

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

        def _parse_population(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        population = _parse_population(d.pop("population"))

        regional_covenant = d.pop("regional_covenant")

        status = SignatoryStatus(d.pop("status"))

        public_signatory_read = cls(
            adhesion_date=adhesion_date,
            badges=badges,
            commitments=commitments,
            country_code=country_code,
            gcom_id=gcom_id,
            id=id,
            latitude=latitude,
            longitude=longitude,
            name=name,
            population=population,
            regional_covenant=regional_covenant,
            status=status,
        )

        public_signatory_read.additional_properties = d
        return public_signatory_read

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
