from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_read_op import ChangeReadOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signatory_read import SignatoryRead


T = TypeVar("T", bound="ChangeRead")


@_attrs_define
class ChangeRead:
    """
    Attributes:
        gcom_id (None | str):
        op (ChangeReadOp):
        organisation_id (None | str):
        seq (int):
        signatory_id (str):
        signatory (None | SignatoryRead | Unset): The signatory as it is now; null for a delete (tombstone).
    """

    gcom_id: None | str
    op: ChangeReadOp
    organisation_id: None | str
    seq: int
    signatory_id: str
    signatory: None | SignatoryRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signatory_read import SignatoryRead  # noqa: PLC0415

        gcom_id: None | str
        gcom_id = self.gcom_id

        op = self.op.value

        organisation_id: None | str
        organisation_id = self.organisation_id

        seq = self.seq

        signatory_id = self.signatory_id

        signatory: dict[str, Any] | None | Unset
        if isinstance(self.signatory, Unset):
            signatory = UNSET
        elif isinstance(self.signatory, SignatoryRead):
            signatory = self.signatory.to_dict()
        else:
            signatory = self.signatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gcom_id": gcom_id,
                "op": op,
                "organisation_id": organisation_id,
                "seq": seq,
                "signatory_id": signatory_id,
            }
        )
        if signatory is not UNSET:
            field_dict["signatory"] = signatory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signatory_read import SignatoryRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_gcom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gcom_id = _parse_gcom_id(d.pop("gcom_id"))

        op = ChangeReadOp(d.pop("op"))

        def _parse_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        seq = d.pop("seq")

        signatory_id = d.pop("signatory_id")

        def _parse_signatory(data: object) -> None | SignatoryRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signatory_type_0 = SignatoryRead.from_dict(data)

                return signatory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatoryRead | Unset, data)

        signatory = _parse_signatory(d.pop("signatory", UNSET))

        change_read = cls(
            gcom_id=gcom_id,
            op=op,
            organisation_id=organisation_id,
            seq=seq,
            signatory_id=signatory_id,
            signatory=signatory,
        )

        change_read.additional_properties = d
        return change_read

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
