from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.inventory_kind import InventoryKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_row_in import InventoryRowIn


T = TypeVar("T", bound="InventoryUpdate")


@_attrs_define
class InventoryUpdate:
    """
    Attributes:
        kind (InventoryKind | Unset):
        population (int | None | Unset):
        rows (list[InventoryRowIn] | Unset): Replaces every row.
        submitted_on (datetime.date | Unset):
        year (int | Unset):
    """

    kind: InventoryKind | Unset = UNSET
    population: int | None | Unset = UNSET
    rows: list[InventoryRowIn] | Unset = UNSET
    submitted_on: datetime.date | Unset = UNSET
    year: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        population: int | None | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        else:
            population = self.population

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        submitted_on: str | Unset = UNSET
        if not isinstance(self.submitted_on, Unset):
            submitted_on = self.submitted_on.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if population is not UNSET:
            field_dict["population"] = population
        if rows is not UNSET:
            field_dict["rows"] = rows
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_row_in import InventoryRowIn  # noqa: PLC0415

        d = dict(src_dict)
        _kind = d.pop("kind", UNSET)
        kind: InventoryKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = InventoryKind(_kind)

        def _parse_population(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        _rows = d.pop("rows", UNSET)
        rows: list[InventoryRowIn] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = InventoryRowIn.from_dict(rows_item_data)

                rows.append(rows_item)

        _submitted_on = d.pop("submitted_on", UNSET)
        submitted_on: datetime.date | Unset
        if isinstance(_submitted_on, Unset):
            submitted_on = UNSET
        else:
            submitted_on = datetime.date.fromisoformat(_submitted_on)

        year = d.pop("year", UNSET)

        inventory_update = cls(
            kind=kind,
            population=population,
            rows=rows,
            submitted_on=submitted_on,
            year=year,
        )

        return inventory_update
