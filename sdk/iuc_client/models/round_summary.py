from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_kind import PartyKind
from ..models.solver import Solver

if TYPE_CHECKING:
    from ..models.round_summary_weights import RoundSummaryWeights


T = TypeVar("T", bound="RoundSummary")


@_attrs_define
class RoundSummary:
    """
    Attributes:
        call_id (str):
        candidates (int):
        created_at (datetime.datetime):
        elapsed_ms (float):
        id (str):
        party_kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
        quota (int):
        solver (Solver):
        total_score (float):
        weights (RoundSummaryWeights):
    """

    call_id: str
    candidates: int
    created_at: datetime.datetime
    elapsed_ms: float
    id: str
    party_kind: PartyKind
    quota: int
    solver: Solver
    total_score: float
    weights: RoundSummaryWeights
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        candidates = self.candidates

        created_at = self.created_at.isoformat()

        elapsed_ms = self.elapsed_ms

        id = self.id

        party_kind = self.party_kind.value

        quota = self.quota

        solver = self.solver.value

        total_score = self.total_score

        weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "candidates": candidates,
                "created_at": created_at,
                "elapsed_ms": elapsed_ms,
                "id": id,
                "party_kind": party_kind,
                "quota": quota,
                "solver": solver,
                "total_score": total_score,
                "weights": weights,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_summary_weights import RoundSummaryWeights  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        candidates = d.pop("candidates")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        elapsed_ms = d.pop("elapsed_ms")

        id = d.pop("id")

        party_kind = PartyKind(d.pop("party_kind"))

        quota = d.pop("quota")

        solver = Solver(d.pop("solver"))

        total_score = d.pop("total_score")

        weights = RoundSummaryWeights.from_dict(d.pop("weights"))

        round_summary = cls(
            call_id=call_id,
            candidates=candidates,
            created_at=created_at,
            elapsed_ms=elapsed_ms,
            id=id,
            party_kind=party_kind,
            quota=quota,
            solver=solver,
            total_score=total_score,
            weights=weights,
        )

        round_summary.additional_properties = d
        return round_summary

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
