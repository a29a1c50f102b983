from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_kind import PlanKind
from ..models.plan_state import PlanState

if TYPE_CHECKING:
    from ..models.partner_read import PartnerRead
    from ..models.plan_transition_read import PlanTransitionRead


T = TypeVar("T", bound="PlanRead")


@_attrs_define
class PlanRead:
    """
    Attributes:
        approved_at (datetime.datetime | None):
        city_id (None | str):
        city_name (str):
        country_code (str):
        created_at (datetime.datetime):
        description (str):
        gcom_id (None | str):
        history (list[PlanTransitionRead]):
        id (str):
        kind (PlanKind):
        pairing_id (None | str):
        partner (None | PartnerRead):
        period_end (datetime.date | None):
        period_start (datetime.date):
        pillars (list[str]): Covenant pillars a SECAP covers (from the signatory's commitments).
        regional_covenant (None | str):
        review_comments (None | str): The reviewer's comments when the plan was last returned.
        signatory_id (None | str):
        state (PlanState): Where a plan stands; `returned` is a draft again, with the reviewer's comments.
        submitted_at (datetime.datetime | None):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    approved_at: datetime.datetime | None
    city_id: None | str
    city_name: str
    country_code: str
    created_at: datetime.datetime
    description: str
    gcom_id: None | str
    history: list[PlanTransitionRead]
    id: str
    kind: PlanKind
    pairing_id: None | str
    partner: None | PartnerRead
    period_end: datetime.date | None
    period_start: datetime.date
    pillars: list[str]
    regional_covenant: None | str
    review_comments: None | str
    signatory_id: None | str
    state: PlanState
    submitted_at: datetime.datetime | None
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner_read import PartnerRead  # noqa: PLC0415

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        city_id: None | str
        city_id = self.city_id

        city_name = self.city_name

        country_code = self.country_code

        created_at = self.created_at.isoformat()

        description = self.description

        gcom_id: None | str
        gcom_id = self.gcom_id

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = self.id

        kind = self.kind.value

        pairing_id: None | str
        pairing_id = self.pairing_id

        partner: dict[str, Any] | None
        if isinstance(self.partner, PartnerRead):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        period_start = self.period_start.isoformat()

        pillars = self.pillars

        regional_covenant: None | str
        regional_covenant = self.regional_covenant

        review_comments: None | str
        review_comments = self.review_comments

        signatory_id: None | str
        signatory_id = self.signatory_id

        state = self.state.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved_at": approved_at,
                "city_id": city_id,
                "city_name": city_name,
                "country_code": country_code,
                "created_at": created_at,
                "description": description,
                "gcom_id": gcom_id,
                "history": history,
                "id": id,
                "kind": kind,
                "pairing_id": pairing_id,
                "partner": partner,
                "period_end": period_end,
                "period_start": period_start,
                "pillars": pillars,
                "regional_covenant": regional_covenant,
                "review_comments": review_comments,
                "signatory_id": signatory_id,
                "state": state,
                "submitted_at": submitted_at,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_read import PartnerRead  # noqa: PLC0415
        from ..models.plan_transition_read import PlanTransitionRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        def _parse_city_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city_id = _parse_city_id(d.pop("city_id"))

        city_name = d.pop("city_name")

        country_code = d.pop("country_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        def _parse_gcom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gcom_id = _parse_gcom_id(d.pop("gcom_id"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = PlanTransitionRead.from_dict(history_item_data)

            history.append(history_item)

        id = d.pop("id")

        kind = PlanKind(d.pop("kind"))

        def _parse_pairing_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pairing_id = _parse_pairing_id(d.pop("pairing_id"))

        def _parse_partner(data: object) -> None | PartnerRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = PartnerRead.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerRead, data)

        partner = _parse_partner(d.pop("partner"))

        def _parse_period_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_end = _parse_period_end(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        pillars = cast(list[str], d.pop("pillars"))

        def _parse_regional_covenant(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        regional_covenant = _parse_regional_covenant(d.pop("regional_covenant"))

        def _parse_review_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_comments = _parse_review_comments(d.pop("review_comments"))

        def _parse_signatory_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signatory_id = _parse_signatory_id(d.pop("signatory_id"))

        state = PlanState(d.pop("state"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        plan_read = cls(
            approved_at=approved_at,
            city_id=city_id,
            city_name=city_name,
            country_code=country_code,
            created_at=created_at,
            description=description,
            gcom_id=gcom_id,
            history=history,
            id=id,
            kind=kind,
            pairing_id=pairing_id,
            partner=partner,
            period_end=period_end,
            period_start=period_start,
            pillars=pillars,
            regional_covenant=regional_covenant,
            review_comments=review_comments,
            signatory_id=signatory_id,
            state=state,
            submitted_at=submitted_at,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        plan_read.additional_properties = d
        return plan_read

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
