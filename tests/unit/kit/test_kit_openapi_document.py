"""The kit's finishing of a service's OpenAPI document (shared/openapi.py), on a small app."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, FastAPI, Query, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel

from shared.concurrency import IfMatch, set_etag
from shared.importjobs import CSV_UPLOAD
from shared.openapi import PROBLEM_SCHEMAS, install_openapi
from shared.problems import PROBLEM_JSON


class Thing(BaseModel):
    name: str


class Verdict(BaseModel):
    reason: str


router = APIRouter(prefix="/v1/things", tags=["things"])


@router.get("")
async def list_things(page_token: Annotated[str | None, Query()] = None) -> list[Thing]:
    """Things, a page at a time."""
    return []


@router.post("", status_code=201)
async def create_thing(body: Thing, response: Response) -> Thing:
    """Create a thing."""
    response.headers["Location"] = "/v1/things/1"
    set_etag(response, 1)
    return body


@router.get("/{thing_id}", responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}})
async def get_thing(thing_id: str, response: Response) -> Thing:
    """One thing; Accept: text/csv for a CSV line."""
    set_etag(response, 1)
    return Thing(name=thing_id)


@router.delete("/{thing_id}", status_code=204)
async def delete_thing(thing_id: str, if_match: IfMatch = None) -> None:
    """Delete a thing."""


@router.post("/{thing_id}:judge")
async def judge_thing(thing_id: str, body: Verdict | None = None) -> Thing:
    """Judge a thing, with an optional verdict."""
    return Thing(name=thing_id)


@router.post("/imports", status_code=202, openapi_extra=CSV_UPLOAD, response_class=PlainTextResponse)
async def import_things(request: Request) -> str:
    """Import things from a CSV body."""
    return "ok"


def document() -> dict:
    app = FastAPI()
    app.include_router(router)
    install_openapi(app)
    return app.openapi()


def op(doc: dict, path: str, method: str) -> dict:
    return doc["paths"][path][method]


def errors(operation: dict) -> set[int]:
    return {int(s) for s in operation["responses"] if s[0] in "45"}


def test_every_error_is_the_one_problem_schema_and_fastapi_own_422_is_gone():
    doc = document()
    schemas = doc["components"]["schemas"]
    assert "HTTPValidationError" not in schemas and "ValidationError" not in schemas
    assert schemas["Problem"] == PROBLEM_SCHEMAS["Problem"]
    assert {"type", "title", "status", "detail", "instance", "errors", "request_id"} <= set(schemas["Problem"]["properties"])
    for item in doc["paths"].values():
        for operation in item.values():
            for status, answer in operation["responses"].items():
                if status[0] in "45":
                    assert answer["content"] == {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}, status


def test_the_statuses_follow_from_what_an_operation_takes():
    doc = document()
    # 503 everywhere: the database may be lost or busy (decision 0024).
    assert errors(op(doc, "/v1/things", "get")) == {400, 401, 403, 422, 503}  # page_token: a foreign token is 400
    assert errors(op(doc, "/v1/things", "post")) == {400, 401, 403, 409, 413, 415, 422, 503}
    assert errors(op(doc, "/v1/things/{thing_id}", "get")) == {401, 403, 404, 422, 503}
    assert errors(op(doc, "/v1/things/{thing_id}", "delete")) == {401, 403, 404, 409, 412, 422, 503}  # every write: 409
    assert op(doc, "/v1/things", "get")["responses"]["503"]["headers"]["Retry-After"]["schema"]["type"] == "integer"


def test_posts_take_an_idempotency_key_and_csv_exports_an_accept_header():
    doc = document()
    names = {p["name"] for p in op(doc, "/v1/things", "post")["parameters"]}
    assert "Idempotency-Key" in names
    assert "Idempotency-Key" not in {p["name"] for p in op(doc, "/v1/things", "get")["parameters"]}
    accept = next(p for p in op(doc, "/v1/things/{thing_id}", "get")["parameters"] if p["name"] == "Accept")
    assert accept["in"] == "header" and accept["schema"] == {"type": "string"} and "text/csv" in accept["description"]


def test_etag_and_location_are_documented_where_the_route_sets_them():
    doc = document()
    created = op(doc, "/v1/things", "post")["responses"]["201"]["headers"]
    assert set(created) == {"ETag", "Location"}
    assert set(op(doc, "/v1/things/{thing_id}", "get")["responses"]["200"]["headers"]) == {"ETag"}
    assert "headers" not in op(doc, "/v1/things", "get")["responses"]["200"]


def test_an_optional_body_is_not_nullable_and_a_csv_upload_is_raw_bytes():
    doc = document()
    body = op(doc, "/v1/things/{thing_id}:judge", "post")["requestBody"]
    assert not body.get("required")
    assert body["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Verdict"}
    upload = op(doc, "/v1/things/imports", "post")["requestBody"]["content"]
    assert upload["application/octet-stream"]["schema"]["format"] == "binary"
