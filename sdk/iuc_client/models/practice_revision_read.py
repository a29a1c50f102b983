from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revision_state import RevisionState

if TYPE_CHECKING:
    from ..models.knowledge_field_change_read import KnowledgeFieldChangeRead
    from ..models.knowledge_transition_read import KnowledgeTransitionRead
    from ..models.revised_content import RevisedContent


T = TypeVar("T", bound="PracticeRevisionRead")


@_attrs_define
class PracticeRevisionRead:
    """
    Attributes:
        base_version (int): The practice's version (ETag) when the revision was opened.
        changes (list[KnowledgeFieldChangeRead]): The fields changed against the published text: against the practice as
            it is now while the revision is open, as they were when it was published or withdrawn once it is closed.
        content (RevisedContent): The practice's content as the revision would publish it.
        created_at (datetime.datetime):
        created_by (str):
        created_by_role (str):
        history (list[KnowledgeTransitionRead]):
        id (str):
        practice_id (str):
        published_at (datetime.datetime | None):
        published_by (None | str):
        state (RevisionState): Where a revision stands in its review.
        submitted_at (datetime.datetime | None):
        updated_at (datetime.datetime):
        version (int):
        withdrawn_at (datetime.datetime | None):
    """

    base_version: int
    changes: list[KnowledgeFieldChangeRead]
    content: RevisedContent
    created_at: datetime.datetime
    created_by: str
    created_by_role: str
    history: list[KnowledgeTransitionRead]
    id: str
    practice_id: str
    published_at: datetime.datetime | None
    published_by: None | str
    state: RevisionState
    submitted_at: datetime.datetime | None
    updated_at: datetime.datetime
    version: int
    withdrawn_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_version = self.base_version

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        created_by_role = self.created_by_role

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = self.id

        practice_id = self.practice_id

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        state = self.state.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        updated_at = self.updated_at.isoformat()

        version = self.version

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_version": base_version,
                "changes": changes,
                "content": content,
                "created_at": created_at,
                "created_by": created_by,
                "created_by_role": created_by_role,
                "history": history,
                "id": id,
                "practice_id": practice_id,
                "published_at": published_at,
                "published_by": published_by,
                "state": state,
                "submitted_at": submitted_at,
                "updated_at": updated_at,
                "version": version,
                "withdrawn_at": withdrawn_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_field_change_read import KnowledgeFieldChangeRead  # noqa: PLC0415
        from ..models.knowledge_transition_read import KnowledgeTransitionRead  # noqa: PLC0415
        from ..models.revised_content import RevisedContent  # noqa: PLC0415

        d = dict(src_dict)
        base_version = d.pop("base_version")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = KnowledgeFieldChangeRead.from_dict(changes_item_data)

            changes.append(changes_item)

        content = RevisedContent.from_dict(d.pop("content"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        created_by_role = d.pop("created_by_role")

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = KnowledgeTransitionRead.from_dict(history_item_data)

            history.append(history_item)

        id = d.pop("id")

        practice_id = d.pop("practice_id")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        state = RevisionState(d.pop("state"))

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)

                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))

        practice_revision_read = cls(
            base_version=base_version,
            changes=changes,
            content=content,
            created_at=created_at,
            created_by=created_by,
            created_by_role=created_by_role,
            history=history,
            id=id,
            practice_id=practice_id,
            published_at=published_at,
            published_by=published_by,
            state=state,
            submitted_at=submitted_at,
            updated_at=updated_at,
            version=version,
            withdrawn_at=withdrawn_at,
        )

        practice_revision_read.additional_properties = d
        return practice_revision_read

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
