from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger import Trigger

T = TypeVar("T", bound="AttemptRead")


@_attrs_define
class AttemptRead:
    """
    Attributes:
        attempted_at (datetime.datetime):
        delivery_id (str):
        duration_ms (float):
        error (None | str): Why there was no answer (timeout, refused connection, refused target).
        event_type (str):
        id (str):
        message_id (str):
        response_excerpt (str): The first 1024 characters of the answer's body.
        status_code (int | None): The receiver's status; null when it gave no answer.
        trigger (Trigger): What made an attempt due.
    """

    attempted_at: datetime.datetime
    delivery_id: str
    duration_ms: float
    error: None | str
    event_type: str
    id: str
    message_id: str
    response_excerpt: str
    status_code: int | None
    trigger: Trigger
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempted_at = self.attempted_at.isoformat()

        delivery_id = self.delivery_id

        duration_ms = self.duration_ms

        error: None | str
        error = self.error

        event_type = self.event_type

        id = self.id

        message_id = self.message_id

        response_excerpt = self.response_excerpt

        status_code: int | None
        status_code = self.status_code

        trigger = self.trigger.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempted_at": attempted_at,
                "delivery_id": delivery_id,
                "duration_ms": duration_ms,
                "error": error,
                "event_type": event_type,
                "id": id,
                "message_id": message_id,
                "response_excerpt": response_excerpt,
                "status_code": status_code,
                "trigger": trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at"))

        delivery_id = d.pop("delivery_id")

        duration_ms = d.pop("duration_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        event_type = d.pop("event_type")

        id = d.pop("id")

        message_id = d.pop("message_id")

        response_excerpt = d.pop("response_excerpt")

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        trigger = Trigger(d.pop("trigger"))

        attempt_read = cls(
            attempted_at=attempted_at,
            delivery_id=delivery_id,
            duration_ms=duration_ms,
            error=error,
            event_type=event_type,
            id=id,
            message_id=message_id,
            response_excerpt=response_excerpt,
            status_code=status_code,
            trigger=trigger,
        )

        attempt_read.additional_properties = d
        return attempt_read

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
