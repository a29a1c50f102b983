from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applications_state import ApplicationsState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applications_transition_read import ApplicationsTransitionRead
    from ..models.review_read import ReviewRead
    from ..models.review_summary_read import ReviewSummaryRead


T = TypeVar("T", bound="ApplicationRead")


@_attrs_define
class ApplicationRead:
    """
    Attributes:
        call_id (str):
        city_id (str):
        created_at (datetime.datetime):
        decided_at (datetime.datetime | None):
        decision_reason (None | str):
        history (list[ApplicationsTransitionRead]):
        id (str):
        member_city_ids (list[str]):
        planned_cooperation_months (int):
        reviews (list[ReviewRead]): In an applicant's view (a key of the lead or a member city) what the call's
            review_visibility lets it see: nothing for none, scores and recommendation for scores, also comments for full;
            never the reviewer.
        state (ApplicationsState): Where an application stands.
        submitted_at (datetime.datetime | None):
        summary (str):
        themes (list[str]):
        title (str):
        updated_at (datetime.datetime):
        version (int):
        invited_city_ids (list[str] | Unset): Cities invited to the group that have not answered yet: members only once
            they accept.
        review_summary (None | ReviewSummaryRead | Unset): The weighted scores of its reviews as they stood at the
            decision; null before it, and in an applicant's view when the call's review_visibility is none.
    """

    call_id: str
    city_id: str
    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    decision_reason: None | str
    history: list[ApplicationsTransitionRead]
    id: str
    member_city_ids: list[str]
    planned_cooperation_months: int
    reviews: list[ReviewRead]
    state: ApplicationsState
    submitted_at: datetime.datetime | None
    summary: str
    themes: list[str]
    title: str
    updated_at: datetime.datetime
    version: int
    invited_city_ids: list[str] | Unset = UNSET
    review_summary: None | ReviewSummaryRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.review_summary_read import ReviewSummaryRead  # noqa: PLC0415

        call_id = self.call_id

        city_id = self.city_id

        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_reason: None | str
        decision_reason = self.decision_reason

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = self.id

        member_city_ids = self.member_city_ids

        planned_cooperation_months = self.planned_cooperation_months

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        state = self.state.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        summary = self.summary

        themes = self.themes

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        invited_city_ids: list[str] | Unset = UNSET
        if not isinstance(self.invited_city_ids, Unset):
            invited_city_ids = self.invited_city_ids

        review_summary: dict[str, Any] | None | Unset
        if isinstance(self.review_summary, Unset):
            review_summary = UNSET
        elif isinstance(self.review_summary, ReviewSummaryRead):
            review_summary = self.review_summary.to_dict()
        else:
            review_summary = self.review_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "city_id": city_id,
                "created_at": created_at,
                "decided_at": decided_at,
                "decision_reason": decision_reason,
                "history": history,
                "id": id,
                "member_city_ids": member_city_ids,
                "planned_cooperation_months": planned_cooperation_months,
                "reviews": reviews,
                "state": state,
                "submitted_at": submitted_at,
                "summary": summary,
                "themes": themes,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if invited_city_ids is not UNSET:
            field_dict["invited_city_ids"] = invited_city_ids
        if review_summary is not UNSET:
            field_dict["review_summary"] = review_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applications_transition_read import ApplicationsTransitionRead  # noqa: PLC0415
        from ..models.review_read import ReviewRead  # noqa: PLC0415
        from ..models.review_summary_read import ReviewSummaryRead  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        city_id = d.pop("city_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = ApplicationsTransitionRead.from_dict(history_item_data)

            history.append(history_item)

        id = d.pop("id")

        member_city_ids = cast(list[str], d.pop("member_city_ids"))

        planned_cooperation_months = d.pop("planned_cooperation_months")

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = ReviewRead.from_dict(reviews_item_data)

            reviews.append(reviews_item)

        state = ApplicationsState(d.pop("state"))

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

        summary = d.pop("summary")

        themes = cast(list[str], d.pop("themes"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        invited_city_ids = cast(list[str], d.pop("invited_city_ids", UNSET))

        def _parse_review_summary(data: object) -> None | ReviewSummaryRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_summary_type_0 = ReviewSummaryRead.from_dict(data)

                return review_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewSummaryRead | Unset, data)

        review_summary = _parse_review_summary(d.pop("review_summary", UNSET))

        application_read = cls(
            call_id=call_id,
            city_id=city_id,
            created_at=created_at,
            decided_at=decided_at,
            decision_reason=decision_reason,
            history=history,
            id=id,
            member_city_ids=member_city_ids,
            planned_cooperation_months=planned_cooperation_months,
            reviews=reviews,
            state=state,
            submitted_at=submitted_at,
            summary=summary,
            themes=themes,
            title=title,
            updated_at=updated_at,
            version=version,
            invited_city_ids=invited_city_ids,
            review_summary=review_summary,
        )

        application_read.additional_properties = d
        return application_read

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
