from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pairing_state import PairingState
from ..models.party_kind import PartyKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.breakdown import Breakdown
    from ..models.party_read import PartyRead


T = TypeVar("T", bound="PairingRead")


@_attrs_define
class PairingRead:
    """
    Attributes:
        accepted_by_a (bool):
        accepted_by_b (bool):
        breakdown (Breakdown):
        call_id (str):
        confirmed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        end_reason (None | str):
        ended_at (datetime.datetime | None):
        expires_at (datetime.datetime):
        explanation (str):
        id (str):
        party_a (PartyRead):
        party_b (PartyRead):
        party_kind (PartyKind): Who is paired: cities (Components I and II) or regions (Component III).
        round_id (str):
        score (float):
        state (PairingState): Where a pairing stands.
        version (int):
        locked (bool | Unset): Proposed because the coordination unit locked the pair. Default: False.
    """

    accepted_by_a: bool
    accepted_by_b: bool
    breakdown: Breakdown
    call_id: str
    confirmed_at: datetime.datetime | None
    created_at: datetime.datetime
    end_reason: None | str
    ended_at: datetime.datetime | None
    expires_at: datetime.datetime
    explanation: str
    id: str
    party_a: PartyRead
    party_b: PartyRead
    party_kind: PartyKind
    round_id: str
    score: float
    state: PairingState
    version: int
    locked: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_by_a = self.accepted_by_a

        accepted_by_b = self.accepted_by_b

        breakdown = self.breakdown.to_dict()

        call_id = self.call_id

        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        created_at = self.created_at.isoformat()

        end_reason: None | str
        end_reason = self.end_reason

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        expires_at = self.expires_at.isoformat()

        explanation = self.explanation

        id = self.id

        party_a = self.party_a.to_dict()

        party_b = self.party_b.to_dict()

        party_kind = self.party_kind.value

        round_id = self.round_id

        score = self.score

        state = self.state.value

        version = self.version

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_by_a": accepted_by_a,
                "accepted_by_b": accepted_by_b,
                "breakdown": breakdown,
                "call_id": call_id,
                "confirmed_at": confirmed_at,
                "created_at": created_at,
                "end_reason": end_reason,
                "ended_at": ended_at,
                "expires_at": expires_at,
                "explanation": explanation,
                "id": id,
                "party_a": party_a,
                "party_b": party_b,
                "party_kind": party_kind,
                "round_id": round_id,
                "score": score,
                "state": state,
                "version": version,
            }
        )
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breakdown import Breakdown  # noqa: PLC0415
        from ..models.party_read import PartyRead  # noqa: PLC0415

        d = dict(src_dict)
        accepted_by_a = d.pop("accepted_by_a")

        accepted_by_b = d.pop("accepted_by_b")

        breakdown = Breakdown.from_dict(d.pop("breakdown"))

        call_id = d.pop("call_id")

        def _parse_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        explanation = d.pop("explanation")

        id = d.pop("id")

        party_a = PartyRead.from_dict(d.pop("party_a"))

        party_b = PartyRead.from_dict(d.pop("party_b"))

        party_kind = PartyKind(d.pop("party_kind"))

        round_id = d.pop("round_id")

        score = d.pop("score")

        state = PairingState(d.pop("state"))

        version = d.pop("version")

        locked = d.pop("locked", UNSET)

        pairing_read = cls(
            accepted_by_a=accepted_by_a,
            accepted_by_b=accepted_by_b,
            breakdown=breakdown,
            call_id=call_id,
            confirmed_at=confirmed_at,
            created_at=created_at,
            end_reason=end_reason,
            ended_at=ended_at,
            expires_at=expires_at,
            explanation=explanation,
            id=id,
            party_a=party_a,
            party_b=party_b,
            party_kind=party_kind,
            round_id=round_id,
            score=score,
            state=state,
            version=version,
            locked=locked,
        )

        pairing_read.additional_properties = d
        return pairing_read

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
