"""Request bodies for generated operations, built from their wire JSON.

The commands know each operation by its operationId (the generated module's name) and its
body by the wire format the API documents; the generated model class of the body is looked up
on the operation itself, so a renamed schema in the document does not break a command.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any


def body_class(operation: Any) -> type:
    """The generated model class of `operation`'s `body` parameter."""
    hint = typing.get_type_hints(operation.sync_detailed)["body"]
    candidates = (
        typing.get_args(hint) if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union else (hint,)
    )
    for c in candidates:
        if isinstance(c, type) and hasattr(c, "from_dict"):
            return c
    raise TypeError(f"{operation.__name__} takes no JSON object body ({hint!r})")


def json_body(operation: Any, data: dict[str, Any]) -> Any:
    """`data` (the wire JSON) as the body model `operation` takes."""
    return body_class(operation).from_dict(data)


def arg(operation: Any, name: str, value: Any) -> Any:
    """`value` as `operation` takes its parameter `name`: a string becomes the generated enum
    when the document declares one (the values are the wire's)."""
    hint = typing.get_type_hints(operation.sync_detailed).get(name)
    for c in typing.get_args(hint) or (hint,):
        if isinstance(c, type) and issubclass(c, enum.Enum):
            return c(value)
    return value
