from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_kind import PartyKind
from ..models.solver import Solver

if TYPE_CHECKING:
    from ..models.pairing_read import PairingRead
    from ..models.round_read_weights import RoundReadWeights
    from ..models.round_report import RoundReport


T = TypeVar("T", bound="RoundRead")


@_attrs_define
class RoundRead:
    """
    Attributes:
        call_id (str):
        candidates (int):
        created_at (datetime.datetime):
        elapsed_ms (float):
        id (str):
        party_kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
        proposals (list[PairingRead]):
        quota (int):
        report (RoundReport):
        solver (Solver):
        total_score (float):
        weights (RoundReadWeights):
    """

    call_id: str
    candidates: int
    created_at: datetime.datetime
    elapsed_ms: float
    id: str
    party_kind: PartyKind
    proposals: list[PairingRead]
    quota: int
    report: RoundReport
    solver: Solver
    total_score: float
    weights: RoundReadWeights
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        candidates = self.candidates

        created_at = self.created_at.isoformat()

        elapsed_ms = self.elapsed_ms

        id = self.id

        party_kind = self.party_kind.value

        proposals = []
        for proposals_item_data in self.proposals:
            proposals_item = proposals_item_data.to_dict()
            proposals.append(proposals_item)

        quota = self.quota

        report = self.report.to_dict()

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
                "proposals": proposals,
                "quota": quota,
                "report": report,
                "solver": solver,
                "total_score": total_score,
                "weights": weights,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pairing_read import PairingRead  # noqa: PLC0415
        from ..models.round_read_weights import RoundReadWeights  # noqa: PLC0415
        from ..models.round_report import RoundReport  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        candidates = d.pop("candidates")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        elapsed_ms = d.pop("elapsed_ms")

        id = d.pop("id")

        party_kind = PartyKind(d.pop("party_kind"))

        proposals = []
        _proposals = d.pop("proposals")
        for proposals_item_data in _proposals:
            proposals_item = PairingRead.from_dict(proposals_item_data)

            proposals.append(proposals_item)

        quota = d.pop("quota")

        report = RoundReport.from_dict(d.pop("report"))

        solver = Solver(d.pop("solver"))

        total_score = d.pop("total_score")

        weights = RoundReadWeights.from_dict(d.pop("weights"))

        round_read = cls(
            call_id=call_id,
            candidates=candidates,
            created_at=created_at,
            elapsed_ms=elapsed_ms,
            id=id,
            party_kind=party_kind,
            proposals=proposals,
            quota=quota,
            report=report,
            solver=solver,
            total_score=total_score,
            weights=weights,
        )

        round_read.additional_properties = d
        return round_read

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
