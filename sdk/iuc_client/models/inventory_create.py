from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.inventory_kind import InventoryKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_row_in import InventoryRowIn


T = TypeVar("T", bound="InventoryCreate")


@_attrs_define
class InventoryCreate:
    """
    Attributes:
        kind (InventoryKind):
        rows (list[InventoryRowIn]):
        year (int):
        external_id (None | str | Unset):
        population (int | None | Unset):
        submitted_on (datetime.date | None | Unset): Defaults to today.
    """

    kind: InventoryKind
    rows: list[InventoryRowIn]
    year: int
    external_id: None | str | Unset = UNSET
    population: int | None | Unset = UNSET
    submitted_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        year = self.year

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        population: int | None | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        else:
            population = self.population

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "rows": rows,
                "year": year,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if population is not UNSET:
            field_dict["population"] = population
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_row_in import InventoryRowIn  # noqa: PLC0415

        d = dict(src_dict)
        kind = InventoryKind(d.pop("kind"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = InventoryRowIn.from_dict(rows_item_data)

            rows.append(rows_item)

        year = d.pop("year")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_population(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        inventory_create = cls(
            kind=kind,
            rows=rows,
            year=year,
            external_id=external_id,
            population=population,
            submitted_on=submitted_on,
        )

        return inventory_create
