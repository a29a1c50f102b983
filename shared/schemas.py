"""Wire-model bases every service shares: strict input, output read from ORM objects, and
the import resource."""

from __future__ import annotations

import re
from datetime import date, datetime
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

# The whitespace a text field is trimmed of, spelled out so that the schema's pattern means the
# same in every regex dialect (Python, Rust, ECMA): `\s` differs between them.
_BLANK = " \t\n\r\f\v"
_BLANK_CLASS = r"[ \t\n\r\f\v]"


def _trimmed(value: str) -> str:
    return value.strip(_BLANK)


def text_pattern(min_length: int) -> str | None:
    """A pattern that holds when the text, trimmed, is at least `min_length` characters long."""
    if min_length <= 0:
        return None
    if min_length == 1:
        return f"[^{_BLANK_CLASS[1:-1]}]"
    inner = f"[\\s\\S]{{{min_length - 2},}}"
    return f"^{_BLANK_CLASS}*[^{_BLANK_CLASS[1:-1]}]{inner}[^{_BLANK_CLASS[1:-1]}]{_BLANK_CLASS}*$"


def _full_date(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise PydanticCustomError("date_from_datetime_parsing", "Input should be a date as YYYY-MM-DD")
    return value


# A date as the schema's `format: date` (RFC 3339 full-date) says: not a number of seconds,
# which pydantic's lax mode would read from a query string such as `?adhered_to=0`.
FullDate = Annotated[date, BeforeValidator(_full_date)]


def _trimmed_lower(value: str) -> str:
    return value.strip(_BLANK).lower()


def Text(min_length: int = 0, max_length: int | None = None, *, lower: bool = False) -> Any:
    """A text field at most `max_length` long as sent and at least `min_length` long once trimmed of
    surrounding whitespace (and lower-cased if asked), with a schema that says exactly that (a
    pattern over the text as sent), so a value that passes the schema is never refused for it."""
    return Annotated[
        str,
        StringConstraints(min_length=min_length or None, max_length=max_length, pattern=text_pattern(min_length)),
        AfterValidator(_trimmed_lower if lower else _trimmed),
    ]


def _refuse_null(value: Any) -> Any:
    if value is None:
        raise PydanticCustomError("not_null", "Input should not be null: leave the field out to keep its value")
    return value


def NotNull(annotation: Any) -> Any:
    """A field of a PATCH body that may be left out (it keeps its value) but not sent as null: the
    column holds a value. The schema says so (no `null`); a null answers 422 naming the field, not a
    500 from the database's NOT NULL. (Defaults are not validated, so an absent field passes.)

    The type stays the bare `annotation`, not a union with None: a union would make pydantic report
    every branch it tried, with pointers such as `/locations/list[Location]/0/country_code`."""
    return Annotated[annotation, BeforeValidator(_refuse_null)]


def rule_broken(code: str, message: str) -> PydanticCustomError:
    """The error a validator raises for a rule the schema cannot state (an order between two
    fields, say): a 422 whose `errors[].code` names the rule, so clients and the contract tests
    can tell it from a malformed value."""
    return PydanticCustomError(code, message)


def _unannotated(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _is_kind(annotation: Any, kinds: tuple[type, ...]) -> bool:
    """Whether a field's type is one of `kinds` (or a union of them and None)."""
    if get_origin(annotation) is Annotated:
        return _is_kind(get_args(annotation)[0], kinds)
    if get_origin(annotation) in (Union, UnionType):
        # None, also an Annotated None (`SkipJsonSchema[None]`), is not a kind.
        args = [a for a in get_args(annotation) if _unannotated(a) is not type(None)]
        return bool(args) and all(_is_kind(a, kinds) for a in args)
    return isinstance(annotation, type) and issubclass(annotation, kinds)


def _is_number(annotation: Any) -> bool:
    """Whether a field's type is a number (int, float, or one of them or None), and not a boolean."""
    return _is_kind(annotation, (int, float)) and not _is_kind(annotation, (bool,))


# (model, field) -> what JSON type its schema says: "number", "boolean", "date" or "" (any).
_JSON_KINDS: dict[tuple[type, str], str] = {}


def _json_kind(model: type[BaseModel], name: str) -> str:
    kind = _JSON_KINDS.get((model, name))
    if kind is None:
        annotation = model.model_fields[name].annotation
        if _is_kind(annotation, (bool,)):
            kind = "boolean"
        elif _is_number(annotation):
            kind = "number"
        elif _is_kind(annotation, (date, datetime)):
            kind = "date"
        else:
            kind = ""
        _JSON_KINDS[(model, name)] = kind
    return kind


class StrictInput(BaseModel):
    """A request body: unknown fields are refused (422), so a typo is never silently dropped; a number
    is finite (JSON has no infinity, but Python's parser reads `Infinity` and `NaN`, which no answer
    could carry back)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _json_types_as_the_schema_says(cls, value: Any, info: ValidationInfo) -> Any:
        # Pydantic's lax mode reads true/false as 1/0 where a number is declared, 0/1 as
        # false/true where a boolean is, and a number as seconds since 1970 where a date is;
        # the schema says "integer"/"number", "boolean" and "string" with `format: date`, and
        # JSON Schema counts none of those as the other. A field's own validators run after this.
        if not info.field_name or not isinstance(value, int | float):
            return value
        kind = _json_kind(cls, info.field_name)
        if kind == "number" and isinstance(value, bool):
            raise PydanticCustomError("number_type", "Input should be a number, not a boolean")
        if kind == "boolean" and not isinstance(value, bool):
            raise PydanticCustomError("bool_type", "Input should be true or false, not a number")
        if kind == "date":
            raise PydanticCustomError("date_type", "Input should be a date or date-time string, not a number")
        return value


class ReadModel(BaseModel):
    """A response body, built from an ORM object by its attributes (`model_validate(row)`)."""

    model_config = ConfigDict(from_attributes=True)


class ImportRowError(ReadModel):
    """Why one row of an imported file was not used."""

    row: int = Field(description="Line number in the file, the header being line 1.")
    key: str | None = Field(None, description="The row's own identifier, when it has one.")
    reason: str


class ImportRead(ReadModel):
    """A bulk import: its state, counts and the rows that failed."""

    id: str
    format: str
    status: str = Field(description="queued | running | succeeded | failed")
    total: int
    created: int
    updated: int
    unchanged: int
    failed: int
    errors: list[ImportRowError]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
