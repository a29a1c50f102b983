"""A signatories file as batchUpsert items.

The file is read by the very reader the covenant service's import uses
(`services.covenant.import_files.parse_signatories`), with the regional covenant map the
service itself serves, so a sync states each signatory exactly as an import of the same file
does: an import followed by a sync (or a sync run twice) changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iuc_cli.client import UsageError
from services.covenant.domain import RegionalCovenantMap
from services.covenant.import_files import SIGNATORIES, SignatoryRow, Warnings, check_header, parse_signatories
from services.covenant.records import SignatoryData
from shared.importjobs import BadFile, RowError


@dataclass
class SignatoryFile:
    """The usable rows of a file as items, and why the others are left out."""

    items: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[RowError] = field(default_factory=list)


def covenant_map(served: dict[str, list[str]]) -> RegionalCovenantMap:
    """The service's `{covenant: [countries]}` answer as the reader's map."""
    return RegionalCovenantMap({country.upper(): covenant for covenant, countries in served.items() for country in countries})


def item_of(gcom_id: str, d: SignatoryData) -> dict[str, Any]:
    """One signatory as a BatchItem (the wire JSON of `POST /v1/covenant/signatories:batchUpsert`)."""
    item: dict[str, Any] = {
        "gcom_id": gcom_id,
        "organisation_id": d.organisation_id,
        "name": d.name,
        "country_code": d.country_code,
        "population": d.population,
        "latitude": d.latitude,
        "longitude": d.longitude,
        "adhesion_date": d.adhesion_date.isoformat(),
        "adhesion_type": d.adhesion_type,
        "group_profile": d.group_profile,
        "reporting_expected": d.reporting_expected,
        "coordinators": d.coordinators,
        "supporters": d.supporters,
        "commitments": [{"pillar": p, "generation": g, "committed_on": on.isoformat()} for p, g, on in d.commitments],
    }
    if d.group_organisation_id or d.group_name:
        item["group"] = {"organisation_id": d.group_organisation_id, "name": d.group_name}
    if d.reported_status:
        item["reported_status"] = d.reported_status
    return item


def read_signatories(path: Path, covenants: RegionalCovenantMap, only_covenant: str | None = None) -> SignatoryFile:
    """The MyCovenant signatories file at `path` as items; rows without a GCoM id cannot be synced."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        check_header(SIGNATORIES, text)
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text: {exc}") from exc
    except BadFile as exc:
        raise UsageError(f"{path}: {exc}") from exc
    result = SignatoryFile()
    first_row: dict[str, int] = {}
    for row in parse_signatories(text, covenants, Warnings()):
        if isinstance(row, RowError):
            result.skipped.append(row)
        elif not isinstance(row, SignatoryRow) or row.gcom_id is None:
            result.skipped.append(
                RowError(row.row, "no gcom_id: the batch upsert keys signatories by it", row.data.organisation_id)
            )
        elif row.gcom_id in first_row:
            # As the import does, the first row keeps the GCoM id; a sync of the later one would
            # overwrite the first signatory with another organisation's data on every run.
            reason = f"gcom_id {row.gcom_id} repeats row {first_row[row.gcom_id]}"
            result.skipped.append(RowError(row.row, reason, row.data.organisation_id))
        else:
            first_row[row.gcom_id] = row.row
            if only_covenant is None or covenants.covenant_of(row.data.country_code) == only_covenant:
                result.items.append(item_of(row.gcom_id, row.data))
    return result
