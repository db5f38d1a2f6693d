"""Errors raised by the generated API functions and models."""

from typing import Any

_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
}


def json_type(value: object) -> str:
    """The JSON type name of a decoded JSON value (``"null"`` for ``None``)."""
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value)) or next(
        (name for cls, name in _JSON_TYPES.items() if isinstance(value, cls)),
        type(value).__name__,
    )


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseShapeError(ValueError):
    """A JSON value has the wrong type for its declared field (a list where an object is declared, a string
    where an integer is, ...), so the model cannot represent it.

    Everything else is accepted when parsing: unknown keys (kept in ``additional_properties``), missing or
    ``null`` fields (``None``), enum values the spec does not list (kept raw). ``path`` is the JSON path of the
    bad value, e.g. ``$.ProfilePreferences[3].PreferenceType``. The message names the path and the expected and
    received JSON types, never the value itself (values may be personal data).
    """

    def __init__(
        self, key: str | None, expected: str, value: object, holder: object
    ) -> None:
        super().__init__()
        self.expected = expected
        self.received = json_type(value)
        self._segments: list[str] = [] if key is None else [f".{key}"]
        self._holder = holder  # the JSON value the path so far starts from (to locate it in an array)

    @property
    def path(self) -> str:
        """JSON path of the bad value (``$`` is the value given to ``from_dict``)."""
        return "$" + "".join(reversed(self._segments))

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.received}"

    def __repr__(self) -> str:
        return f"ResponseShapeError({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore_shape_error, (self.path, self.expected, self.received))

    def within(
        self, key: str, holder: object, items: list[Any] | None = None
    ) -> "ResponseShapeError":
        """Prefix the path with ``key`` (and with the index of the failing item when it was in ``items``)."""
        if items is not None:
            index = next(
                (i for i, item in enumerate(items) if item is self._holder), "?"
            )
            self._segments.append(f"[{index}]")
        self._segments.append(f".{key}")
        self._holder = holder
        return self


def _restore_shape_error(path: str, expected: str, received: str) -> ResponseShapeError:
    """Unpickle a ResponseShapeError (its path and types; never the JSON it was raised for)."""
    error = ResponseShapeError(None, expected, None, None)
    error.received, error._segments = received, [path[1:]]
    return error


def wrong_item(value: object, expected: str) -> Any:
    """An array item that is not of the expected JSON type: ``None`` for a null item, else raise."""
    if value is None:
        return None
    raise ResponseShapeError(None, expected, value, value)


__all__ = ["ResponseShapeError", "UnexpectedStatus", "json_type", "wrong_item"]
