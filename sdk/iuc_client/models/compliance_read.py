from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signatory_status import SignatoryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compliance_read_missing_item import ComplianceReadMissingItem
    from ..models.deadline_policy_read import DeadlinePolicyRead
    from ..models.target_progress import TargetProgress


T = TypeVar("T", bound="ComplianceRead")


@_attrs_define
class ComplianceRead:
    """
    Attributes:
        assessed_on (datetime.date | None):
        badges (list[str]):
        gcom_id (None | str):
        missing (list[ComplianceReadMissingItem]):
        next_change_on (datetime.date | None):
        policy (DeadlinePolicyRead):
        regional_covenant (str):
        signatory_id (str):
        status (SignatoryStatus):
        targets (list[TargetProgress] | Unset):
    """

    assessed_on: datetime.date | None
    badges: list[str]
    gcom_id: None | str
    missing: list[ComplianceReadMissingItem]
    next_change_on: datetime.date | None
    policy: DeadlinePolicyRead
    regional_covenant: str
    signatory_id: str
    status: SignatoryStatus
    targets: list[TargetProgress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessed_on: None | str
        if isinstance(self.assessed_on, datetime.date):
            assessed_on = self.assessed_on.isoformat()
        else:
            assessed_on = self.assessed_on

        badges = self.badges

        gcom_id: None | str
        gcom_id = self.gcom_id

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        next_change_on: None | str
        if isinstance(self.next_change_on, datetime.date):
            next_change_on = self.next_change_on.isoformat()
        else:
            next_change_on = self.next_change_on

        policy = self.policy.to_dict()

        regional_covenant = self.regional_covenant

        signatory_id = self.signatory_id

        status = self.status.value

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessed_on": assessed_on,
                "badges": badges,
                "gcom_id": gcom_id,
                "missing": missing,
                "next_change_on": next_change_on,
                "policy": policy,
                "regional_covenant": regional_covenant,
                "signatory_id": signatory_id,
                "status": status,
            }
        )
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_read_missing_item import ComplianceReadMissingItem  # noqa: PLC0415
        from ..models.deadline_policy_read import DeadlinePolicyRead  # noqa: PLC0415
        from ..models.target_progress import TargetProgress  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assessed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_on_type_0 = datetime.date.fromisoformat(data)

                return assessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        assessed_on = _parse_assessed_on(d.pop("assessed_on"))

        badges = cast(list[str], d.pop("badges"))

        def _parse_gcom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gcom_id = _parse_gcom_id(d.pop("gcom_id"))

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = ComplianceReadMissingItem.from_dict(missing_item_data)

            missing.append(missing_item)

        def _parse_next_change_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_change_on_type_0 = datetime.date.fromisoformat(data)

                return next_change_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_change_on = _parse_next_change_on(d.pop("next_change_on"))

        policy = DeadlinePolicyRead.from_dict(d.pop("policy"))

        regional_covenant = d.pop("regional_covenant")

        signatory_id = d.pop("signatory_id")

        status = SignatoryStatus(d.pop("status"))

        _targets = d.pop("targets", UNSET)
        targets: list[TargetProgress] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = TargetProgress.from_dict(targets_item_data)

                targets.append(targets_item)

        compliance_read = cls(
            assessed_on=assessed_on,
            badges=badges,
            gcom_id=gcom_id,
            missing=missing,
            next_change_on=next_change_on,
            policy=policy,
            regional_covenant=regional_covenant,
            signatory_id=signatory_id,
            status=status,
            targets=targets,
        )

        compliance_read.additional_properties = d
        return compliance_read

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
