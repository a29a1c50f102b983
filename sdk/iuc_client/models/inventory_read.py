from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_kind import InventoryKind

if TYPE_CHECKING:
    from ..models.inventory_row_read import InventoryRowRead


T = TypeVar("T", bound="InventoryRead")


@_attrs_define
class InventoryRead:
    """
    Attributes:
        created_at (datetime.datetime):
        external_id (None | str):
        id (str):
        kind (InventoryKind):
        population (int | None):
        rows (list[InventoryRowRead]):
        signatory_id (str):
        submitted_on (datetime.date):
        total_emissions_tco2e (float):
        version (int):
        year (int):
    """

    created_at: datetime.datetime
    external_id: None | str
    id: str
    kind: InventoryKind
    population: int | None
    rows: list[InventoryRowRead]
    signatory_id: str
    submitted_on: datetime.date
    total_emissions_tco2e: float
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        external_id: None | str
        external_id = self.external_id

        id = self.id

        kind = self.kind.value

        population: int | None
        population = self.population

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        signatory_id = self.signatory_id

        submitted_on = self.submitted_on.isoformat()

        total_emissions_tco2e = self.total_emissions_tco2e

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "external_id": external_id,
                "id": id,
                "kind": kind,
                "population": population,
                "rows": rows,
                "signatory_id": signatory_id,
                "submitted_on": submitted_on,
                "total_emissions_tco2e": total_emissions_tco2e,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_row_read import InventoryRowRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        id = d.pop("id")

        kind = InventoryKind(d.pop("kind"))

        def _parse_population(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        population = _parse_population(d.pop("population"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = InventoryRowRead.from_dict(rows_item_data)

            rows.append(rows_item)

        signatory_id = d.pop("signatory_id")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        total_emissions_tco2e = d.pop("total_emissions_tco2e")

        version = d.pop("version")

        year = d.pop("year")

        inventory_read = cls(
            created_at=created_at,
            external_id=external_id,
            id=id,
            kind=kind,
            population=population,
            rows=rows,
            signatory_id=signatory_id,
            submitted_on=submitted_on,
            total_emissions_tco2e=total_emissions_tco2e,
            version=version,
            year=year,
        )

        inventory_read.additional_properties = d
        return inventory_read

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
