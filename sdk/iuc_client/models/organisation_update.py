from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.size_band import SizeBand
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationUpdate")


@_attrs_define
class OrganisationUpdate:
    """Fields to change; absent fields stay as they are.

    Attributes:
        description (None | str | Unset):
        keywords (list[str] | None | Unset):
        nace_codes (list[str] | None | Unset):
        name (None | str | Unset):
        size_band (None | SizeBand | Unset):
        website (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    nace_codes: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    size_band: None | SizeBand | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        nace_codes: list[str] | None | Unset
        if isinstance(self.nace_codes, Unset):
            nace_codes = UNSET
        elif isinstance(self.nace_codes, list):
            nace_codes = self.nace_codes

        else:
            nace_codes = self.nace_codes

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        size_band: None | str | Unset
        if isinstance(self.size_band, Unset):
            size_band = UNSET
        elif isinstance(self.size_band, SizeBand):
            size_band = self.size_band.value
        else:
            size_band = self.size_band

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if nace_codes is not UNSET:
            field_dict["nace_codes"] = nace_codes
        if name is not UNSET:
            field_dict["name"] = name
        if size_band is not UNSET:
            field_dict["size_band"] = size_band
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_nace_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nace_codes_type_0 = cast(list[str], data)

                return nace_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        nace_codes = _parse_nace_codes(d.pop("nace_codes", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_size_band(data: object) -> None | SizeBand | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_band_type_0 = SizeBand(data)

                return size_band_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SizeBand | Unset, data)

        size_band = _parse_size_band(d.pop("size_band", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organisation_update = cls(
            description=description,
            keywords=keywords,
            nace_codes=nace_codes,
            name=name,
            size_band=size_band,
            website=website,
        )

        return organisation_update
