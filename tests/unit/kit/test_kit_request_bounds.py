"""Every request body of every service is bounded: each string has a maxLength, each list a
maxItems, each dict a maxProperties, each integer a minimum and a maximum a 64-bit column holds,
and no number may be infinite. Read from the published document of each service, so the bounds
partners see are the ones checked. (That a bound fits its column is the model's business: a
String(n) column takes at most n, an Integer column at most 2,147,483,647.)"""

from __future__ import annotations

import importlib
import typing
from functools import cache

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError

from services.covenant.schemas import BatchItem
from shared.catalog import SERVICES
from shared.schemas import StrictInput
from tests.unit.kit.kitsupport import unbounded

NAMES = [e.name for e in SERVICES]
# A body the route validates item by item (to answer 207 per item) declares its items as free
# objects; what bounds each item is the model it is validated with.
ITEMS_VALIDATED_AS = {("covenant", "batch_upsert_signatories"): BatchItem}


@cache
def app_of(name: str) -> FastAPI:
    return importlib.import_module(f"services.{name}.app").build_app()


def routes(candidates) -> typing.Iterator[APIRoute]:
    for r in candidates:
        if isinstance(r, APIRoute):
            yield r
        elif hasattr(r, "original_router"):  # an included router (FastAPI 0.16x)
            yield from routes(r.original_router.routes)
        elif hasattr(r, "routes"):
            yield from routes(r.routes)


def body_models(tp: object, out: set[type[BaseModel]]) -> set[type[BaseModel]]:
    """The models a body annotation is made of, nested ones included."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if tp not in out:
            out.add(tp)
            for f in tp.model_fields.values():
                body_models(f.annotation, out)
        return out
    for arg in typing.get_args(tp):
        body_models(arg, out)
    return out


def bodies(name: str) -> list[tuple[str, dict]]:
    """(operationId, schema) of each JSON request body in the service's document."""
    doc = app_of(name).openapi()
    found = []
    for ops in doc["paths"].values():
        for op in ops.values():
            schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if schema is not None:
                found.append((op["operationId"], schema))
    return found


def test_bodies_are_found():
    assert sum(len(bodies(n)) for n in NAMES) >= 50


@pytest.mark.parametrize("name", NAMES)
def test_every_field_of_every_request_body_is_bounded(name: str):
    components = app_of(name).openapi()["components"]["schemas"]
    problems = []
    for operation, schema in bodies(name):
        model = ITEMS_VALIDATED_AS.get((name, operation))
        if model is not None:
            schema = model.model_json_schema()
            problems += [f"{operation}: {p}" for p in unbounded(schema, schema.get("$defs", {}), model.__name__, ints=True)]
            continue
        problems += [f"{operation}: {p}" for p in unbounded(schema, components, operation, ints=True)]
    assert not problems, f"{name}: bound these request fields:\n" + "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("name", NAMES)
def test_every_request_model_refuses_infinity(name: str):
    # JSON has no infinity, but the body parser reads `Infinity` and `NaN`: a model takes finite numbers.
    models: set[type[BaseModel]] = set(ITEMS_VALIDATED_AS.values())
    for route in routes(app_of(name).routes):
        for param in route.dependant.body_params:
            body_models(param.field_info.annotation, models)
    assert models
    loose = sorted(m.__name__ for m in models if m.model_config.get("allow_inf_nan", True))
    assert not loose, f"{name}: these request models take infinite numbers (make them StrictInput): {loose}"
    assert all(issubclass(m, StrictInput) for m in models)


@pytest.mark.parametrize("name", NAMES)
def test_every_number_field_of_every_request_model_refuses_a_boolean(name: str):
    # JSON Schema's "integer"/"number" admit no true/false; pydantic's lax mode would read them as 1/0
    # (a PATCH of a city with "population": false was accepted once NotNull wrapped the field).
    models: set[type[BaseModel]] = set(ITEMS_VALIDATED_AS.values())
    for route in routes(app_of(name).routes):
        for param in route.dependant.body_params:
            body_models(param.field_info.annotation, models)
    numbers = [(m, f) for m in models for f, prop in m.model_json_schema()["properties"].items() if is_number(prop)]
    assert numbers or name == "knowledge"
    taken = []
    for model, field in numbers:
        try:
            model.__pydantic_validator__.validate_assignment(model.model_construct(), field, False)
        except ValidationError as exc:
            if not any(e["type"] == "number_type" for e in exc.errors()):
                taken.append(f"{model.__name__}.{field}: {exc.errors()[0]['type']}")
        else:
            taken.append(f"{model.__name__}.{field}: accepted")
    assert not taken, f"{name}: these number fields do not refuse a boolean as a number: {taken}"


def is_number(prop: dict) -> bool:
    """Whether a property's schema is a number (or a number or null), as a client reads it."""
    kinds = {prop.get("type")} | {alt.get("type") for alt in prop.get("anyOf", [])}
    return bool(kinds & {"integer", "number"}) and not kinds & {"boolean", "string", "object", "array"}


def test_an_unbounded_body_is_named():
    class Loose(StrictInput):
        count: int
        note: str

    problems = unbounded(Loose.model_json_schema(), {}, "Loose", ints=True)
    assert problems == [
        "Loose.count: an integer without a minimum and a maximum a 64-bit column holds",
        "Loose.note: a string without maxLength",
    ]
