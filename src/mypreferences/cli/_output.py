"""How the commands print answers: JSON for programs, a Rich table for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal, TypeAlias

import click
from rich.console import Console
from rich.table import Table

OutputMode: TypeAlias = Literal["auto", "json", "table"]

__all__ = ["OutputMode", "emit", "flatten", "to_json", "use_json"]


def use_json(mode: OutputMode) -> bool:
    """Tell whether to print JSON: asked for, or ``auto`` and standard output is not a terminal."""
    if mode == "auto":
        return not sys.stdout.isatty()
    return mode == "json"


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """Encode API data (plain JSON values from ``to_dict()``) as JSON text, keeping non-ASCII text."""
    separators = None if indent else (",", ":")
    return json.dumps(data, indent=indent, ensure_ascii=False, separators=separators, default=str)


def flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Yield ``(path, scalar)`` pairs of a JSON document: ``CustomerName.FirstName``, ``Emails[0].EmailAddress``."""
    if isinstance(value, Mapping):
        if not value and prefix:
            yield prefix, "{}"
        for key, item in value.items():
            yield from flatten(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list):
        if not value:
            yield prefix, "[]"
        for i, item in enumerate(value):
            yield from flatten(item, f"{prefix}[{i}]")
    else:
        yield prefix, value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _field_table(data: Mapping[str, Any], title: str | None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    table.add_column("Field", style="cyan", no_wrap=True)
    table.add_column("Value", overflow="fold")
    for path, value in flatten(data):
        table.add_row(path, _cell(value))
    return table


def _joined(items: Any, *keys: str, sep: str = ":") -> str:
    if not isinstance(items, list):
        return ""
    parts = []
    for item in items:
        if isinstance(item, Mapping):
            parts.append(sep.join(_cell(item.get(k)) for k in keys if item.get(k) is not None))
    return ", ".join(p for p in parts if p)


def _profiles_table(profiles: Sequence[Mapping[str, Any]], title: str | None) -> Table:
    table = Table(title=title, header_style="bold", caption=f"{len(profiles)} profile(s)")
    for name in ("ProfileId", "Name", "Emails", "Phones", "Alternate ids", "Active"):
        table.add_column(name, overflow="fold", no_wrap=name == "ProfileId")
    for p in profiles:
        raw = p.get("CustomerName")
        parts: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
        full = " ".join(_cell(parts[k]) for k in ("FirstName", "MiddleName", "LastName") if parts.get(k))
        table.add_row(
            _cell(p.get("ProfileId")),
            full,
            _joined(p.get("Emails"), "EmailAddress"),
            _joined(p.get("PhoneNumbers"), "PhoneNumber"),
            _joined(p.get("AlternateIds"), "AlternateIdType", "AlternateId"),
            _cell(p.get("IsActive")),
        )
    return table


def emit(data: Any, mode: OutputMode, *, title: str | None = None) -> None:
    """Print ``data`` (a JSON object or a list of profiles) to standard output as JSON or as a table."""
    if use_json(mode):
        click.echo(to_json(data))
        return
    console = Console(soft_wrap=False)
    if isinstance(data, list):
        console.print(_profiles_table([d for d in data if isinstance(d, Mapping)], title))
    elif isinstance(data, Mapping):
        console.print(_field_table(data, title))
    else:
        console.print(_cell(data))
