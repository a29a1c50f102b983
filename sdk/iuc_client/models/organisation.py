from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organisation_role import OrganisationRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organisation")


@_attrs_define
class Organisation:
    """
    Attributes:
        name (str):
        role (OrganisationRole):
        contact_role (None | str | Unset): The contact as a role (e.g. 'energy officer'), never a person's name or
            address.
    """

    name: str
    role: OrganisationRole
    contact_role: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        contact_role: None | str | Unset
        if isinstance(self.contact_role, Unset):
            contact_role = UNSET
        else:
            contact_role = self.contact_role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )
        if contact_role is not UNSET:
            field_dict["contact_role"] = contact_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = OrganisationRole(d.pop("role"))

        def _parse_contact_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_role = _parse_contact_role(d.pop("contact_role", UNSET))

        organisation = cls(
            name=name,
            role=role,
            contact_role=contact_role,
        )

        return organisation
