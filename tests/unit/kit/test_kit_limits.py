"""The table of body limits (shared/limits.py): what it answers, that it names real operations,
that the real files and the largest real sync fit, and that the contract says each limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi import FastAPI
from pydantic import BaseModel

from services.covenant.domain import RegionalCovenantMap
from services.covenant.import_files import SignatoryRow, Warnings, parse_signatories
from services.covenant.schemas import BatchItem
from shared.importjobs import CSV_UPLOAD
from shared.limits import BULK_BODY, CSV_IMPORT, FORM_BODY, JSON_BODY, LIMITS, MiB, body_limit, size_text, too_large_detail
from shared.openapi import install_openapi

REAL = Path(__file__).resolve().parents[4] / "shared" / "data" / "real"
BATCH_MAX_ITEMS = 1000  # services/covenant/routes.py: batch_upsert_signatories takes up to 1,000


def test_an_operation_outside_the_table_takes_the_json_default():
    assert body_limit("POST", "/v1/knowledge/practices") == JSON_BODY
    assert body_limit("PATCH", "/v1/cities/0190a0b0-0000-7000-8000-000000000000") == JSON_BODY
    # The limit is the operation's: the same path with another method, or a longer path, is not it.
    assert body_limit("GET", "/v1/covenant/imports") == JSON_BODY
    assert body_limit("POST", "/v1/covenant/imports/extra") == JSON_BODY
    assert body_limit("POST", "/v1/covenant/importsx") == JSON_BODY


def test_the_bulk_and_import_operations_take_more():
    assert body_limit("POST", "/v1/covenant/signatories:batchUpsert") == BULK_BODY
    assert body_limit("POST", "/v1/covenant/imports") == CSV_IMPORT
    assert body_limit("POST", "/v1/cities/imports") == CSV_IMPORT
    assert body_limit("POST", "/oauth/token") == FORM_BODY
    assert FORM_BODY < JSON_BODY < BULK_BODY < CSV_IMPORT


def test_a_template_matches_one_segment_per_parameter():
    from shared.limits import OperationLimit

    op = OperationLimit("PUT", "/v1/things/{thing_id}:attach", 5, "test")
    assert op.pattern.match("/v1/things/abc:attach")
    assert not op.pattern.match("/v1/things/a/b:attach")
    assert not op.pattern.match("/v1/things/abc:attachX")


def test_sizes_read_as_people_say_them():
    assert size_text(2 * MiB) == "2 MiB"
    assert size_text(16 * 1024) == "16 KiB"
    assert size_text(1000) == "1000 bytes"
    assert too_large_detail(32 * MiB) == "The request body is larger than 32 MiB, the limit for this operation."


def test_every_operation_in_the_table_is_one_the_platform_serves():
    from gateway.contract import merged_document

    paths = merged_document()["paths"]
    for op in LIMITS:
        assert op.method.lower() in paths.get(op.path, {}), f"{op.method} {op.path} is not an operation of the platform"
        assert "requestBody" in paths[op.path][op.method.lower()]


def test_every_operation_with_a_body_documents_its_limit():
    from gateway.contract import service_documents

    seen = 0
    for doc in service_documents().values():
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if "requestBody" not in op:
                    continue
                seen += 1
                limit = body_limit(method.upper(), path)
                assert op["x-body-limit"] == limit, (method, path)
                assert f"larger than {size_text(limit)}" in op["responses"]["413"]["description"]
    assert seen > 40


def test_the_largest_real_csv_file_fits_the_import_limit_with_room():
    largest = max(f.stat().st_size for f in REAL.glob("*.csv"))
    assert largest > 8_000_000  # the JRC inventories: if this moves, size the limit again
    assert CSV_IMPORT >= 3 * largest


def test_the_largest_real_sync_fits_the_bulk_limit_with_room():
    """The 1,000 largest real signatories as BatchItems, with every commitment and an ETag, pretty-printed
    and with every non-ASCII character escaped (the most a usual JSON library writes)."""
    text = (REAL / "gcom_mycovenant_signatories_2024.csv").read_text(encoding="utf-8-sig")
    sizes = []
    for row in parse_signatories(text, RegionalCovenantMap.from_csv(), Warnings()):
        if not isinstance(row, SignatoryRow) or not row.gcom_id:
            continue
        d = row.data
        item = {
            "gcom_id": row.gcom_id,
            "if_match": '"123"',
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
            "group": {"organisation_id": d.group_organisation_id, "name": d.group_name},
            "coordinators": d.coordinators,
            "supporters": d.supporters,
            "commitments": [
                {"pillar": p, "generation": g, "committed_on": on.isoformat()}
                for p, g in (("mitigation", "CoM2030"), ("adaptation", "CoM2030"), ("energy_access", "GCoM"))
                for on in [d.adhesion_date]
            ],
            "reported_status": d.reported_status,
        }
        BatchItem.model_validate(item)  # a legitimate item, as the route takes it
        sizes.append(len(json.dumps(item, indent=2)))
    assert len(sizes) > 10_000
    largest_batch = len(json.dumps({"items": []})) + sum(sorted(sizes)[-BATCH_MAX_ITEMS:]) + 4 * BATCH_MAX_ITEMS
    assert largest_batch < BULK_BODY / 4, largest_batch


class Thing(BaseModel):
    name: str


@pytest.mark.parametrize(("path", "limit"), [("/v1/covenant/imports", CSV_IMPORT), ("/v1/things", JSON_BODY)])
def test_the_document_states_the_limit_of_an_operation(path, limit):
    app = FastAPI()

    @app.post(path, openapi_extra=CSV_UPLOAD if "imports" in path else None)
    async def take(body: Thing | None = None) -> dict:
        return {}

    @app.get("/v1/other")
    async def read() -> dict:
        return {}

    install_openapi(app)
    doc = app.openapi()
    op = doc["paths"][path]["post"]
    assert op["x-body-limit"] == limit
    assert op["responses"]["413"]["description"] == (
        f"Payload too large. The body is larger than {size_text(limit)}, the limit for this operation."
    )
    assert "x-body-limit" not in doc["paths"]["/v1/other"]["get"]
