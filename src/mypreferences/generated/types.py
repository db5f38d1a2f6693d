"""Contains some shared types for properties"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from .errors import ResponseShapeError

try:
    from msgspec.json import decode as _fast_decode
except ImportError:  # msgspec (extras "speedups", "aiohttp") is optional
    _fast_decode = None


class Unset:
    """Type of ``UNSET``: "not given" for the optional parameters of the API functions (models use ``None``)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# Default of ``dict.get`` in the models' ``from_dict``: tells a missing key from an explicit ``null``.
ABSENT: Any = object()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint (``status_code`` is a plain ``int`` when ``http.HTTPStatus`` has no member)."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def status_of(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)``, or ``code`` itself for a status Python does not know (520, 499, ...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def loads_json(content: bytes) -> Any:
    """Decode a JSON body to the values ``json.loads`` gives, with msgspec when it is installed (2x faster).

    What msgspec refuses (NaN, 1e400, lone surrogates, a BOM, UTF-16) is decoded by ``json.loads``.
    """
    if _fast_decode is not None:
        try:
            return _fast_decode(content)
        except ValueError:
            pass
    return json.loads(content)


def as_dict(value: object) -> dict[str, Any]:
    """A JSON object given to ``from_dict`` as a ``dict``; anything else is a ``ResponseShapeError``."""
    if isinstance(value, Mapping):
        return dict(value)
    raise ResponseShapeError(None, "object", value, value)


def parse_array(parse_item: Callable[[Any], T], value: object) -> list[T]:
    """Parse a JSON array of objects with ``parse_item`` (a model's ``from_dict``); a null item stays None."""
    if not isinstance(value, list):
        raise ResponseShapeError(None, "array", value, value)
    try:
        return [None if item is None else parse_item(item) for item in value]  # type: ignore[misc]
    except ResponseShapeError as exc:
        index = next((i for i, item in enumerate(value) if item is exc._holder), "?")
        exc._segments.append(f"[{index}]")
        exc._holder = value
        raise


def model_repr(model: Any, names: tuple[str, ...]) -> str:
    """``Name(field=value, ...)`` listing only the fields that are set (and unknown keys, when any)."""
    parts = [
        f"{name}={value!r}"
        for name in names
        if (value := getattr(model, name)) is not None
    ]
    if model.additional_properties:
        parts.append(f"additional_properties={model.additional_properties!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


__all__ = ["ABSENT", "UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
